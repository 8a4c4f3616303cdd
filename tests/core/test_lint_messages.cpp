// The linter's messages in the editor's language (core/src/lint/messages.hpp, LintOptions::messages): an editor
// reading the page in Spanish gets each finding's message and fix in Spanish, whatever the dataset's language;
// the findings themselves (rule, path, severity) do not change.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "benefits/api.hpp"
#include "benefits/lint.hpp"
#include "benefits/load.hpp"
#include "fixtures.hpp"
#include "lint/messages.hpp"

using benefits::Lang;
using benefits::LintFinding;
using benefits::lint_detail::LintTexts;
using nlohmann::json;

namespace {

// Every template of a table, named, in the same order for both languages.
std::vector<std::pair<std::string, std::string_view>> templates(const LintTexts& t) {
    std::vector<std::pair<std::string, std::string_view>> out = {
        {"list_more", t.list_more},
        {"absolute", t.absolute},
        {"hedge", t.hedge},
        {"medicinal", t.medicinal},
        {"testimonial", t.testimonial},
        {"comparison", t.comparison},
        {"takes_away", t.takes_away},
        {"names_effect", t.names_effect},
        {"name_or_label", t.name_or_label},
        {"no_certainty_fix", t.no_certainty_fix},
        {"too_firm_fix", t.too_firm_fix},
        {"other_route", t.other_route},
        {"no_harms", t.no_harms},
        {"population_vague", t.population_vague},
        {"population_missing", t.population_missing},
        {"timepoint_vague", t.timepoint_vague},
        {"timepoint_missing", t.timepoint_missing},
        {"unknown_reference", t.unknown_reference},
        {"no_review_date", t.no_review_date},
        {"bad_review_date", t.bad_review_date},
        {"no_source", t.no_source},
        {"figure_unsourced", t.figure_unsourced},
        {"figure_unsourced_supported_fix", t.figure_unsourced_supported_fix},
        {"figure_listed_supported", t.figure_listed_supported},
        {"figure_listed_supported_fix", t.figure_listed_supported_fix},
        {"invisible", t.invisible},
        {"invisible_inside", t.invisible_inside},
        {"bidi", t.bidi},
        {"judged_higher", t.judged_higher},
        {"judged_lower", t.judged_lower},
        {"variation_selector", t.variation_selector},
        {"tag", t.tag},
        {"no_reason", t.no_reason},
    };
    auto numbered = [&](const std::string& name, const benefits::lint_detail::Numbered& forms) {
        out.push_back({name + "[one]", forms[0]});
        out.push_back({name + "[several]", forms[1]});
    };
    numbered("no_randomised", t.no_randomised);
    numbered("no_certainty", t.no_certainty);
    numbered("too_firm", t.too_firm);
    numbered("relative_effect", t.relative_effect);
    numbered("without_uncertainty", t.without_uncertainty);
    numbered("mixed_scripts", t.mixed_scripts);
    numbered("large_effect", t.large_effect);
    for (std::size_t k = 0; k < t.wording.size(); ++k) out.push_back({"wording[" + std::to_string(k) + "]", t.wording[k]});
    for (std::size_t k = 0; k < t.script.size(); ++k) out.push_back({"script[" + std::to_string(k) + "]", t.script[k]});
    return out;
}

std::multiset<std::string> placeholders(std::string_view text) {
    std::multiset<std::string> out;
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        std::size_t close = text.find('}', open);
        if (close != std::string_view::npos) out.insert(std::string(text.substr(open, close - open + 1)));
    }
    return out;
}

