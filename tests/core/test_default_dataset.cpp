#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "benefits/load.hpp"
#include "benefits/session.hpp"
#include "fixtures.hpp"

// The dataset every clinic gets by default: the brief's 12 claims, in format 2 (one outcome row per outcome,
// comparison and time point), rebuilt from the verified evidence in answer to the evidence review.
namespace {

const benefits::Session& default_session() {
    static const benefits::Session session = [] {
        auto result = benefits::load(fixtures::read_file(BENEFITS_DATA_DIR "/claims.json"));
        for (const auto& p : result.problems) UNSCOPED_INFO(benefits::to_string(p));
        REQUIRE(result.ok());
        return benefits::Session(*result.dataset);
    }();
    return session;
}

std::size_t claim_index(const benefits::Session& s, const std::string& id) {
    for (std::size_t i = 0; i < s.data.claims.size(); ++i)
        if (s.data.claims[i].id == id) return i;
    FAIL("no claim " << id);
    return 0;
}

bool is_no_studies(const benefits::OutcomeRow& row) { return row.evidence.empty() && row.observations.empty(); }

}  // namespace

TEST_CASE("the default dataset loads without a problem and covers the brief's 12 claims") {
    const auto& data = default_session().data;
    std::set<std::string> ids;
    for (const auto& c : data.claims) ids.insert(c.id);
    CHECK(ids == std::set<std::string>{"rapid-relief", "aura", "associated-symptoms", "vs-standard-treatments",
                                       "emergency", "meta-analysis-948", "prevention", "sleep", "anxiety",
                                       "fibromyalgia", "energy", "menstrual-pain"});
    CHECK(data.claims.size() == 12);
}

TEST_CASE("every default verdict is the one verdicts.md gives") {
    using benefits::Verdict;
    const std::map<std::string, Verdict> verdicts = {
        {"rapid-relief", Verdict::Contradicted},        {"aura", Verdict::PartlySupported},
        {"associated-symptoms", Verdict::PartlySupported}, {"vs-standard-treatments", Verdict::Contradicted},
        {"emergency", Verdict::PartlySupported},        {"meta-analysis-948", Verdict::Contested},
        {"prevention", Verdict::OralOnly},              {"sleep", Verdict::NotSupported},
        {"anxiety", Verdict::NotSupported},             {"fibromyalgia", Verdict::NotSupported},
        {"energy", Verdict::NotSupported},              {"menstrual-pain", Verdict::OralOnly},
    };
    for (const auto& c : default_session().data.claims) {
        INFO(c.id);
        REQUIRE(verdicts.count(c.id) == 1);
        CHECK(c.verdict == verdicts.at(c.id));
    }
}

TEST_CASE("every default claim has outcome rows, harms or cautions, and at least one source") {
    const auto& s = default_session();
    for (std::size_t i = 0; i < s.data.claims.size(); ++i) {
        const auto& c = s.data.claims[i];
        INFO(c.id);
        CHECK_FALSE(c.outcomes.empty());
        CHECK((!c.harms.empty() || !c.cautions.empty()));
        const auto& counted = s.results[i].evidence;
        CHECK(counted.supports.size() + counted.contradicts.size() + counted.context.size() +
                  counted.observations.size() >
              0);
    }
}

TEST_CASE("the headline row of a claim with no infusion evidence says 'no studies' and has no certainty (F5, F7)") {
    using benefits::Verdict;
    const auto& s = default_session();
    for (std::size_t i = 0; i < s.data.claims.size(); ++i) {
        const auto& c = s.data.claims[i];
        if (c.verdict != Verdict::OralOnly && c.verdict != Verdict::NotSupported) continue;
        if (s.results[i].evidence.routes.count(benefits::Route::IV)) continue;  // some graded IV evidence
        INFO(c.id);
        const auto& headline = c.outcomes.front();
        CHECK(headline.route == benefits::Route::IV);
        CHECK(is_no_studies(headline));
        CHECK_FALSE(s.results[i].rows.front().grade.has_value());
        CHECK_FALSE(s.results[i].certainty().has_value());
    }
    // The claims where that is the truth: no study gave IV magnesium for these questions.
    for (const char* id : {"prevention", "sleep", "anxiety", "energy", "menstrual-pain"}) {
        INFO(id);
        std::size_t i = claim_index(s, id);
        CHECK(is_no_studies(s.data.claims[i].outcomes.front()));
        CHECK_FALSE(s.results[i].certainty().has_value());
    }
    // Fibromyalgia has one placebo-controlled drip trial: its headline is graded, not "no studies".
    CHECK(s.results[claim_index(s, "fibromyalgia")].certainty().has_value());
}

