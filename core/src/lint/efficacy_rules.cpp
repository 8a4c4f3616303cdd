// L2 efficacy wording needs a randomised trial behind it; L3 the wording must not outrun the certainty.
#include <algorithm>
#include <array>

#include "benefits/counted_evidence.hpp"
#include "benefits/wording.hpp"
#include "lint_context.hpp"
#include "text_scan.hpp"
#include "word_lists.hpp"

namespace benefits::lint_detail {
namespace {

// Some row's graded body of evidence is randomised (trials, or reviews that pool them: counted_evidence.hpp's
// classify) and has a source that supports the row.
bool has_randomised_support(const LintContext& cx, std::size_t i) {
    const ClaimResult* result = cx.claim_result(i);
    if (!result) return false;
    return std::any_of(result->rows.begin(), result->rows.end(), [](const RowResult& row) {
        return row.evidence.best == DesignClass::Randomised && row.evidence.body_supports;
    });
}

std::string listed(const LintContext& cx, const ScanText& t, const std::vector<Span>& spans, bool& several) {
    std::vector<std::string> words;
    for (Span s : spans) words.emplace_back(t.slice(s));
    return cx.quoted_list(words, &several);
}

void check_randomised_support(const LintContext& cx, std::size_t i) {
    const Claim& c = cx.data.claims[i];
    if (has_randomised_support(cx, i)) return;
    for (const auto& field : claim_fields(c, i, kTitle | kBriefIfAsserted)) {
        ScanText t(*field.text, cx.lang());
        std::vector<Span> words = find_asserted(t, cx.words().efficacy_words(), false);
        if (words.empty()) continue;
        bool several = false;
        std::string list = listed(cx, t, words, several);
        cx.report("L2", field.path, cx.fill(cx.say().no_randomised, several, {{"list", list}}));
    }
}

// Words that soften a statement enough for the certainty: GRADE guideline 26 wording, in the text's language.
Words hedges_allowed(const Language& lang, Certainty c) {
    return c == Certainty::Moderate ? lang.hedges_moderate : lang.hedges_low;
}

bool listed_in(Words words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// Efficacy stated in the present tense: "reduces", "is effective", "can reduce", "drips reduce"; at very low
// certainty, or with no certainty at all, also "may reduce".
std::vector<Span> efficacy_statements(const ScanText& t, const Lexicon& w, bool hedged_too) {
    std::vector<Span> out = find_asserted(t, w.strong_present(), false);
    for (Span s : find_asserted(t, w.strong_base(), false)) {
        std::string_view before = t.word_before(s.begin);
        bool strong = listed_in(w.strong_modals(), before) || listed_in(w.plural_subjects(), before);
        bool hedged = listed_in(w.language().hedge_modals, before);
        if (strong || (hedged_too && hedged)) out.push_back(s);
    }
    std::sort(out.begin(), out.end(), SpanOrder{});
    return out;
}

// The headline row (the claim's first) answers the brief's statement: its certainty is what the card shows.
// With no certainty (no controlled study measured it, or only reports without a comparison group) any wording
// of an effect, "may" included, is stronger than the evidence; a sentence that calls it uncertain or unknown
// is not.
void check_certainty_wording(const LintContext& cx, std::size_t i) {
    const Claim& c = cx.data.claims[i];
    if (c.outcomes.empty()) return;
    const std::optional<Certainty> certainty = cx.headline_certainty(i);
    if (certainty == Certainty::High) return;
    const bool very_low = !certainty || *certainty == Certainty::VeryLow;
    for (const auto& field : claim_fields(c, i, kTitle | kSummary | kVerdictReason | kBriefIfAsserted)) {
        ScanText t(*field.text, cx.lang());
        std::vector<Span> hedges = certainty ? t.find_any(hedges_allowed(cx.lang(), *certainty)) : std::vector<Span>{};
        std::vector<Span> uncertain = t.find_any(certainty ? cx.lang().uncertain : cx.lang().uncertain_or_unknown);
        std::vector<Span> too_strong;
        // One finding per problem: where an absolute (L1) or a medicinal claim (L11) stands in the same clause
        // ("works every time", "our migraine treatment works"), or L2 reports the same words for want of any
        // randomised trial, that rule's finding and fix already cover the wording; L3 would only repeat it.
        std::vector<Span> stronger = stronger_claim_spans(t, cx.words());
        if (!has_randomised_support(cx, i) && (field.path.ends_with(".title") || field.path.ends_with(".brief")))
            for (Span s : find_asserted(t, cx.words().efficacy_words(), false)) stronger.push_back(s);
        auto covered = [&](Span s) {
            const Span clause = t.clause(s.begin);
            return std::any_of(stronger.begin(), stronger.end(), [&](Span w) {
                return (w.begin < s.end && s.begin < w.end) || (w.begin >= clause.begin && w.end <= clause.end);
            });
        };
        for (Span s : efficacy_statements(t, cx.words(), very_low)) {
            if (covered(s)) continue;
            if (very_low) {
                Span sentence = t.sentence(s.begin);
                if (any_within(uncertain, sentence.begin, sentence.end)) continue;
            } else if (t.clause_has_before(s.begin, hedges)) {
                continue;
            }
            too_strong.push_back(s);
        }
        if (too_strong.empty()) continue;
        bool several = false;
        std::string list = listed(cx, t, too_strong, several);
        const std::string example = row_statement(c.outcomes[0], certainty);
        // The brief of a partly-supported or contested claim: its verdict, shown beside it, says it goes beyond
        // the evidence.
        const Severity severity = field.path.ends_with(".brief") &&
                                          (c.verdict == Verdict::PartlySupported || c.verdict == Verdict::Contested)
                                      ? Severity::Warning
                                      : cx.severity_of("L3");
        if (!certainty) {
            cx.report("L3", severity, field.path, cx.fill(cx.say().no_certainty, several, {{"list", list}}),
                      cx.fill(cx.say().no_certainty_fix, {{"example", example}}));
            continue;
        }
        const auto level = static_cast<std::size_t>(*certainty);
        const std::string_view named = cx.say().certainty[level];
        cx.report("L3", severity, field.path,
                  cx.fill(cx.say().too_firm, several,
                          {{"list", list},
                           {"certainty", named.empty() ? to_string(*certainty) : named},
                           {"wording", cx.say().wording[level]}}),
                  cx.fill(cx.say().too_firm_fix, {{"example", example}}));
    }
}

}  // namespace

void check_efficacy(const LintContext& cx) {
    for (std::size_t i = 0; i < cx.data.claims.size(); ++i) {
        check_randomised_support(cx, i);
        check_certainty_wording(cx, i);
    }
}

}  // namespace benefits::lint_detail
