// The claims linter, rule by rule: each rule with an example that passes and one that fails, built by
// editing tests/fixtures/mini.json (format 2, which lints clean) or, for what the loader would refuse, in code.
// mini.json's claims, each with one outcome row (outcomes[0]):
//   0 fast-relief (contradicted): two IV trials, one for and one against, rates and a risk difference; very low
//   1 fewer-attacks (oral-only): one oral trial of 400 people, an oral row, no absolute effect; high
//   2 cafeina-sleep (not-supported): an uncontrolled series as an observation only, and a "no studies" row;
//     no certainty
//   3 big-trial (supported): one IV trial of 500 people, a mean difference; high
// The dataset has infusion cautions (shown on every claim).
#include <catch2/catch.hpp>
#include <algorithm>
#include <set>

#include "benefits/lint.hpp"
#include "benefits/load.hpp"
#include "benefits/session.hpp"
#include "benefits/wording.hpp"
#include "disguises.hpp"
#include "fixtures.hpp"

using benefits::LintFinding;
using benefits::Severity;
using Catch::Matchers::Contains;
using nlohmann::json;

namespace {

std::vector<LintFinding> lint_doc(const json& doc) {
    auto result = benefits::load(doc.dump());
    for (const auto& p : result.problems) UNSCOPED_INFO(benefits::to_string(p));
    REQUIRE(result.ok());
    return benefits::lint(*result.dataset);
}

const LintFinding* find(const std::vector<LintFinding>& findings, std::string_view rule, std::string_view path) {
    for (const auto& f : findings)
        if (f.rule == rule && f.path == path) return &f;
    return nullptr;
}

bool has(const std::vector<LintFinding>& findings, std::string_view rule, std::string_view path) {
    return find(findings, rule, path) != nullptr;
}

bool has_rule(const std::vector<LintFinding>& findings, std::string_view rule) {
    for (const auto& f : findings)
        if (f.rule == rule) return true;
    return false;
}

std::string listing(const std::vector<LintFinding>& findings) {
    std::string out;
    for (const auto& f : findings) out += f.path + ": " + f.rule + ": " + f.message + "\n";
    return out;
}

// A claim's headline row, to edit.
json& row(json& doc, int claim, int index = 0) { return doc["claims"][claim]["outcomes"][index]; }

// An outcome row with no studies: no evidence, no observations.
json no_studies_row(const std::string& id, const std::string& route) {
    return {{"id", id},
            {"intervention", route == "IV" ? "IV magnesium" : "oral magnesium"},
            {"route", route},
            {"outcome", "how often migraine attacks happen"},
            {"population", "adults with migraine"}};
}

int count_rule(const std::vector<LintFinding>& findings, std::string_view rule) {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const auto& f) { return f.rule == rule; }));
}

// mini.json with one claim text replaced.
std::vector<LintFinding> with_text(const std::string& claim_field, int claim, const std::string& text) {
    auto doc = fixtures::mini();
    doc["claims"][claim][claim_field] = text;
    return lint_doc(doc);
}

}  // namespace

TEST_CASE("the rule table lists L1 to L17, each with what it checks, where, the fix and its source") {
    const auto& rules = benefits::lint_rules();
    REQUIRE(rules.size() == 17);
    for (std::size_t i = 0; i < rules.size(); ++i) {
        INFO(rules[i].id);
        CHECK(rules[i].id == "L" + std::to_string(i + 1));
        CHECK_FALSE(rules[i].title.empty());
        CHECK_FALSE(rules[i].checks.empty());
        CHECK_FALSE(rules[i].fields.empty());
        CHECK_FALSE(rules[i].fix.empty());
        CHECK_FALSE(rules[i].source.empty());
    }
    CHECK(benefits::find_rule("L6")->severity == Severity::Error);
    CHECK(benefits::find_rule("L9")->severity == Severity::Warning);
    CHECK_THAT(std::string(benefits::find_rule("L6")->source), Contains("IPDAS"));
    CHECK(benefits::find_rule("L15")->severity == Severity::Warning);
    CHECK(benefits::find_rule("L15")->fix == "have a second reviewer confirm this judgement");
    CHECK(benefits::find_rule("L16")->severity == Severity::Error);
    CHECK(benefits::find_rule("L18") == nullptr);
}

TEST_CASE("the mini fixture lints clean") {
    auto findings = benefits::lint(fixtures::mini_dataset());
    INFO(listing(findings));
    CHECK(findings.empty());
}

TEST_CASE("lint reads what the Session computed: the same findings from a Session as from the dataset") {
    auto doc = fixtures::mini();
    doc["claims"][3]["summary"] = "Fatigue fell by 40%; it is a miracle.";
    auto loaded = benefits::load(doc.dump());
    REQUIRE(loaded.ok());
    const benefits::Session session(*loaded.dataset);
    auto from_session = benefits::lint(session);
    auto from_data = benefits::lint(*loaded.dataset);
    REQUIRE(from_session.size() == from_data.size());
    CHECK(from_session.size() >= 2);
    for (std::size_t k = 0; k < from_data.size(); ++k) {
        CHECK(from_session[k].path == from_data[k].path);
        CHECK(from_session[k].rule == from_data[k].rule);
        CHECK(from_session[k].message == from_data[k].message);
    }
}