TEST_CASE("no oral row is marked down for indirectness, and oral evidence sits on oral rows (F5)") {
    const auto& s = default_session();
    std::size_t oral_rows = 0;
    for (std::size_t i = 0; i < s.data.claims.size(); ++i) {
        const auto& c = s.data.claims[i];
        for (std::size_t j = 0; j < c.outcomes.size(); ++j) {
            const auto& row = c.outcomes[j];
            const auto& result = s.results[i].rows[j];
            if (row.route != benefits::Route::Oral) continue;
            INFO(c.id << " / " << row.id);
            ++oral_rows;
            CHECK(result.evidence.route_matches);
            if (!result.grade) continue;
            for (const auto& step : result.grade->steps) CHECK(step.domain != benefits::Domain::Indirectness);
        }
    }
    CHECK(oral_rows >= 5);  // prevention, sleep (2), anxiety, fibromyalgia, energy, menstrual pain (3)
}

TEST_CASE("the oral rows of prevention and period pain read 'may' (low certainty), not 'very uncertain' (F5)") {
    const auto& s = default_session();
    for (const auto& [claim, row_id] : std::vector<std::pair<std::string, std::string>>{
             {"prevention", "oral-attack-frequency"}, {"menstrual-pain", "oral-period-pain"}}) {
        INFO(claim << " / " << row_id);
        std::size_t i = claim_index(s, claim);
        const auto& rows = s.data.claims[i].outcomes;
        auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.id == row_id; });
        REQUIRE(it != rows.end());
        const auto& grade = s.results[i].rows[static_cast<std::size_t>(it - rows.begin())].grade;
        REQUIRE(grade.has_value());
        CHECK(grade->result == benefits::Certainty::Low);
    }
}

TEST_CASE("the 30-minute question has one certainty on the two cards that ask it (F2, F4)") {
    const auto& s = default_session();
    std::size_t rapid = claim_index(s, "rapid-relief"), review = claim_index(s, "meta-analysis-948");
    const auto& a = s.data.claims[rapid].outcomes.front();
    const auto& b = s.data.claims[review].outcomes.front();
    CHECK(a.id == b.id);
    CHECK(a.comparator == b.comparator);
    REQUIRE(s.results[rapid].certainty().has_value());
    CHECK(s.results[rapid].certainty() == s.results[review].certainty());
    // Double-blind evidence of no difference is not turned into "very uncertain" by the uncontrolled series.
    CHECK(*s.results[rapid].certainty() == benefits::Certainty::Low);
    CHECK(a.direction == benefits::EffectDirection::NoDifference);
    // The uncontrolled series are on the card as observations, never in the graded body.
    bool observed = false;
    for (const auto& row : s.data.claims[rapid].outcomes)
        for (const auto& link : row.observations) observed |= link.ref == "mauskop1996";
    CHECK(observed);
    for (const auto& id : s.results[rapid].rows.front().evidence.body) CHECK(id != "mauskop1996");
}

TEST_CASE("the emergency card grades caffeine and metoclopramide/prochlorperazine as separate rows (F15)") {
    const auto& s = default_session();
    std::size_t i = claim_index(s, "emergency");
    const auto& rows = s.data.claims[i].outcomes;
    REQUIRE(rows.size() >= 2);
    std::set<std::string> comparators;
    for (const auto& row : rows) comparators.insert(row.comparator);
    CHECK(comparators.size() == rows.size());
    for (std::size_t j = 0; j < rows.size(); ++j) {
        INFO(rows[j].id);
        const auto& body = s.results[i].rows[j].evidence.body;
        bool caffeine_row = rows[j].comparator.find("caffeine") != std::string::npos;
        bool has_baratloo = std::find(body.begin(), body.end(), "baratloo2017") != body.end();
        CHECK(caffeine_row == has_baratloo);
    }
}

TEST_CASE("every default absolute effect comes from a finding its row cites, and side effects are 37 more in 100") {
    const auto& s = default_session();
    bool side_effects = false;
    for (const auto& c : s.data.claims)
        for (const auto& row : c.outcomes)
            for (const auto& a : row.absolute) {
                INFO(c.id << " / " << row.id << " / " << a.ref);
                bool cited = false;
                for (const auto* links : {&row.evidence, &row.observations})
                    for (const auto& link : *links) cited |= link.ref == a.ref && link.finding == a.finding;
                CHECK(cited);
                if (a.ref == "choi2014" && a.kind == benefits::AbsoluteKind::RiskDifference && a.value > 0) {
                    side_effects = true;
                    CHECK(a.value == Approx(37));
                    CHECK(a.low.value_or(0) == Approx(6));
                    CHECK(a.high.value_or(0) == Approx(68));
                }
            }
    CHECK(side_effects);
}
