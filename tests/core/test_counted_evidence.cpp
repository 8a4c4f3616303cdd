// Counted once: every count the view carries is of distinct sources per role, never of evidence links
// (evidence review F3: one review cited for three findings was shown as three supporting studies).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "benefits/load.hpp"
#include "benefits/session.hpp"
#include "benefits/view.hpp"
#include "fixtures.hpp"

using nlohmann::json;

namespace {

struct ExpectedCounts {
    std::size_t supports = 0, contradicts = 0, context = 0, counted = 0;
};

// From the dataset file itself, without the core: distinct ref ids per role, and distinct sources that enter
// the grade (cited to support or contradict, of a design the certainty rule counts).
std::map<std::string, ExpectedCounts> expected_from_file(const json& doc) {
    static const std::set<std::string> kGradedDesigns{
        "meta-analysis", "systematic-review", "cochrane-review", "rct-double-blind", "rct-single-blind",
        "rct-open",      "quasi-experimental", "retrospective",  "observational",    "open-label"};
    std::map<std::string, std::string> design;
    for (const auto& r : doc["references"]) design[r["id"]] = r.value("design", "");
    std::map<std::string, ExpectedCounts> out;
    for (const auto& c : doc["claims"]) {
        std::map<std::string, std::set<std::string>> by_role;
        std::set<std::string> counted;
        for (const auto& e : c["evidence"]) {
            std::string ref = e["ref"], role = e["role"];
            by_role[role].insert(ref);
            if (role != "context" && kGradedDesigns.count(design[ref])) counted.insert(ref);
        }
        out[c["id"]] = {by_role["supports"].size(), by_role["contradicts"].size(), by_role["context"].size(),
                        counted.size()};
    }
    return out;
}

json view_of(const std::string& text) {
    auto result = benefits::load(text);
    for (const auto& p : result.problems) UNSCOPED_INFO(benefits::to_string(p));
    REQUIRE(result.ok());
    return json::parse(benefits::view_json(benefits::Session(std::move(*result.dataset))));
}

void check_counts(const json& view, const std::map<std::string, ExpectedCounts>& expected) {
    REQUIRE(view["claims"].size() == expected.size());
    for (const auto& c : view["claims"]) {
        INFO(c["id"].get<std::string>());
        const auto& want = expected.at(c["id"]);
        CHECK(c["counts"]["supports"] == want.supports);
        CHECK(c["counts"]["contradicts"] == want.contradicts);
        CHECK(c["counts"]["context"] == want.context);
        CHECK(c["studyCount"] == want.counted);
    }
}

}  // namespace

TEST_CASE("every count the view carries for the default dataset is of distinct sources per role") {
    const std::string text = fixtures::read_file(BENEFITS_DATA_DIR "/claims.json");
    json view = view_of(text);
    check_counts(view, expected_from_file(json::parse(text)));

    // The cards of evidence review F3, by hand from data/claims.json.
    auto counts = [&](const std::string& id) {
        for (const auto& c : view["claims"])
            if (c["id"] == id) return c["counts"];
        FAIL("no claim " << id);
        return json();
    };
    // chiu2016 cited for three findings supports; choi2014 and miller2019 contradict.
    CHECK(counts("meta-analysis-948") == json({{"supports", 1}, {"contradicts", 2}, {"context", 3}}));
    CHECK(counts("aura")["supports"] == 1);                 // bigal2002 twice
    CHECK(counts("emergency")["supports"] == 3);            // baratloo2017 twice
    CHECK(counts("energy")["supports"] == 2);               // cox1991 twice
    CHECK(counts("menstrual-pain")["supports"] == 1);       // charandabi2017 twice
    CHECK(counts("vs-standard-treatments")["contradicts"] == 5);  // ginder2000 twice
    // boyle2017 is cited on both sides: once on each.
    CHECK(counts("anxiety") == json({{"supports", 1}, {"contradicts", 2}, {"context", 2}}));
}

TEST_CASE("a source cited for three findings counts once, and its participants once") {
    const std::string text = fixtures::read_file(BENEFITS_FIXTURES_DIR "/one-source-many-findings.json");
    json view = view_of(text);
    check_counts(view, expected_from_file(json::parse(text)));

    const auto& fast = view["claims"][0];
    REQUIRE(fast["id"] == "fast-relief");
    CHECK(fast["evidence"].size() == 6);  // the view still carries every finding cited
    CHECK(fast["counts"] == json({{"supports", 1}, {"contradicts", 2}, {"context", 1}}));
    CHECK(fast["studyCount"] == 3);
    CHECK(fast["participants"] == 32 + 150 + 500);  // trial-iv-a once, not three times

    // One source on both sides: one on each side, one source in the grade.
    const auto& energy = view["claims"][3];
    REQUIRE(energy["id"] == "big-trial");
    CHECK(energy["counts"] == json({{"supports", 1}, {"contradicts", 1}, {"context", 1}}));
    CHECK(energy["studyCount"] == 1);
    CHECK(energy["participants"] == 500);
}

TEST_CASE("the session keeps each claim's distinct sources per role, in the order first cited") {
    auto result = benefits::load(fixtures::read_file(BENEFITS_FIXTURES_DIR "/one-source-many-findings.json"));
    REQUIRE(result.ok());
    benefits::Session session(std::move(*result.dataset));
    REQUIRE(session.evidence.size() == session.data.claims.size());
    const auto& fast = session.evidence[0];
    CHECK(fast.supports == std::vector<std::string>{"trial-iv-a"});
    CHECK(fast.contradicts == std::vector<std::string>{"trial-iv-b", "large-iv"});
    CHECK(fast.context == std::vector<std::string>{"guide"});
    CHECK(fast.of(benefits::Role::Contradicts).size() == 2);
}