TEST_CASE("the default dataset lints with 0 errors") {
    auto result = benefits::load(fixtures::read_file(BENEFITS_DATA_DIR "/claims.json"));
    REQUIRE(result.ok());
    auto findings = benefits::lint(*result.dataset);
    INFO(listing(findings));
    CHECK(benefits::count_findings(findings).errors == 0);
}

TEST_CASE("L1 banned absolutes are errors in any case or accent, as whole words") {
    auto findings = with_text("summary", 3, "Clinically PROVEN: a guaranteed cure with no side-effects. Détox!");
    std::set<std::string> words;
    for (const auto& f : findings)
        if (f.rule == "L1") {
            CHECK(f.path == "claims[3].summary");
            CHECK(f.severity == Severity::Error);
            words.insert(f.message.substr(0, f.message.find('"', 1) + 1));
        }
    CHECK(words == std::set<std::string>{"\"clinically proven\"", "\"guaranteed\"", "\"cure\"", "\"no side effects\"",
                                         "\"detox\""});
    CHECK(has(with_text("verdict_reason", 3, "It is 100% natural."), "L1", "claims[3].verdict_reason"));
    CHECK(has(with_text("verdict_reason", 3, "Nothing beats our miracle drip."), "L1", "claims[3].verdict_reason"));
}

TEST_CASE("L1 passes negations, quotations and words that only contain a banned one") {
    auto findings = with_text("summary", 3,
                              "There is no cure for fatigue. Unproven drips are not guaranteed to work; the brief's "
                              "'miracle' is not backed. A secure line.");
    INFO(listing(findings));
    CHECK_FALSE(has_rule(findings, "L1"));
}

TEST_CASE("L1 judges the brief only when the claim is published as supported, and harm statements always") {
    CHECK_FALSE(has(with_text("brief", 2, "A miracle cure."), "L1", "claims[2].brief"));  // not-supported
    CHECK(has(with_text("brief", 3, "A miracle cure."), "L1", "claims[3].brief"));        // supported
    auto doc = fixtures::mini();
    doc["harms"][0]["statement"] = "Completely safe: flushing at most.";
    CHECK(has(lint_doc(doc), "L1", "harms[0].statement"));
}

TEST_CASE("L2 efficacy words need a randomised trial or review supporting some outcome row") {
    auto doc = fixtures::mini();
    doc["claims"][3]["title"] = "Reduces fatigue";
    CHECK_FALSE(has(lint_doc(doc), "L2", "claims[3].title"));  // a large double-blind trial supports its row
    doc["references"][4]["design"] = "observational";         // the same study, not randomised
    doc["claims"][3]["brief"] = "Relieves tiredness after one infusion.";
    auto findings = lint_doc(doc);
    REQUIRE(has(findings, "L2", "claims[3].title"));
    CHECK(find(findings, "L2", "claims[3].title")->severity == Severity::Error);
    CHECK_THAT(find(findings, "L2", "claims[3].title")->message, Contains("\"reduces\""));
    CHECK(has(findings, "L2", "claims[3].brief"));

    // A randomised trial in another row of the claim is enough; one that only goes against the claim is not.
    json second = row(doc, 3);
    second["id"] = "second";
    second.erase("absolute");
    second["evidence"] = {{{"ref", "trial-iv-b"}, {"finding", 0}, {"role", "contradicts"}, {"note", "No effect."}}};
    second["direction"] = "no-difference";
    doc["claims"][3]["outcomes"].push_back(second);
    CHECK(has(lint_doc(doc), "L2", "claims[3].title"));
    doc["claims"][3]["outcomes"][1]["evidence"][0]["role"] = "supports";
    CHECK_FALSE(has_rule(lint_doc(doc), "L2"));
}

TEST_CASE("L2 passes negated wording and a brief the verdict does not endorse") {
    auto doc = fixtures::mini();
    doc["claims"][2]["title"] = "Does not improve sleep";
    doc["claims"][2]["brief"] = "Improves deep sleep.";  // not-supported: shown only to contrast it
    CHECK_FALSE(has_rule(lint_doc(doc), "L2"));
}

TEST_CASE("L3 wording must follow the headline row's computed certainty") {
    // fewer-attacks' oral row is high; an editor's serious risk of bias makes it moderate: "probably" is needed.
    auto doc = fixtures::mini();
    row(doc, 1)["grading"]["risk_of_bias"] = {{"level", "serious"}, {"reason", "unclear allocation"}};
    doc["claims"][1]["summary"] = "Oral magnesium reduces how often attacks happen.";
    auto moderate = lint_doc(doc);
    REQUIRE(has(moderate, "L3", "claims[1].summary"));
    const auto* f = find(moderate, "L3", "claims[1].summary");
    CHECK(f->severity == Severity::Error);  // issue 15: an error by default (a warning under --profile lenient)
    CHECK_THAT(f->message, Contains("headline row (outcomes[0]) is moderate"));
    auto loaded = benefits::load(doc.dump());
    REQUIRE(loaded.ok());
    CHECK(f->fix == "word it as the certainty allows, e.g. \"" +
                        benefits::row_statement(loaded.dataset->claims[1].outcomes[0], benefits::Certainty::Moderate) +
                        "\"");
    for (const char* text : {"Magnesium drips reduce attacks.", "Magnesium can reduce attacks."}) {
        doc["claims"][1]["summary"] = text;
        CHECK(has(lint_doc(doc), "L3", "claims[1].summary"));
    }
    doc["claims"][1]["summary"] = "Oral magnesium probably reduces how often attacks happen.";
    CHECK_FALSE(has_rule(lint_doc(doc), "L3"));

    // fast-relief is very low: even "may" is too firm.
    CHECK(has(with_text("summary", 0, "Magnesium may reduce migraine pain."), "L3", "claims[0].summary"));
    CHECK_FALSE(has_rule(
        with_text("summary", 0, "The evidence is very uncertain about whether magnesium reduces migraine pain."), "L3"));

    // big-trial is high: a plain statement is fine.
    CHECK_FALSE(has_rule(with_text("summary", 3, "IV magnesium reduces fatigue."), "L3"));
}

