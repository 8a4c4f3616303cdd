// The view (docs/architecture.md, "View"): every count it carries is of distinct sources, worked out here from
// the dataset file without the core; rows without a body of evidence carry no certainty; editor-only checking
// notes never reach it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "benefits/load.hpp"
#include "benefits/session.hpp"
#include "api/view_json.hpp"
#include "fixtures.hpp"

using nlohmann::json;

namespace {

const char* const kOneSource = BENEFITS_FIXTURES_DIR "/one-source-many-findings.json";

// What the certainty rule makes of each design (docs/grading.md): 2 randomised, 1 non-randomised, 0 never graded
// (guidelines, narrative reviews, unknown) and uncontrolled series (observations only).
int design_class(const std::string& design) {
    static const std::set<std::string> randomised{"meta-analysis",    "systematic-review", "cochrane-review",
                                                  "rct-double-blind", "rct-single-blind",  "rct-open"};
    static const std::set<std::string> non_randomised{"quasi-experimental", "retrospective", "observational"};
    if (randomised.count(design)) return 2;
    if (non_randomised.count(design)) return 1;
    return 0;
}

bool pooled(const std::string& design) {
    return design == "meta-analysis" || design == "systematic-review" || design == "cochrane-review";
}

struct Expected {
    std::set<std::string> supports, contradicts, context, observations, body;
    std::size_t participants = 0;
    bool from_review = false;
};

struct Sources {
    std::map<std::string, std::string> design;
    std::map<std::string, long long> people;
};

Sources sources_of(const json& doc) {
    Sources s;
    for (const auto& r : doc["references"]) {
        const std::string id = r["id"];
        s.design[id] = r.contains("design") && r["design"].is_string() ? r["design"].get<std::string>() : "";
        s.people[id] = r.contains("n_total") && r["n_total"].is_number_integer() ? r["n_total"].get<long long>() : 0;
    }
    return s;
}

// The sources of one row that are graded: support or contradict, of the best controlled design among them.
std::set<std::string> body_of(const json& row, const Sources& s) {
    int best = 0;
    for (const auto& e : row.value("evidence", json::array()))
        if (e["role"] != "context") best = std::max(best, design_class(s.design.at(e["ref"])));
    std::set<std::string> body;
    if (best == 0) return body;
    for (const auto& e : row.value("evidence", json::array()))
        if (e["role"] != "context" && design_class(s.design.at(e["ref"])) == best) body.insert(e["ref"]);
    return body;
}

// Distinct sources per role over the rows' evidence; observations: sources cited only as observations (in no
// row's evidence), whatever role their links give.
Expected expected_of(const std::vector<const json*>& rows, const Sources& s) {
    Expected x;
    std::set<std::string> in_evidence, observed;
    for (const json* row : rows) {
        for (const auto& e : row->value("evidence", json::array())) {
            const std::string ref = e["ref"], role = e["role"];
            (role == "supports" ? x.supports : role == "contradicts" ? x.contradicts : x.context).insert(ref);
            in_evidence.insert(ref);
        }
        for (const auto& e : row->value("observations", json::array())) observed.insert(e["ref"].get<std::string>());
        for (const auto& id : body_of(*row, s)) x.body.insert(id);
    }
    for (const auto& id : observed)
        if (!in_evidence.count(id)) x.observations.insert(id);
    std::size_t trials = 0, review = 0;
    for (const auto& id : x.body) {
        const auto n = static_cast<std::size_t>(std::max(0LL, s.people.at(id)));
        if (pooled(s.design.at(id))) review = std::max(review, n);
        else trials += n;
    }
    x.participants = std::max(trials, review);
    x.from_review = review > trials;
    return x;
}

void check_counts(const json& counts, const Expected& x) {
    CHECK(counts["supports"] == x.supports.size());
    CHECK(counts["contradicts"] == x.contradicts.size());
    CHECK(counts["context"] == x.context.size());
    CHECK(counts["observations"] == x.observations.size());
}

json view_of(const std::string& text) {
    auto result = benefits::load(text);
    for (const auto& p : result.problems) UNSCOPED_INFO(benefits::to_string(p));
    REQUIRE(result.ok());
    return fixtures::full_view(benefits::Session(std::move(*result.dataset)));
}

// Every count of every claim and row of the view against the file.
void check_every_count(const std::string& text) {
    const json doc = json::parse(text);
    const json view = view_of(text);
    const Sources s = sources_of(doc);
    REQUIRE(view["claims"].size() == doc["claims"].size());
    for (std::size_t i = 0; i < doc["claims"].size(); ++i) {
        const json& file_claim = doc["claims"][i];
        const json& claim = view["claims"][i];
        INFO("claim " << file_claim["id"].get<std::string>());
        std::vector<const json*> rows;
        for (const auto& row : file_claim["outcomes"]) rows.push_back(&row);
        const Expected whole = expected_of(rows, s);
        check_counts(claim["counts"], whole);
        CHECK(claim["studyCount"] == whole.body.size());
        CHECK(claim["participants"] == whole.participants);
        CHECK(claim["participantsFromReview"] == whole.from_review);

        REQUIRE(claim["outcomes"].size() == rows.size());
        std::size_t links = 0;
        for (std::size_t k = 0; k < rows.size(); ++k) {
            INFO("row " << (*rows[k])["id"].get<std::string>());
            const json& row = claim["outcomes"][k];
            const Expected own = expected_of({rows[k]}, s);
            check_counts(row["counts"], own);
            CHECK(row["sources"] == own.body.size());
            CHECK(row["participants"] == own.participants);
            CHECK(row["participantsFromReview"] == own.from_review);
            CHECK(row["evidence"].size() == rows[k]->value("evidence", json::array()).size());
            CHECK(row["observations"].size() == rows[k]->value("observations", json::array()).size());
            links += row["evidence"].size() + row["observations"].size();
            // No body, no certainty: a row is graded exactly when it has a body of evidence.
            CHECK(row["certainty"].is_null() == own.body.empty());
            CHECK(row["grading"].is_null() == own.body.empty());
            CHECK(row["kind"] == (!own.body.empty()                          ? "graded"
                                  : rows[k]->value("observations", json::array()).empty() ? "no-studies"
                                                                                          : "observations-only"));
            CHECK_FALSE(row["statement"].get<std::string>().empty());
        }
        // The claim's list of links is every row's, each once, naming its row.
        CHECK(claim["evidence"].size() == links);
        // The claim-level fields the page keeps are the headline row's.
        CHECK(claim["certainty"] == claim["outcomes"][0]["certainty"]);
        CHECK(claim["grading"] == claim["outcomes"][0]["grading"]);
        CHECK(claim["plainLanguage"] == claim["outcomes"][0]["statement"]);
        CHECK(claim["population"] == claim["outcomes"][0]["population"]);
        CHECK(claim["timeframe"] == claim["outcomes"][0]["timepoint"]);
    }
}

// Every string and key of a JSON value, with its place.
void each_text(const json& j, const std::string& at, const std::function<void(const std::string&, const std::string&)>& f) {
    if (j.is_string()) f(at, j.get<std::string>());
    else if (j.is_array())
        for (std::size_t k = 0; k < j.size(); ++k) each_text(j[k], at + "[" + std::to_string(k) + "]", f);
    else if (j.is_object())
        for (const auto& [key, value] : j.items()) {
            f(at + "." + key + " (key)", key);
            each_text(value, at + "." + key, f);
        }
}

}  // namespace

