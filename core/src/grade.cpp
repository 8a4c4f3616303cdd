#include "benefits/grade.hpp"

#include <algorithm>
#include <string_view>

#include "benefits/text.hpp"
#include "benefits/wording.hpp"

namespace benefits {
namespace {

// How magnesium was given, in words a patient knows.
std::string_view way_given(const Texts& t, Route route) {
    switch (route) {
        case Route::IV: return t.way_given[0];
        case Route::IM: return t.way_given[1];
        case Route::Oral: return t.way_given[2];
        case Route::Mixed: return t.way_given[3];
    }
    return t.way_given[4];
}

// How the reasons name the body: "these trials" / "this trial" for randomised evidence, "these studies" /
// "this study" for non-randomised comparisons; `number` picks the sentence whose verbs agree.
struct BodyWords {
    std::size_t number;  // 0 singular, 1 plural
    std::string these;   // "these trials"
};

BodyWords body_words(const Texts& t, const CountedEvidence& ev) {
    std::size_t n = ev.body.size() == 1 ? 0 : 1;
    std::string_view noun = ev.best == DesignClass::Randomised ? t.trial[n] : t.study[n];
    return {n, t.fill(t.these[n], {{"noun", noun}})};
}

std::string number(std::size_t n) { return std::to_string(n); }

// "About 7 fewer people…" continues a sentence: "…: about 7 fewer people…".
std::string lowercase_first(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

Certainty clamp(int level) {
    return static_cast<Certainty>(std::clamp(level, static_cast<int>(Certainty::VeryLow),
                                             static_cast<int>(Certainty::High)));
}

// What the rule finds for one domain, before the editor's judgement.
struct Automatic {
    Concern level = Concern::None;
    std::string reason;
    bool checked = true;  // false for the domains the rule cannot check (risk of bias, publication bias)
};

Automatic unchecked() { return {Concern::None, "", false}; }

Automatic inconsistency_of(const Texts& t, const CountedEvidence& ev) {
    if (!(ev.body_supports && ev.body_contradicts)) return {};
    std::string_view disagree = ev.body.size() == 1                  ? t.disagree_one
                                : ev.best == DesignClass::Randomised ? t.disagree_trials
                                                                     : t.disagree_studies;
    return {Concern::Serious, t.fill(t.inconsistency, {{"disagree", disagree}})};
}

Automatic indirectness_of(const Texts& t, const OutcomeRow& row, const CountedEvidence& ev) {
    if (ev.route_matches) return {};
    std::string_view asked = way_given(t, row.route);
    BodyWords w = body_words(t, ev);
    if (ev.routes.empty())
        return {Concern::Serious, t.fill(t.route_unknown[w.number], {{"these", w.these}, {"asked", asked}})};
    std::string used;
    std::size_t i = 0;
    for (Route r : ev.routes) {
        if (i > 0) used += i + 1 == ev.routes.size() ? t.list_or : ", ";
        used += way_given(t, r);
        ++i;
    }
    return {Concern::Serious,
            t.fill(t.route_other[w.number], {{"these", w.these}, {"asked", asked}, {"used", used}})};
}

// The row's interval: the first risk or mean difference that states one.
const AbsoluteEffect* interval_of(const OutcomeRow& row) {
    for (const auto& a : row.absolute)
        if ((a.kind == AbsoluteKind::RiskDifference || a.kind == AbsoluteKind::MeanDifference) && a.low && a.high)
            return &a;
    return nullptr;
}

Automatic imprecision_of(const Texts& t, const OutcomeRow& row, const CountedEvidence& ev) {
    Automatic by_interval, by_size;
    if (const AbsoluteEffect* a = interval_of(row); a && *a->low <= 0 && *a->high >= 0)
        by_interval = {Concern::Serious,
                       t.fill(t.interval_includes_none, {{"effect", lowercase_first(absolute_text(*a, row, t.lang))}})};

    const BodyWords w = body_words(t, ev);
    const std::string n = number(ev.participants);
    std::string who = ev.participants_from_review
                          ? t.fill(ev.body.size() == 1 ? t.only_review_one : t.only_review_many, {{"n", n}})
                          : t.fill(t.only_took_part, {{"n", n}, {"these", w.these}});
    if (ev.participants == 0)
        by_size = {Concern::VerySerious, t.fill(t.no_count[w.number], {{"these", w.these}})};
    else if (ev.participants < static_cast<std::size_t>(kImprecisionVerySerious))
        by_size = {Concern::VerySerious, t.fill(t.far_too_few, {{"who", who}, {"n", number(kImprecisionVerySerious)}})};
    else if (ev.participants < static_cast<std::size_t>(kImprecisionSerious))
        by_size = {Concern::Serious, t.fill(t.too_few, {{"who", who}, {"n", number(kImprecisionSerious)}})};

    if (by_interval.level == Concern::None) return by_size;
    if (by_size.level == Concern::None) return by_interval;
    if (by_size.level > by_interval.level) return by_size;
    by_interval.reason += std::string(t.and_also) + by_size.reason;
    return by_interval;
}

// One domain: the editor's judgement, when given, replaces the rule's level up or down.
void judge(Grade& g, Domain domain, const Automatic& rule, const std::optional<Judgement>& editor) {
    if (!editor) {
        if (rule.level != Concern::None) g.steps.push_back({domain, -static_cast<int>(rule.level), rule.reason, true});
        return;
    }
    bool differs = rule.checked && editor->level != rule.level;
    if (editor->level == Concern::None) {
        if (differs) g.lifted.push_back({domain, -static_cast<int>(rule.level), editor->reason, false, true});
        return;
    }
    g.steps.push_back({domain, -static_cast<int>(editor->level), editor->reason, false, differs});
}

}  // namespace

std::string_view to_string(Domain d) {
    switch (d) {
        case Domain::RiskOfBias: return "risk-of-bias";
        case Domain::Inconsistency: return "inconsistency";
        case Domain::Indirectness: return "indirectness";
        case Domain::Imprecision: return "imprecision";
        case Domain::PublicationBias: return "publication-bias";
        case Domain::LargeEffect: return "large-effect";
    }
    return "unknown";
}

std::optional<Grade> grade(const OutcomeRow& row, const CountedEvidence& ev, const Dataset& data) {
    const Texts& t = texts(language_of(data.language));
    if (ev.body.empty() || (ev.best != DesignClass::Randomised && ev.best != DesignClass::NonRandomised))
        return std::nullopt;
    Grade g;
    if (ev.best == DesignClass::Randomised) {
        g.start = Certainty::High;
        g.start_reason = t.start_randomised;
    } else {
        g.start = Certainty::Low;
        g.start_reason = t.start_non_randomised;
    }

    const Grading& editor = row.grading;
    judge(g, Domain::RiskOfBias, unchecked(), editor.risk_of_bias);
    judge(g, Domain::Inconsistency, inconsistency_of(t, ev), editor.inconsistency);
    judge(g, Domain::Indirectness, indirectness_of(t, row, ev), editor.indirectness);
    judge(g, Domain::Imprecision, imprecision_of(t, row, ev), editor.imprecision);
    judge(g, Domain::PublicationBias, unchecked(), editor.publication_bias);

    int level = static_cast<int>(g.start);
    for (const auto& step : g.steps) level += step.change;
    if (editor.large_effect && g.start == Certainty::Low && g.steps.empty()) {
        g.steps.push_back({Domain::LargeEffect, +1, editor.large_effect_reason, false});
        level += 1;
    }
    g.result = clamp(level);
    return g;
}

std::vector<std::string> grading_rule_text(Lang lang) {
    const Texts& t = texts(lang);
    const std::string serious = std::to_string(kImprecisionSerious);
    const std::string very_serious = std::to_string(kImprecisionVerySerious);
    std::vector<std::string> lines;
    for (std::string_view line : t.rule) lines.push_back(t.fill(line, {{"serious", serious}, {"very_serious", very_serious}}));
    return lines;
}

}  // namespace benefits