// Datasets with a finding from every rule and from most of a rule's several messages, in both numbers.
std::vector<LintFinding> lint_everything(Lang messages) {
    const benefits::LintOptions options{benefits::LintProfile::Strict, messages};
    auto doc = fixtures::mini();
    auto& fast = doc["claims"][0];
    fast["verdict"] = "supported";  // its brief is judged
    fast["brief"] = "A guaranteed cure: promising results, doctor recommended, better than pills.";  // L1 L4 L11 L16 L17
    fast["title"] = "Migraine Killer Drip reduces pain";  // L12, L3 (very low)
    fast["summary"] = "54% felt better.";                 // L9, L13
    fast["outcomes"][0]["population"] = "patients";       // L8
    fast["outcomes"][0]["grading"]["inconsistency"] = {{"level", "none"}, {"reason", "x"}};  // L15, higher
    doc["claims"][1]["verdict"] = "supported";                                    // L5: oral evidence only
    doc["claims"][1]["summary"] = "Attacks were 40% fewer.";                       // L7
    doc["claims"][1].erase("harms");                                               // L6
    doc["claims"][2]["outcomes"][0]["timepoint"] = "";                             // L8 with nothing given
    doc["claims"][2]["title"] = "Sleep Improvement Drip";                          // L2, L12 (an effect)
    doc["claims"][2]["verdict_reason"] = "Magnesium improves sleep.";             // L3 with no certainty
    auto& big = doc["claims"][3];
    big["summary"] = "The drip reduces fatigue in 95 of 100 people, a figure we list.";  // L13 listed, supported
    big["unsupported_figures"] = json::array({json{{"figure", "95"}, {"note", "not in the trial"}}});
    big["verdict_reason"] = "In \u0441ure and g\u0430in we trust, no side e\u200Bffects.\u202E";  // L14
    big["outcomes"][0]["grading"]["imprecision"] = {{"level", "serious"}, {"reason", "wide interval"}};  // L15, lower
    doc["infusion_cautions"] = json::array();
    auto result = benefits::load(doc.dump());
    for (const auto& p : result.problems) UNSCOPED_INFO(benefits::to_string(p));
    REQUIRE(result.ok());
    auto data = *result.dataset;
    data.reviewed = "2026-13-40";                                                  // L10: not a date
    data.claims[0].outcomes[0].absolute[0].ref = "foo2019";                        // L10: unknown
    data.claims[0].outcomes[0].grading.inconsistency->reason.clear();              // L15 with no reason
    auto findings = benefits::lint(data, options);
    // What needs a dataset of its own: each finding the first does not have.
    auto add = [&](benefits::Dataset other) {
        for (auto& f : benefits::lint(other, options)) {
            bool known = false;
            for (const auto& g : findings) known = known || (g.path == f.path && g.rule == f.rule && g.message == f.message);
            if (!known) findings.push_back(f);
        }
    };
    auto no_date = data;
    no_date.reviewed = "";  // L10: no date
    add(no_date);
    auto uncited = data;
    uncited.claims[3].outcomes[0].evidence.clear();  // L10: supported, nothing cited
    add(uncited);
    auto large = fixtures::mini();
    large["references"][4]["design"] = "observational";
    large["claims"][3]["outcomes"][0]["grading"]["large_effect"] = {{"applies", true}, {"reason", "fatigue halved"}};
    add(*benefits::load(large.dump()).dataset);  // L15: a large effect
    return findings;
}

std::string listing(const std::vector<LintFinding>& findings) {
    std::string out;
    for (const auto& f : findings) out += f.path + ": " + f.rule + ": " + f.message + " | " + f.fix + "\n";
    return out;
}

// The message without what it quotes from the dataset (between « and ») and the data's own words.
std::string own_words(std::string text) {
    for (std::size_t open = text.find("«"); open != std::string::npos; open = text.find("«", open)) {
        std::size_t close = text.find("»", open);
        if (close == std::string::npos) break;
        text.erase(open, close + std::string("»").size() - open);
    }
    return " " + text + " ";
}

}  // namespace