TEST_CASE("L3 at low certainty needs \"may\"; past tense and quotations are reports, not claims") {
    auto doc = fixtures::mini();
    row(doc, 1)["grading"]["risk_of_bias"] = {{"level", "very-serious"}, {"reason", "no allocation concealment"}};
    doc["claims"][1]["summary"] = "Oral magnesium probably reduces attacks.";
    CHECK(has(lint_doc(doc), "L3", "claims[1].summary"));
    doc["claims"][1]["summary"] = "Oral magnesium may reduce attacks.";
    CHECK_FALSE(has_rule(lint_doc(doc), "L3"));
    doc["claims"][1]["summary"] = "In one trial attacks fell; the brief says it 'reduces' attacks.";
    CHECK_FALSE(has_rule(lint_doc(doc), "L3"));
}

TEST_CASE("L3 with no certainty in the headline row: any wording of an effect is stronger than the evidence") {
    // cafeina-sleep has only an uncontrolled series: its row has no body of evidence and no certainty.
    auto findings = with_text("summary", 2, "Magnesium may improve deep sleep.");
    REQUIRE(has(findings, "L3", "claims[2].summary"));
    const auto* f = find(findings, "L3", "claims[2].summary");
    CHECK_THAT(f->message, Contains("\"improve\"") && Contains("has no certainty"));
    CHECK_THAT(f->message, !Contains("very-low"));
    auto data = fixtures::mini_dataset();
    CHECK(f->fix == "say what is known, e.g. \"" + benefits::row_statement(data.claims[2].outcomes[0], std::nullopt) +
                        "\"");
    CHECK_FALSE(has_rule(with_text("summary", 2, "Whether magnesium improves deep sleep is unknown."), "L3"));
    CHECK_FALSE(has_rule(with_text("summary", 2, "No controlled study found that it improves sleep."), "L3"));

    // Only the headline row counts: an IV row with no studies put first takes the oral row's high certainty away.
    auto doc = fixtures::mini();
    doc["claims"][1]["summary"] = "Oral magnesium reduces how often attacks happen.";
    CHECK_FALSE(has_rule(lint_doc(doc), "L3"));
    doc["claims"][1]["outcomes"].insert(doc["claims"][1]["outcomes"].begin(), no_studies_row("iv", "IV"));
    findings = lint_doc(doc);
    REQUIRE(has(findings, "L3", "claims[1].summary"));
    CHECK_THAT(find(findings, "L3", "claims[1].summary")->message, Contains("has no certainty"));
}

TEST_CASE("L4 hedges are warnings unless negated") {
    auto findings = with_text("verdict_reason", 0, "Promising results: it may help support recovery.");
    REQUIRE(has(findings, "L4", "claims[0].verdict_reason"));
    CHECK(find(findings, "L4", "claims[0].verdict_reason")->severity == Severity::Warning);
    int hedges = 0;
    for (const auto& f : findings) hedges += f.rule == "L4";
    CHECK(hedges == 2);  // "promising" and "may help support"
    CHECK_FALSE(has_rule(with_text("verdict_reason", 0, "The results are not promising."), "L4"));
    CHECK_FALSE(has_rule(with_text("verdict_reason", 0, "The evidence is very uncertain."), "L4"));
}

TEST_CASE("L5 a supported IV claim whose only graded evidence is in a row about another route") {
    auto doc = fixtures::mini();
    row(doc, 3)["route"] = "oral";
    row(doc, 3)["intervention"] = "oral magnesium taken daily";
    row(doc, 3)["evidence"][0] = {{"ref", "trial-oral"}, {"finding", 0}, {"role", "supports"}, {"note", "Tablets."}};
    row(doc, 3).erase("absolute");
    auto findings = lint_doc(doc);
    REQUIRE(has(findings, "L5", "claims[3].outcomes"));
    const auto* f = find(findings, "L5", "claims[3].outcomes");
    CHECK(f->severity == Severity::Warning);
    CHECK_THAT(f->message, Contains("published as supported for IV") && Contains("outcomes[0] (oral)"));

    // An IV row with no studies does not change it: nothing about IV is graded.
    doc["claims"][3]["outcomes"].push_back(no_studies_row("iv", "IV"));
    REQUIRE(has(lint_doc(doc), "L5", "claims[3].outcomes"));
    // An IV row with a trial does, even one that goes against the claim.
    json iv = row(doc, 3, 1);
    iv["evidence"] = {{{"ref", "large-iv"}, {"role", "supports"}, {"note", "A large trial."}}};
    iv["direction"] = "decrease";
    iv["timepoint"] = "6 weeks";
    doc["claims"][3]["outcomes"][1] = iv;
    CHECK_FALSE(has_rule(lint_doc(doc), "L5"));
}

