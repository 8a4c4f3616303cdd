#include "benefits/grade.hpp"

#include <algorithm>
#include <string_view>

#include "benefits/wording.hpp"

namespace benefits {
namespace {

// How magnesium was given, in words a patient knows.
std::string_view way_given(Route route) {
    switch (route) {
        case Route::IV: return "into a vein (IV)";
        case Route::IM: return "as an injection into a muscle";
        case Route::Oral: return "by mouth";
        case Route::Mixed: return "in more than one way";
    }
    return "in a way not stated";
}

// How the reasons name the body: "these trials" / "this trial" for randomised evidence, "these studies" /
// "this study" for non-randomised comparisons, with the verbs that agree.
struct BodyWords {
    std::string these, they, are_none, does_not;  // "these trials", "they", "none of these trials", "do not"
};

BodyWords body_words(const CountedEvidence& ev) {
    bool one = ev.body.size() == 1;
    std::string noun = ev.best == DesignClass::Randomised ? (one ? "trial" : "trials") : (one ? "study" : "studies");
    if (one) return {"this " + noun, "it", "this " + noun + " did not", "does not"};
    return {"these " + noun, "they", "none of these " + noun, "do not"};
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

Automatic inconsistency_of(const CountedEvidence& ev) {
    if (!(ev.body_supports && ev.body_contradicts)) return {};
    const char* disagree = ev.body.size() == 1
                               ? "the results of the one study that answers this question disagree"
                               : ev.best == DesignClass::Randomised ? "the trials that answer this question disagree"
                                                                    : "the studies that answer this question disagree";
    return {Concern::Serious, std::string(disagree) + ": some back the clinic's statement and others go against it"};
}

Automatic indirectness_of(const OutcomeRow& row, const CountedEvidence& ev) {
    if (ev.route_matches) return {};
    std::string asked = std::string(way_given(row.route));
    BodyWords w = body_words(ev);
    if (ev.routes.empty())
        return {Concern::Serious, w.these + " " + w.does_not + " say how magnesium was given, so we cannot tell "
                                  "whether " + w.they + " gave it " + asked + ", as this question asks"};
    std::string used;
    std::size_t i = 0;
    for (Route r : ev.routes) {
        if (i > 0) used += i + 1 == ev.routes.size() ? " or " : ", ";
        used += way_given(r);
        ++i;
    }
    return {Concern::Serious,
            w.are_none + (ev.body.size() == 1 ? " give" : " gave") + " magnesium " + asked +
                ", as this question asks: " + w.they + " gave it " + used};
}

// The row's interval: the first risk or mean difference that states one.
const AbsoluteEffect* interval_of(const OutcomeRow& row) {
    for (const auto& a : row.absolute)
        if ((a.kind == AbsoluteKind::RiskDifference || a.kind == AbsoluteKind::MeanDifference) && a.low && a.high)
            return &a;
    return nullptr;
}

Automatic imprecision_of(const OutcomeRow& row, const CountedEvidence& ev) {
    Automatic by_interval, by_size;
    if (const AbsoluteEffect* a = interval_of(row); a && *a->low <= 0 && *a->high >= 0)
        by_interval = {Concern::Serious,
                       "the range of likely results includes no effect at all: " + lowercase_first(absolute_text(*a, row))};

    std::string who = ev.participants_from_review
                          ? (ev.body.size() == 1 ? "this review included only "
                                                 : "the largest review of these trials included only ") +
                                number(ev.participants) + " people"
                          : "only " + number(ev.participants) + " people took part in " + body_words(ev).these;
    if (ev.participants == 0)
        by_size = {Concern::VerySerious,
                   body_words(ev).these + " " + body_words(ev).does_not + " say how many people took part"};
    else if (ev.participants < static_cast<std::size_t>(kImprecisionVerySerious))
        by_size = {Concern::VerySerious, who + ", far too few to be sure of the result (fewer than " +
                                             number(kImprecisionVerySerious) + ")"};
    else if (ev.participants < static_cast<std::size_t>(kImprecisionSerious))
        by_size = {Concern::Serious,
                   who + ", too few to be sure of the result (fewer than " + number(kImprecisionSerious) + ")"};

    if (by_interval.level == Concern::None) return by_size;
    if (by_size.level == Concern::None) return by_interval;
    if (by_size.level > by_interval.level) return by_size;
    by_interval.reason += "; and " + by_size.reason;
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

std::optional<Grade> grade(const OutcomeRow& row, const CountedEvidence& ev, const Dataset&) {
    if (ev.body.empty() || (ev.best != DesignClass::Randomised && ev.best != DesignClass::NonRandomised))
        return std::nullopt;
    Grade g;
    if (ev.best == DesignClass::Randomised) {
        g.start = Certainty::High;
        g.start_reason = "the evidence comes from randomised trials, or reviews that pool them";
    } else {
        g.start = Certainty::Low;
        g.start_reason = "the evidence comes from studies that compared groups of people who were not chosen at "
                         "random";
    }

    const Grading& editor = row.grading;
    judge(g, Domain::RiskOfBias, unchecked(), editor.risk_of_bias);
    judge(g, Domain::Inconsistency, inconsistency_of(ev), editor.inconsistency);
    judge(g, Domain::Indirectness, indirectness_of(row, ev), editor.indirectness);
    judge(g, Domain::Imprecision, imprecision_of(row, ev), editor.imprecision);
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

std::vector<std::string> grading_rule_text() {
    const std::string serious = std::to_string(kImprecisionSerious);
    const std::string very_serious = std::to_string(kImprecisionVerySerious);
    return {
        "Each row answers one question: one treatment, given one way, against one comparison, for one outcome at "
        "one time point. It is rated on its own studies only.",
        "Only studies that compare groups and back or go against the clinic's statement are rated; background "
        "reading, guidelines and narrative reviews are not. Reports without a comparison group are listed as "
        "observations and never rated. A row with no such study has no rating.",
        "The rating uses the strongest design in the row: randomised trials, or reviews that pool them, start at "
        "high; if there are none, other comparisons start at low. Weaker studies in the same row are listed, not "
        "rated: where they disagree, their weaker design explains it.",
        "Go down one level for each serious concern, two for a very serious one: risk of bias, inconsistency, "
        "indirectness, imprecision and publication bias.",
        "Risk of bias and publication bias are judged by the editor, with a written reason; publication bias "
        "that nobody judged is shown as not assessed.",
        "Inconsistency is serious when the rated studies disagree: some back the clinic's statement and others go "
        "against it.",
        "Indirectness is serious when none of the rated studies gave magnesium the way the row asks (for "
        "example, only tablets behind a row about infusions); a row about tablets is never marked down for not "
        "being an infusion.",
        "Imprecision is serious when the row's range of likely results includes no effect at all, or when fewer "
        "than " + serious + " people took part in the rated studies; very serious under " + very_serious +
            " people, or when no number is reported. People are counted once: the trials added up, or the "
            "largest review of them if that is more.",
        "Editors may judge any domain differently from these checks, more or less serious, always with a "
        "written reason; the page shows that reason and marks the judgement as differing from the rule.",
        "Go up one level for a large effect, only when the evidence started at low and nothing was marked down.",
        "The result is high, moderate, low or very low; it never goes below very low.",
    };
}

}  // namespace benefits