TEST_CASE("every count the view carries is of distinct sources: one source cited for three findings") {
    check_every_count(fixtures::read_file(kOneSource));

    // The same figures written out, so that the test's own counting is checked too.
    const json view = view_of(fixtures::read_file(kOneSource));
    const json& fast = view["claims"][0];
    CHECK(fast["counts"] == json({{"supports", 1}, {"contradicts", 2}, {"context", 1}, {"observations", 0}}));
    CHECK(fast["studyCount"] == 3);         // trial-iv-a (three findings, two rows), trial-iv-b, large-iv
    CHECK(fast["participants"] == 682);     // 32 + 150 + 500, each trial once
    CHECK(fast["evidence"].size() == 8);    // links, not sources: 6 in the first row, 2 in the second
    const json& pain = fast["outcomes"][0];
    CHECK(pain["counts"] == json({{"supports", 1}, {"contradicts", 2}, {"context", 1}, {"observations", 0}}));
    CHECK(pain["sources"] == 3);
    const json& rescue = fast["outcomes"][1];
    CHECK(rescue["counts"]["supports"] == 1);  // trial-iv-a, cited for two findings
    CHECK(rescue["sources"] == 1);
    CHECK(rescue["participants"] == 32);
    const json& energy = view["claims"][3];
    // large-iv on both sides; the series (a "context" observation) only as a report without a comparison group.
    CHECK(energy["counts"] == json({{"supports", 1}, {"contradicts", 1}, {"context", 0}, {"observations", 1}}));
    CHECK(energy["studyCount"] == 1);  // the series is listed, never graded
}