TEST_CASE("the Spanish messages have the English ones' placeholders, and a fix for every rule") {
    const auto en = templates(benefits::lint_detail::lint_texts_en());
    const auto es = templates(benefits::lint_detail::lint_texts_es());
    REQUIRE(en.size() == es.size());
    for (std::size_t k = 0; k < en.size(); ++k) {
        INFO(en[k].first);
        CHECK_FALSE(en[k].second.empty());
        CHECK_FALSE(es[k].second.empty());
        CHECK(es[k].second != en[k].second);
        CHECK(placeholders(es[k].second) == placeholders(en[k].second));
    }
    const LintTexts& spanish = benefits::lint_detail::lint_texts_es();
    for (std::size_t k = 0; k < spanish.fixes.size(); ++k) {
        INFO("L" << k + 1);
        CHECK_FALSE(spanish.fixes[k].empty());
        CHECK(placeholders(spanish.fixes[k]).empty());
        CHECK_FALSE(spanish.titles[k].empty());
        CHECK(spanish.titles[k] != benefits::lint_rules()[k].title);
    }
    for (std::string_view name : spanish.certainty) CHECK_FALSE(name.empty());
}

TEST_CASE("an editor reading Spanish gets every message and fix in Spanish; the findings are the English ones") {
    const auto english = lint_everything(Lang::En);
    const auto spanish = lint_everything(Lang::Es);
    INFO(listing(english));
    INFO(listing(spanish));
    std::set<std::string> rules;
    for (const auto& f : english) rules.insert(f.rule);
    CHECK(rules.size() == 17);  // every rule has spoken
    if (std::getenv("SHOW_LINT_ES")) WARN(listing(spanish));
    REQUIRE(spanish.size() == english.size());
    // Words of the English messages that a Spanish one must not hold (its own words, quotations aside).
    const std::vector<std::string> english_words = {" the ", " is ", " are ", " and ", " of ", " but ", " which ",
                                                    " with ", " not ", " an ", " it ", " this ", " say ", " remove "};
    for (std::size_t k = 0; k < english.size(); ++k) {
        const LintFinding& en = english[k];
        const LintFinding& es = spanish[k];
        INFO(en.path << " " << en.rule << ": " << es.message << " | " << es.fix);
        CHECK(es.rule == en.rule);
        CHECK(es.path == en.path);
        CHECK(es.severity == en.severity);
        CHECK(es.claim_title == en.claim_title);
        CHECK(es.message != en.message);
        CHECK(es.fix != en.fix);
        CHECK(en.rule_title == benefits::find_rule(en.rule)->title);
        CHECK(es.rule_title != en.rule_title);
        for (const auto& word : english_words) {
            CHECK(own_words(es.message).find(word) == std::string::npos);
            CHECK(own_words(es.fix).find(word) == std::string::npos);
        }
    }
}

TEST_CASE("the api's lint answers in the language asked for, and says which") {
    auto doc = fixtures::mini();
    doc["claims"][3]["summary"] = "A guaranteed cure.";
    const std::string text = doc.dump();
    auto en = json::parse(benefits::api::lint_with_profile(text, "strict"));
    auto es = json::parse(benefits::api::lint_with_profile(text, "strict", "es-MX"));
    auto other = json::parse(benefits::api::lint_with_profile(text, "strict", "fr"));
    CHECK(en["lang"] == "en");
    CHECK(es["lang"] == "es");
    CHECK(other["lang"] == "en");
    REQUIRE(es["findings"].size() == en["findings"].size());
    REQUIRE_FALSE(es["findings"].empty());
    CHECK(en["findings"][0]["message"] == "\"guaranteed\" is an absolute claim that no evidence can back");
    CHECK(es["findings"][0]["message"] == "«guaranteed» es una afirmación absoluta que ninguna evidencia puede respaldar");
    CHECK(es["findings"][0]["fix"] == "quite la palabra, o diga qué encontraron los estudios y con qué seguridad");
    CHECK(en["findings"][0]["title"] == "Banned absolute");
    CHECK(es["findings"][0]["title"] == "Afirmación absoluta prohibida");
    CHECK(other["findings"] == en["findings"]);
}