TEST_CASE("L5 passes an oral-only verdict, rows of mixed route and claims with no graded evidence") {
    CHECK_FALSE(has_rule(benefits::lint(fixtures::mini_dataset()), "L5"));  // fewer-attacks is oral-only
    auto doc = fixtures::mini();
    doc["claims"][1]["verdict"] = "supported";
    CHECK(has(lint_doc(doc), "L5", "claims[1].outcomes"));
    row(doc, 1)["route"] = "mixed";
    CHECK_FALSE(has_rule(lint_doc(doc), "L5"));
    doc = fixtures::mini();
    doc["claims"][2]["verdict"] = "supported";  // only an uncontrolled series: not a question of route
    CHECK_FALSE(has_rule(lint_doc(doc), "L5"));
}

// Contested ("quoted correctly, but disputed") says a source states what the brief says: the linter holds the
// brief to that, as for partly-supported; oral-only and not-supported only show the brief to contrast it.
TEST_CASE("a contested claim is judged like a partly-supported one (L1, L2, L5), unlike oral-only") {
    for (const char* verdict : {"partly-supported", "contested", "oral-only", "not-supported"}) {
        INFO(verdict);
        const bool asserted = std::string(verdict) == "partly-supported" || std::string(verdict) == "contested";
        // fewer-attacks: only an oral row with a trial, behind an IV clinic's claim (L5).
        auto doc = fixtures::mini();
        doc["claims"][1]["verdict"] = verdict;
        auto findings = lint_doc(doc);
        CHECK(has(findings, "L5", "claims[1].outcomes") == asserted);
        if (asserted) CHECK_THAT(find(findings, "L5", "claims[1].outcomes")->message, Contains(verdict));
        // The brief's absolutes (L1) and its efficacy words without a supporting randomised source (L2):
        // cafeina-sleep has only an uncontrolled series.
        doc = fixtures::mini();
        doc["claims"][2]["verdict"] = verdict;
        doc["claims"][2]["brief"] = "A miracle drip that improves deep sleep.";
        findings = lint_doc(doc);
        CHECK(has(findings, "L1", "claims[2].brief") == asserted);
        CHECK(has(findings, "L2", "claims[2].brief") == asserted);
    }
}

TEST_CASE("L6 a claim needs harms or cautions") {
    auto doc = fixtures::mini();
    doc.erase("infusion_cautions");
    doc["claims"][3].erase("harms");
    auto findings = lint_doc(doc);
    REQUIRE(has(findings, "L6", "claims[3].harms"));
    CHECK(find(findings, "L6", "claims[3].harms")->severity == Severity::Error);
    CHECK_FALSE(has(findings, "L6", "claims[2].harms"));  // cautions alone are enough
    doc["infusion_cautions"] = {"low-pressure"};            // shown on every claim
    CHECK_FALSE(has_rule(lint_doc(doc), "L6"));
}

TEST_CASE("L7 a relative effect needs an absolute effect of any kind in some row") {
    // fewer-attacks gives no absolute effect.
    for (const char* text : {"Attacks fell by 40%.", "40% fewer attacks.", "People were twice as likely to "
                                                                           "have fewer attacks."}) {
        INFO(text);
        auto findings = with_text("summary", 1, text);
        REQUIRE(has(findings, "L7", "claims[1].summary"));
        CHECK_THAT(find(findings, "L7", "claims[1].summary")->message,
                   Contains("a risk difference or a mean difference"));
    }
    CHECK(find(with_text("summary", 1, "Fell by 22-43%."), "L7", "claims[1].summary")->message.rfind("\"22-43%\"", 0) ==
          0);
    // fast-relief gives both groups' rates; percentage points are an absolute difference.
    CHECK_FALSE(has_rule(with_text("summary", 0, "40% fewer people had pain."), "L7"));
    CHECK_FALSE(has_rule(with_text("summary", 1, "Relief was 36.7 percentage points higher."), "L7"));

    // big-trial gives a mean difference: an absolute effect too, and a risk difference alone is one as well.
    auto doc = fixtures::mini();
    doc["claims"][3]["summary"] = "Fatigue fell by 40%.";
    CHECK_FALSE(has_rule(lint_doc(doc), "L7"));
    row(doc, 3).erase("absolute");
    CHECK(has(lint_doc(doc), "L7", "claims[3].summary"));
    doc["claims"][0]["summary"] = "Pain fell by 40%.";
    row(doc, 0)["absolute"].erase(0);  // the rates: the risk difference is left
    CHECK_FALSE(has(lint_doc(doc), "L7", "claims[0].summary"));
}