TEST_CASE("every count the view carries is of distinct sources: the default dataset") {
    const std::string text = fixtures::read_file(BENEFITS_DATA_DIR "/claims.json");
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || doc.value("format", 0) != 2) {
        WARN("data/claims.json is not format 2 yet: its counts are not checked");
        return;
    }
    check_every_count(text);
}

TEST_CASE("a row without a body of evidence has no certainty, no grading, and says why in words") {
    const json view = view_of(fixtures::read_file(kOneSource));
    const json& sleep = view["claims"][0]["outcomes"][2];  // no evidence, no observations
    CHECK(sleep["kind"] == "no-studies");
    CHECK(sleep["certainty"].is_null());
    CHECK(sleep["grading"].is_null());
    CHECK(sleep["direction"].is_null());
    CHECK(sleep["sources"] == 0);
    CHECK(sleep["participants"] == 0);
    CHECK(sleep["indirect"] == false);
    CHECK(sleep["statement"].get<std::string>().size() > 20);

    const json& series = view["claims"][2]["outcomes"][0];  // only an uncontrolled series
    CHECK(series["kind"] == "observations-only");
    CHECK(series["certainty"].is_null());
    CHECK(series["grading"].is_null());
    CHECK(series["counts"]["observations"] == 1);
    CHECK(series["observations"][0]["ref"] == "series");
    CHECK(series["statement"] != sleep["statement"]);

    // A claim whose headline row has no certainty: null at the claim too, never "very-low".
    const json& attacks = view["claims"][1];
    CHECK(attacks["certainty"].is_null());
    CHECK(attacks["grading"].is_null());
    CHECK(attacks["outcomes"][0]["kind"] == "no-studies");
    CHECK(attacks["outcomes"][1]["kind"] == "graded");
    CHECK(attacks["outcomes"][1]["certainty"].is_string());
}

TEST_CASE("an oral row is not indirect for being oral; the claim is, when only another route has evidence") {
    const json view = view_of(fixtures::read_file(kOneSource));
    const json& attacks = view["claims"][1];
    CHECK(attacks["outcomes"][1]["route"] == "oral");
    CHECK(attacks["outcomes"][1]["indirect"] == false);
    CHECK(attacks["indirect"] == true);
    CHECK(attacks["indirectReason"] ==
          "No study we found gave magnesium IV, the way the clinic does; the evidence is about oral magnesium.");
    CHECK(attacks["evidenceRoutes"] == json::array({"oral"}));
    const json& fast = view["claims"][0];
    CHECK(fast["indirect"] == false);
    CHECK(fast["indirectReason"] == "");
}

TEST_CASE("the view never carries a checking note, anywhere") {
    const std::string text = fixtures::read_file(kOneSource);
    // The fixture plants two notes on trial-iv-b; the loader keeps them for the editor.
    REQUIRE(text.find("PLANTED checking note") != std::string::npos);
    auto loaded = benefits::load(text);
    REQUIRE(loaded.ok());
    const auto* ref = loaded.dataset->find_reference("trial-iv-b");
    REQUIRE(ref);
    CHECK(ref->checking_notes.size() == 2);

    const std::string out = fixtures::full_view(benefits::Session(std::move(*loaded.dataset))).dump();
    CHECK(out.find("PLANTED") == std::string::npos);
    const json view = json::parse(out);
    each_text(view, "view", [](const std::string& at, const std::string& s) {
        INFO(at);
        CHECK(s.find("PLANTED") == std::string::npos);
        CHECK(s != "checkingNotes");
        CHECK(s != "checking_notes");
    });
    const json& b = view["references"][1];
    REQUIRE(b["id"] == "trial-iv-b");
    CHECK(b["authors"].is_null());  // what patients read: not reported
}

