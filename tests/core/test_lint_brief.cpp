// The brief's 12 statements pasted by a clinic as "supported" claims (tests/fixtures/brief.json, format 2): one
// outcome row each, with one context link to the clinic's own page (so no body of evidence and no certainty),
// no harms. Every finding the linter must give, one by one.
#include <catch2/catch.hpp>
#include <set>

#include "benefits/lint.hpp"
#include "benefits/load.hpp"
#include "benefits/session.hpp"
#include "benefits/wording.hpp"
#include "fixtures.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

benefits::Dataset brief_dataset() {
    auto result = benefits::load(fixtures::read_file(BENEFITS_FIXTURES_DIR "/brief.json"));
    for (const auto& p : result.problems) UNSCOPED_INFO(benefits::to_string(p));
    REQUIRE(result.ok());
    return *result.dataset;
}

std::vector<benefits::LintFinding> brief_findings() { return benefits::lint(benefits::Session(brief_dataset())); }

const benefits::LintFinding& finding(const std::vector<benefits::LintFinding>& all, std::string_view rule,
                                     std::string_view path) {
    for (const auto& f : all)
        if (f.rule == rule && f.path == path) return f;
    FAIL("no " << rule << " at " << path);
    return all.front();
}

// Findings every pasted claim gets: no harms or cautions, and "Patients" says nothing about who.
void add_common(std::set<std::string>& expected, int claim, bool vague_timepoint = true) {
    std::string at = "claims[" + std::to_string(claim) + "]";
    expected.insert(at + ".harms L6");
    expected.insert(at + ".outcomes[0].population L8");
    if (vague_timepoint) expected.insert(at + ".outcomes[0].timepoint L8");  // "After an infusion"
}

}  // namespace

TEST_CASE("the brief pasted as supported claims gets exactly the expected findings") {
    std::set<std::string> expected = {
        // The topic label "Headache and migraine treatment" is a medicinal claim; "Beyond headache relief"
        // promises to take headaches away (issue 15: names through the families).
        "topics[0].label L12", "topics[1].label L12",
        // Titles that promise relief from a complaint: "Rapid migraine relief", "Menstrual pain relief".
        "claims[0].title L12", "claims[11].title L12",
        // "has been shown to reduce" (6) states the effect; "helps regulate" (7) is an efficacy word. One finding
        // per problem (session 22): where L2 reports a title's or brief's efficacy words for want of any
        // randomised trial, L3 does not repeat them (claims 1, 2, 6, 7, 9 and 11); the summaries keep theirs.
        "claims[6].summary L3", "claims[7].brief L2",
        // 0 Rapid migraine relief: "80-93% ... within 30-60 minutes", cited to nothing that states it.
        "claims[0].title L2", "claims[0].brief L2", "claims[0].brief L13", "claims[0].summary L13",
        "claims[0].summary L9", "claims[0].verdict_reason L4", "claims[0].verdict_reason L11",
        // 1 Migraine with aura: "especially effective", "50% ... 13%".
        "claims[1].title L2", "claims[1].brief L2", "claims[1].brief L13",
        "claims[1].summary L3", "claims[1].summary L9", "claims[1].summary L13",
        // 2 "Reduces associated symptoms", "complete relief".
        "claims[2].title L2", "claims[2].brief L2",
        // 3 Comparable to standard treatments: "better pain reduction".
        "claims[3].brief L2",
        // 4 Emergency treatment option: "more pain reduction", "relief comparable".
        "claims[4].brief L2",
        // 5 The 948-participant review: "significantly relieved" with figures from no cited source.
        "claims[5].brief L2", "claims[5].brief L13", "claims[5].summary L13",
        // 6 Prevention: "reduce migraine frequency by 22-43%".
        "claims[6].title L2", "claims[6].brief L2", "claims[6].brief L7", "claims[6].brief L13",
        "claims[6].summary L7", "claims[6].summary L9", "claims[6].summary L13",
        // 7 "Improved sleep quality", "helps regulate".
        "claims[7].title L2", "claims[7].summary L3",
        // 8 "Reduced anxiety", "helping to reduce anxiety symptoms".
        "claims[8].title L2", "claims[8].brief L2",
        // 9 Fibromyalgia: "can help alleviate".
        "claims[9].brief L2", "claims[9].brief L4", "claims[9].summary L3",
        "claims[9].summary L4",
        // 10 Energy: "improved energy levels and reduced fatigue".
        "claims[10].brief L2",
        // 11 "Menstrual pain relief", "can help reduce menstrual cramps".
        "claims[11].title L2", "claims[11].brief L2", "claims[11].brief L4",
        "claims[11].summary L3", "claims[11].summary L4",
    };
    for (int claim = 0; claim < 12; ++claim) add_common(expected, claim, claim != 0 && claim != 5);

    auto findings = brief_findings();
    std::set<std::string> actual;
    for (const auto& f : findings) actual.insert(f.path + " " + f.rule);
    for (const auto& e : expected) {
        INFO("expected " << e);
        CHECK(actual.count(e) == 1);
    }
    for (const auto& a : actual) {
        INFO("unexpected " << a);
        CHECK(expected.count(a) == 1);
    }
    auto counts = benefits::count_findings(findings);
    // Issue 15: L3 and L11 (and L12 read as L11) are errors by default.
    CHECK(counts.errors == 49);
    CHECK(counts.warnings == 32);
}