TEST_CASE("L8 each row's population and time point must say who and when") {
    auto doc = fixtures::mini();
    row(doc, 3)["population"] = "Patients";
    row(doc, 3)["timepoint"] = "After treatment";
    auto findings = lint_doc(doc);
    CHECK(has(findings, "L8", "claims[3].outcomes[0].population"));
    REQUIRE(has(findings, "L8", "claims[3].outcomes[0].timepoint"));
    CHECK(find(findings, "L8", "claims[3].outcomes[0].timepoint")->message ==
          "\"After treatment\" does not say when the outcome was measured");
    row(doc, 3)["population"] = "Adults with chronic fatigue";
    row(doc, 3)["timepoint"] = "Around one hour after the infusion";
    CHECK_FALSE(has_rule(lint_doc(doc), "L8"));

    // A second row is judged on its own; a row with no studies needs no time point, but its population is read.
    row(doc, 3)["timepoint"] = "6 weeks";
    json vague = no_studies_row("sleep", "IV");
    vague["population"] = "anyone";
    doc["claims"][3]["outcomes"].push_back(vague);
    row(doc, 1).erase("timepoint");
    findings = lint_doc(doc);
    INFO(listing(findings));
    CHECK(has(findings, "L8", "claims[3].outcomes[1].population"));
    CHECK_FALSE(has(findings, "L8", "claims[3].outcomes[1].timepoint"));
    REQUIRE(has(findings, "L8", "claims[1].outcomes[0].timepoint"));  // a trial row: when was it measured?
    CHECK(find(findings, "L8", "claims[1].outcomes[0].timepoint")->message ==
          "no time point does not say when the outcome was measured");
    CHECK(count_rule(findings, "L8") == 2);
}

TEST_CASE("L9 an estimate in the summary needs its uncertainty in the same sentence") {
    auto findings = with_text("summary", 3, "80% felt better. Fatigue fell by 2.5 points.");
    REQUIRE(has(findings, "L9", "claims[3].summary"));
    CHECK_THAT(find(findings, "L9", "claims[3].summary")->message, Contains("\"80%\", \"2.5\""));
    for (const char* text : {"80% felt better (95% CI 60 to 90).", "Fatigue fell by 2.5 points (p = 0.03).",
                             "About 7 fewer in every 100 felt better, a gap small enough to be chance.",
                             "12 of 15 felt better against 3 of 17.", "The result was not statistically "
                                                                      "significant: 40% against 38%."}) {
        INFO(text);
        CHECK_FALSE(has_rule(with_text("summary", 3, text), "L9"));
    }
    auto doc = fixtures::mini();
    doc["claims"][3]["summary"] = "No source reports the brief's 93%.";
    doc["claims"][3]["unsupported_figures"] = {{{"figure", "93%"}, {"note", "No source states it."}}};
    CHECK_FALSE(has_rule(lint_doc(doc), "L9"));
}

TEST_CASE("L10 citations and the review date, on a dataset built in code") {
    auto data = fixtures::mini_dataset();
    CHECK_FALSE(has_rule(benefits::lint(data), "L10"));
    data.reviewed = "";
    data.claims[3].outcomes[0].evidence.clear();  // supported, with nothing cited
    data.claims[0].outcomes[0].evidence[1].ref = "foo2019";
    data.claims[0].outcomes[0].absolute[0].ref = "bar2020";
    data.claims[2].outcomes[0].observations[0].ref = "nope";
    data.harms[0].sources = {"label", "baz2021"};
    data.red_flags[0].sources = {"qux"};
    auto findings = benefits::lint(data);
    INFO(listing(findings));
    CHECK(has(findings, "L10", "reviewed"));
    REQUIRE(has(findings, "L10", "claims[3].outcomes"));
    CHECK_THAT(find(findings, "L10", "claims[3].outcomes")->message, Contains("published as supported"));
    REQUIRE(has(findings, "L10", "claims[0].outcomes[0].evidence[1].ref"));
    CHECK(find(findings, "L10", "claims[0].outcomes[0].evidence[1].ref")->message ==
          "cites \"foo2019\", which is not in references");
    CHECK(has(findings, "L10", "claims[0].outcomes[0].absolute[0].ref"));
    CHECK(has(findings, "L10", "claims[2].outcomes[0].observations[0].ref"));
    CHECK(has(findings, "L10", "harms[0].source_ids[1]"));
    CHECK_FALSE(has(findings, "L10", "harms[0].source_ids[0]"));
    CHECK(has(findings, "L10", "red_flags[0].source_ids[0]"));
    data.reviewed = "2026-13-40";
    CHECK(has(benefits::lint(data), "L10", "reviewed"));

    // "No studies found" is an honest answer for a claim published as not supported.
    data = fixtures::mini_dataset();
    data.claims[2].outcomes[0].observations.clear();
    CHECK_FALSE(has_rule(benefits::lint(data), "L10"));
}

TEST_CASE("L11 treating, curing or preventing a named disease is a medicinal claim") {
    auto findings = with_text("summary", 3, "IV magnesium treats migraine and prevents anxiety attacks. A treatment "
                                            "for insomnia.");
    int medicinal = 0;
    for (const auto& f : findings) medicinal += f.rule == "L11" && f.path == "claims[3].summary";
    CHECK(medicinal == 3);
    CHECK(has(with_text("verdict_reason", 3, "Backed for headache and migraine treatment."), "L11",
              "claims[3].verdict_reason"));
    for (const char* text : {"Adults treated for migraine in the emergency department.",
                             "No study tested it to prevent migraine.", "The brief says it 'cures migraine'.",
                             "Treatment of fatigue was not measured."}) {
        INFO(text);
        CHECK_FALSE(has_rule(with_text("summary", 3, text), "L11"));
    }
}