TEST_CASE("no checking note of the default dataset reaches the view") {
    const std::string text = fixtures::read_file(BENEFITS_DATA_DIR "/claims.json");
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || doc.value("format", 0) != 2) {
        WARN("data/claims.json is not format 2 yet: its checking notes are not looked for");
        return;
    }
    std::vector<std::string> notes;
    for (const auto& r : doc["references"])
        if (r.contains("checking_notes"))
            each_text(r["checking_notes"], "", [&](const std::string& at, const std::string& s) {
                if (at.find("(key)") == std::string::npos) notes.push_back(s);
            });
    REQUIRE_FALSE(notes.empty());
    const json view = view_of(text);
    each_text(view, "view", [&](const std::string& at, const std::string& s) {
        auto found = std::find_if(notes.begin(), notes.end(),
                                  [&](const std::string& note) { return s.find(note) != std::string::npos; });
        if (found != notes.end()) FAIL_CHECK(at << " holds the checking note \"" << *found << "\"");
    });
}

TEST_CASE("rows carry their question, their links, and their absolute effects as given and in words") {
    const json view = view_of(fixtures::read_file(kOneSource));
    const json& fast = view["claims"][0];
    const json& pain = fast["outcomes"][0];
    CHECK(pain["id"] == "pain-30");
    CHECK(pain["intervention"] == "IV magnesium (1-2 g)");
    CHECK(pain["route"] == "IV");
    CHECK(pain["comparator"] == "placebo");
    CHECK(pain["outcome"] == "migraine pain");
    CHECK(pain["timepoint"] == "30 minutes after the infusion");
    CHECK(pain["direction"] == "no-difference");
    CHECK(pain["size"] == "important");
    CHECK(fast["outcomes"][1]["size"] == "slight");
    CHECK(fast["outcomes"][2]["comparator"] == "");  // no comparison
    CHECK(pain["evidence"][0] ==
          json({{"ref", "trial-iv-a"}, {"finding", 0}, {"role", "supports"}, {"note", "Less pain with magnesium."}}));

    REQUIRE(pain["absolute"].size() == 2);
    const json& rates = pain["absolute"][0];
    CHECK(rates["kind"] == "rates");
    CHECK(rates["event"] == "felt better");
    CHECK(rates["magnesium"]["events"] == 12);
    CHECK(rates["magnesium"]["per100"] == 80);
    CHECK(rates["control"]["per100"] == 18);
    const json& rd = pain["absolute"][1];
    CHECK(rd["kind"] == "risk-difference");
    CHECK(rd["per100"] == -7);
    CHECK(rd["low"] == -23);
    CHECK(rd["high"] == 9);
    const json& md = fast["outcomes"][1]["absolute"][0];
    CHECK(md["kind"] == "mean-difference");
    CHECK(md["value"] == Approx(-9.73));
    CHECK(md["scale"] == "points on a 100-point pain scale");
    for (const json* a : {&rates, &rd, &md}) CHECK((*a)["text"].get<std::string>().size() > 10);

    // The claim's lists, kept for the page: every link naming its row, and only the rates.
    CHECK(fast["evidence"][6] == json({{"ref", "trial-iv-a"}, {"finding", 1}, {"role", "supports"},
                                       {"note", "More people pain free."}, {"row", "rescue"}, {"observation", false}}));
    CHECK(view["claims"][3]["evidence"][2]["observation"] == true);
    REQUIRE(fast["absolute"].size() == 1);
    CHECK(fast["absolute"][0]["row"] == "pain-30");
    CHECK(fast["absolute"][0]["outcome"] == "migraine pain");
    CHECK(fast["absolute"][0]["comparator"] == "placebo");
    CHECK(fast["absolute"][0]["magnesium"]["per100"] == 80);
}

TEST_CASE("grading in the view: each step with whether the editor's level differs from the rule") {
    const json view = view_of(fixtures::read_file(kOneSource));
    const json& g = view["claims"][0]["grading"];
    REQUIRE(g.is_object());
    CHECK(g["start"] == "high");
    CHECK(g["lifted"].is_array());
    REQUIRE_FALSE(g["steps"].empty());
    bool editor_step = false;
    for (const auto& s : g["steps"]) {
        CHECK(s["reason"].get<std::string>().size() > 0);
        CHECK(s["differsFromRule"].is_boolean());
        editor_step |= s["domain"] == "risk-of-bias" && s["automatic"] == false;
    }
    CHECK(editor_step);  // risk of bias: the editor's judgement, with its reason
    CHECK(g["result"] == view["claims"][0]["certainty"]);
}