TEST_CASE("the brief's findings name the words and figures at fault") {
    auto findings = brief_findings();
    CHECK_THAT(finding(findings, "L13", "claims[0].brief").message, StartsWith("\"80\", \"93%\", \"30\", \"60\": "));
    CHECK_THAT(finding(findings, "L13", "claims[1].brief").message, StartsWith("\"50%\", \"13%\": "));
    CHECK_THAT(finding(findings, "L13", "claims[5].brief").message,
               StartsWith("\"948\", \"15\", \"45\", \"120\", \"24\": "));
    CHECK_THAT(finding(findings, "L2", "claims[0].title").message, StartsWith("\"relief\" claims an effect"));
    CHECK_THAT(finding(findings, "L2", "claims[10].brief").message, StartsWith("\"improved\", \"reduced\" claim"));
    CHECK_THAT(finding(findings, "L7", "claims[6].brief").message, StartsWith("\"22-43%\" is a relative effect"));
    CHECK_THAT(finding(findings, "L9", "claims[0].summary").message, StartsWith("\"80-93%\" is given"));
    // The pasted claims cite only the clinic's page: the headline rows have no certainty at all.
    CHECK_THAT(finding(findings, "L3", "claims[7].summary").message, Contains("has no certainty"));
    CHECK_THAT(finding(findings, "L3", "claims[7].summary").fix,
               Contains(benefits::row_statement(brief_dataset().claims[7].outcomes[0], std::nullopt)));
    CHECK_THAT(finding(findings, "L4", "claims[0].verdict_reason").message, StartsWith("\"increasingly supports\""));
    CHECK_THAT(finding(findings, "L11", "claims[0].verdict_reason").message, StartsWith("\"migraine treatment\""));
    CHECK(finding(findings, "L12", "topics[0].label").severity == benefits::Severity::Error);
}

TEST_CASE("the same statements published as not supported keep only what the clinic itself asserts") {
    auto doc = nlohmann::json::parse(fixtures::read_file(BENEFITS_FIXTURES_DIR "/brief.json"));
    for (auto& claim : doc["claims"]) claim["verdict"] = "not-supported";
    auto result = benefits::load(doc.dump());
    REQUIRE(result.ok());
    for (const auto& f : benefits::lint(*result.dataset)) {
        INFO(f.path << " " << f.rule);
        // The brief is shown only to contrast it with the evidence; its figures must still be traced.
        if (f.path.find(".brief") != std::string::npos) CHECK(f.rule == "L13");
    }
}