TEST_CASE("L12 names and labels are held to the word rules, with the matched rule's severity") {
    auto doc = fixtures::mini();
    doc["title"] = "The Miracle Drip";
    doc["intervention"] = "Detox infusion";
    doc["topics"][1]["label"] = "Promising uses";
    doc["claims"][3]["title"] = "Treats migraine";
    row(doc, 3)["intervention"] = "Our miracle drip";
    row(doc, 3)["comparator"] = "a detox drip";
    auto findings = lint_doc(doc);
    INFO(listing(findings));
    REQUIRE(has(findings, "L12", "title"));
    CHECK(find(findings, "L12", "title")->severity == Severity::Error);
    CHECK_THAT(find(findings, "L12", "title")->message, Contains("(L1)"));
    CHECK(has(findings, "L12", "intervention"));
    REQUIRE(has(findings, "L12", "topics[1].label"));
    CHECK(find(findings, "L12", "topics[1].label")->severity == Severity::Warning);
    REQUIRE(has(findings, "L12", "claims[3].title"));
    CHECK_THAT(find(findings, "L12", "claims[3].title")->message, Contains("(L11)"));
    CHECK(has(findings, "L12", "claims[3].outcomes[0].intervention"));
    CHECK(has(findings, "L12", "claims[3].outcomes[0].comparator"));
    CHECK_FALSE(has_rule(benefits::lint(fixtures::mini_dataset()), "L12"));
}

TEST_CASE("L13 every figure comes from a cited source or is listed as unsupported") {
    // fast-relief cites trial-iv-a (12/15 vs 3/17, 32 people, 2001) and trial-iv-b (150 people).
    auto findings = with_text("summary", 0, "85% felt better within 15 minutes, and 93% within the hour.");
    REQUIRE(has(findings, "L13", "claims[0].summary"));
    CHECK(find(findings, "L13", "claims[0].summary")->message.rfind("\"85%\", \"93%\": ", 0) == 0);
    CHECK(find(findings, "L13", "claims[0].summary")->severity == Severity::Error);
    for (const char* text : {"12 of 15 felt better in a 2001 trial of 32 people, against 3 of 17.",
                             "About 12 in every 100 felt better.", "PHQ-9 and DASS-42 scores; see trial2001b.",
                             "A 150-person trial found no difference.",
                             "12 of 15 against 3 of 17 (95% CI not reported).",
                             "80 in every 100 felt better against 18 in every 100."}) {  // the rates as the page puts them
        INFO(text);
        CHECK_FALSE(has_rule(with_text("summary", 0, text), "L13"));
    }
}

TEST_CASE("L13 reads the sources of every row (evidence, observations, absolute) and the rows' absolute effects") {
    // cafeina-sleep cites its 7-person series only as an observation.
    CHECK_FALSE(has_rule(with_text("summary", 2, "A series of 7 people, with no comparison."), "L13"));
    CHECK(has(with_text("summary", 2, "A series of 9 people."), "L13", "claims[2].summary"));

    // fast-relief's risk difference as the page states it: "7 fewer in every 100 (between 23 fewer and 9 more)";
    // big-trial's mean difference of -4.5 points (-8 to -1).
    const std::string text = "About 7 fewer in every 100 needed another medicine (between 23 fewer and 9 more).";
    CHECK_FALSE(has_rule(with_text("summary", 0, text), "L13"));
    CHECK_FALSE(has_rule(with_text("summary", 3, "Fatigue fell by 4.5 points (between 8 and 1)."), "L13"));
    auto doc = fixtures::mini();
    doc["claims"][0]["summary"] = text;
    row(doc, 0)["absolute"].erase(1);
    auto findings = lint_doc(doc);
    REQUIRE(has(findings, "L13", "claims[0].summary"));
    CHECK(find(findings, "L13", "claims[0].summary")->message.rfind("\"7\", \"23\", \"9\": ", 0) == 0);

    // A second row's source counts for the claim's text.
    doc = fixtures::mini();
    doc["claims"][3]["verdict"] = "partly-supported";
    doc["claims"][3]["summary"] = "An oral trial of 400 people.";
    CHECK(has(lint_doc(doc), "L13", "claims[3].summary"));
    json oral = row(doc, 1);
    oral["id"] = "oral";
    doc["claims"][3]["outcomes"].push_back(oral);
    CHECK_FALSE(has_rule(lint_doc(doc), "L13"));
}

TEST_CASE("L13 reads decimals, rounding and ranges, and the brief whatever the verdict") {
    // fewer-attacks cites trial-oral: 41.6% against 15.8% in 400 people.
    CHECK_FALSE(has_rule(with_text("summary", 1, "Attacks fell by 41.6% against 15.8% in 400 people."), "L13"));
    CHECK_FALSE(has_rule(with_text("summary", 1, "Attacks fell by about 42%."), "L13"));
    CHECK(has(with_text("summary", 1, "Attacks fell by 41.7%."), "L13", "claims[1].summary"));
    CHECK(has(with_text("summary", 1, "Attacks fell by 41%."), "L13", "claims[1].summary"));

    auto doc = fixtures::mini();
    doc["claims"][1]["brief"] = "Infusions cut migraine frequency by 22-43%.";  // oral-only, still checked
    auto findings = lint_doc(doc);
    REQUIRE(has(findings, "L13", "claims[1].brief"));
    CHECK(find(findings, "L13", "claims[1].brief")->message.rfind("\"22\", \"43%\": ", 0) == 0);
    doc["claims"][1]["unsupported_figures"] = {{{"figure", "22-43%"}, {"note", "No source reports this range."}}};
    CHECK_FALSE(has_rule(lint_doc(doc), "L13"));
}