TEST_CASE("the view's top level: emergency line, infusion cautions on every card, urgencies, vocabulary") {
    const json view = view_of(fixtures::read_file(kOneSource));
    CHECK(view["emergencyLine"] == "Call your local emergency number");
    CHECK(view["infusionCautions"] == json::array({"low-pressure"}));
    // Each claim's own harms, then the infusion cautions it does not already list.
    CHECK(view["claims"][0]["harms"] == json::array({"flushing", "low-pressure"}));
    CHECK(view["claims"][1]["harms"] == json::array({"flushing", "low-pressure"}));
    CHECK(view["claims"][2]["harms"] == json::array({"low-pressure"}));
    CHECK(view["redFlags"][0]["urgency"] == "emergency");
    CHECK(view["redFlags"][1]["urgency"] == "see-doctor");
    CHECK(view["harms"][2]["seriousness"] == "not-reported");
    CHECK(view["harms"][0]["seriousness"] == "common-mild");

    const json& vocabulary = view["vocabulary"];
    for (const auto& v : benefits::vocabularies()) {
        INFO(std::string(v.name));
        const std::string name(v.name);
        REQUIRE(vocabulary.contains(name));
        std::vector<std::string> want(v.values.begin(), v.values.end());
        CHECK(vocabulary[name] == json(want));
    }
    for (const char* name : {"verdicts", "certainties", "routes", "designs", "roles", "seriousness", "urgencies",
                             "domains", "directions", "effectDirections", "absoluteKinds"})
        CHECK(vocabulary.contains(name));

    // No emergency line in the file: null, not "".
    json doc = json::parse(fixtures::read_file(kOneSource));
    doc.erase("emergency_line");
    doc.erase("infusion_cautions");
    const json bare = view_of(doc.dump());
    CHECK(bare["emergencyLine"].is_null());
    CHECK(bare["infusionCautions"] == json::array());
    CHECK(bare["claims"][2]["harms"] == json::array());
}

TEST_CASE("the Session counts and grades each row once, and the claim's certainty is its headline row's") {
    auto loaded = benefits::load(fixtures::read_file(kOneSource));
    REQUIRE(loaded.ok());
    const benefits::Session s(std::move(*loaded.dataset));
    REQUIRE(s.results.size() == s.data.claims.size());
    for (std::size_t i = 0; i < s.results.size(); ++i) {
        const auto& r = s.results[i];
        const auto& c = s.data.claims[i];
        REQUIRE(r.rows.size() == c.outcomes.size());
        CHECK(r.certainty() == (r.rows[0].grade ? std::optional(r.rows[0].grade->result) : std::nullopt));
        for (std::size_t k = 0; k < c.outcomes.size(); ++k) {
            const auto again = benefits::count_evidence(c.outcomes[k], s.data);
            CHECK(r.rows[k].evidence.body == again.body);
            CHECK(r.rows[k].grade.has_value() == !again.body.empty());
        }
    }
    CHECK_FALSE(s.results[1].certainty().has_value());  // fewer-attacks: its headline row has no studies
    CHECK(s.results[0].certainty().has_value());
}

TEST_CASE("participants past 2^31 are counted without overflow, per row and per claim") {
    // tests/fuzz/regressions/participants-overflow.json: 30 trials of 100 million people and one of 500, cited
    // in two rows of one claim.
    std::string text = fixtures::read_file(BENEFITS_REGRESSIONS_DIR "/participants-overflow.json");
    text = text.substr(0, text.find("\n#query\n"));
    const json view = view_of(text);
    const json& big = view["claims"][3];
    CHECK(big["participants"] == 3000000500ULL);  // each trial once, though both rows cite it
    CHECK(big["studyCount"] == 31);
    CHECK(big["outcomes"][0]["participants"] == 3000000500ULL);
    CHECK(big["outcomes"][1]["participants"] == 3000000500ULL);
}