TEST_CASE("findings are ordered by path, claims in dataset order, and counted by severity") {
    auto data = fixtures::mini_dataset();
    data.infusion_cautions.clear();
    data.claims[0].harms.clear();
    data.claims[3].harms.clear();
    data.claims[3].outcomes[0].population = "Patients";
    auto findings = benefits::lint(data);
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].path == "claims[0].harms");
    CHECK(findings[1].path == "claims[3].harms");
    CHECK(findings[2].path == "claims[3].outcomes[0].population");
    auto counts = benefits::count_findings(findings);
    CHECK(counts.errors == 2);
    CHECK(counts.warnings == 1);
    auto report = json::parse(benefits::lint_report_json(findings));
    CHECK(report["errors"] == 2);
    CHECK(report["warnings"] == 1);
    CHECK(report["findings"][2] == json({{"rule", "L8"},
                                         {"title", "No population or time frame"},
                                         {"severity", "warning"},
                                         {"path", "claims[3].outcomes[0].population"},
                                         {"claim", "big-trial"},
                                         {"claim_title", "Energy"},
                                         {"message", "\"Patients\" does not say who was studied"},
                                         {"fix", "say who was studied and when the outcome was measured"}}));
}

TEST_CASE("disguised banned words are found as when written plainly: L1 in the brief, L12 in the title") {
    auto count = [](const std::vector<LintFinding>& findings, std::string_view rule, std::string_view path) {
        return std::count_if(findings.begin(), findings.end(), [&](const LintFinding& f) {
            return f.rule == rule && f.path == path && f.severity == Severity::Error;
        });
    };
    auto spellings = disguises::all();
    spellings.emplace_back("plain", disguises::kPlain);
    for (const auto& [name, text] : spellings) {
        INFO(name);
        auto doc = fixtures::mini();
        doc["claims"][3]["title"] = text;
        doc["claims"][3]["brief"] = text;  // big-trial is supported: its brief is the clinic's own claim
        auto findings = lint_doc(doc);
        INFO(listing(findings));
        // guaranteed, cure, clinically proven, no side effects; and the title's "cure for migraine" (L11, an
        // error since issue 15)
        CHECK(count(findings, "L1", "claims[3].brief") == 4);
        CHECK(count(findings, "L12", "claims[3].title") == 5);
    }
}

TEST_CASE("L14 invisible characters, bidi controls and mixed alphabets in a word are errors wherever the linter reads") {
    for (const auto& [name, text] : disguises::all()) {
        if (name == "full-width letters") continue;  // shown as it reads: not a disguise
        INFO(name);
        auto findings = with_text("brief", 0, text);
        INFO(listing(findings));
        REQUIRE(has(findings, "L14", "claims[0].brief"));
        CHECK(find(findings, "L14", "claims[0].brief")->severity == Severity::Error);
    }
    auto message = [](const std::string& text) {
        auto findings = with_text("summary", 3, text);
        const LintFinding* f = find(findings, "L14", "claims[3].summary");
        return f ? f->message : std::string("(no L14)");
    };
    CHECK_THAT(message(disguises::with_mark_inside_words("\u00AD")),
               Contains("inside \"guaranteed\", \"cure\"") && Contains("U+00AD soft hyphen (9)"));
    CHECK_THAT(message("no side e\u200Bffects\u2060"), Contains("U+200B zero-width space, U+2060 word joiner"));
    CHECK_THAT(message(disguises::reversed()), Contains("U+202E right-to-left override, U+202C pop directional"));
    CHECK_THAT(message(disguises::cyrillic()),
               Contains("\"gu\u0430r\u0430nt\u0435\u0435d\", \"\u0441ur\u0435\"") &&
                   Contains("mix Latin and Cyrillic letters in one word"));
    CHECK_THAT(message("A \u03C1roven cure"), Contains("\"\u03C1roven\" mixes Latin and Greek letters"));

    auto doc = fixtures::mini();
    doc["harms"][0]["statement"] = "Flushing and war\u200Bmth.";
    doc["topics"][0]["label"] = "Mi\u00ADgraine";
    doc["references"][0]["findings"][0]["magnesium"] = "1\u200D2/15";
    doc["claims"][2]["cautions"][0] = "These studies used t\u0430blets.";
    doc["emergency_line"] = "Call your local emerg\u0435ncy number.";
    row(doc, 0)["outcome"] = "migraine p\u200Bain";
    row(doc, 0)["timepoint"] = "30 min\u202Eutes";
    row(doc, 0)["population"] = "\u0430dults with migraine";
    row(doc, 0)["comparator"] = "pl\u00ADacebo";
    row(doc, 0)["evidence"][1]["note"] = "No differ\u2060ence from placebo.";
    row(doc, 2)["observations"][0]["note"] = "An unc\u043Entrolled series.";
    row(doc, 0)["absolute"][0]["event"] = "felt bet\u200Bter";
    auto findings = lint_doc(doc);
    INFO(listing(findings));
    CHECK(has(findings, "L14", "harms[0].statement"));
    CHECK(has(findings, "L14", "topics[0].label"));
    CHECK(has(findings, "L14", "references[0].findings[0].magnesium"));
    CHECK(has(findings, "L14", "claims[2].cautions[0]"));
    CHECK(has(findings, "L14", "emergency_line"));
    for (const char* field : {"outcome", "timepoint", "population", "comparator", "evidence[1].note",
                              "absolute[0].event"}) {
        INFO(field);
        CHECK(has(findings, "L14", "claims[0].outcomes[0]." + std::string(field)));
    }
    CHECK(has(findings, "L14", "claims[2].outcomes[0].observations[0].note"));
}

TEST_CASE("L14 does not read the references' checking notes: the editor's, never shown to patients") {
    auto doc = fixtures::mini();
    doc["references"][0]["checking_notes"] = {{"authors", "\u00C1vila B, M\u00FCller C (as the mirr\u200Bor prints them)"},
                                              {"findings[0].control", "3/17 (\u0441ontrol)"}};
    auto findings = lint_doc(doc);
    INFO(listing(findings));
    CHECK(findings.empty());
}

TEST_CASE("L14 leaves alone what writing needs: emoji sequences, joining scripts, Greek and Cyrillic words, units") {
    for (const char* text : {"Ask your nurse \U0001F469\u200D\u2695\uFE0F or call \u260E\uFE0F 1\uFE0F\u20E3.",
                             "Flag \U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F.",
                             "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 and \u0915\u094D\u200D\u0937.",
                             "500 \u03BCg or 500 \u00B5g or 5\u03BCmol; \u03B2-blockers; \u0392\u03AE\u03C4\u03B1 and "
                             "\u043C\u0430\u0433\u043D\u0438\u0439 are words of their own alphabets.",
                             "Caf\u00E9, ni\u00F1o, na\u0131ve, \uFF23\uFF35\uFF32\uFF25-free."}) {
        INFO(text);
        auto findings = with_text("summary", 0, text);
        INFO(listing(findings));
        CHECK_FALSE(has_rule(findings, "L14"));
    }
}

TEST_CASE("L13 reads full-width, Arabic-Indic and hidden digits as the number a reader sees") {
    // fast-relief cites 12/15 against 3/17, 32 and 150 people, 2001: no source states 87.
    for (const char* text : {"\uFF18\uFF17% felt better.", "\u0668\u0667% felt better.", "\u0668\u0667\u066A felt better.",
                             "8\u200B7% felt better.", "\uFF18\uFF17\uFF05 felt better."}) {
        INFO(text);
        auto findings = with_text("summary", 0, text);
        REQUIRE(has(findings, "L13", "claims[0].summary"));
        CHECK(find(findings, "L13", "claims[0].summary")->message.rfind("\"87%\": ", 0) == 0);
    }
}

TEST_CASE("L15 lists an editor's judgement that lowers inconsistency below the rule's, for a second reviewer") {
    CHECK_FALSE(has_rule(benefits::lint(fixtures::mini_dataset()), "L15"));  // judgements, but no override

    // fast-relief: one trial supports, one contradicts, so the rule finds inconsistency serious.
    auto doc = fixtures::mini();
    row(doc, 0)["grading"]["inconsistency"] = {{"level", "serious"}, {"reason", "the two trials disagree"}};
    CHECK_FALSE(has_rule(lint_doc(doc), "L15"));  // the editor agrees with the rule
    row(doc, 0)["grading"]["inconsistency"] = {{"level", "none"}, {"reason", "the trials measured different times"}};
    auto findings = lint_doc(doc);
    INFO(listing(findings));
    REQUIRE(count_rule(findings, "L15") == 1);
    const auto* f = find(findings, "L15", "claims[0].outcomes[0].grading.inconsistency");
    REQUIRE(f);
    CHECK(f->severity == Severity::Warning);
    CHECK(f->message == "inconsistency: the editor judges it none where the rule's automatic check gives serious, "
                        "which makes the row's certainty higher than the rule alone; the editor's reason: \"the "
                        "trials measured different times\"");
    CHECK(f->fix == "have a second reviewer confirm this judgement");
    CHECK(benefits::count_findings(findings).errors == 0);
}

TEST_CASE("L15 lists judgements that mark a row down past the rule, and every large-effect upgrade") {
    auto doc = fixtures::mini();
    // big-trial: 500 participants, so the rule finds no imprecision; the editor finds it serious.
    row(doc, 3)["grading"]["imprecision"] = {{"level", "serious"}, {"reason", "wide interval"}};
    auto findings = lint_doc(doc);
    REQUIRE(has(findings, "L15", "claims[3].outcomes[0].grading.imprecision"));
    CHECK_THAT(find(findings, "L15", "claims[3].outcomes[0].grading.imprecision")->message,
               Contains("judges it serious where the rule's automatic check gives none") && Contains("lower") &&
                   Contains("\"wide interval\""));

    // The same trial as a non-randomised study starts low; the editor raises it for a large effect.
    doc = fixtures::mini();
    doc["references"][4]["design"] = "observational";
    row(doc, 3)["grading"]["large_effect"] = {{"applies", true}, {"reason", "fatigue halved"}};
    findings = lint_doc(doc);
    INFO(listing(findings));
    REQUIRE(has(findings, "L15", "claims[3].outcomes[0].grading.large_effect"));
    CHECK_THAT(find(findings, "L15", "claims[3].outcomes[0].grading.large_effect")->message,
               Contains("raises the row's certainty 1 level for a large effect") && Contains("\"fatigue halved\""));
    CHECK(count_rule(findings, "L15") == 1);
}
