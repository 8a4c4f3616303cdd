// L7 relative effects need an absolute effect; L9 estimates in the summary need their uncertainty.
#include <algorithm>
#include <array>

#include "figures.hpp"
#include "lint_context.hpp"
#include "text_scan.hpp"

namespace benefits::lint_detail {
namespace {

std::string_view word_after_figure(const ScanText& t, const Figure& f) {
    std::string_view next = t.word_after(f.span.end);
    if (next == "percent" || next == "por") {  // "40 percent fewer", "40 por ciento menos"
        if (next == "por") {
            std::size_t at = static_cast<std::size_t>(next.data() - t.str().data()) + next.size();
            next = t.word_after(at);
        }
        std::size_t at = static_cast<std::size_t>(next.data() - t.str().data()) + next.size();
        next = t.word_after(at);
    }
    return next;
}

bool in(Words words, std::string_view w) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

std::vector<std::string> relative_effects(const ScanText& t) {
    std::vector<std::string> out;
    const Language& lang = t.language();
    std::vector<Figure> figures = figures_in(t.str(), lang.decimal_comma);
    for (std::size_t k = 0; k < figures.size(); ++k) {
        const Figure& f = figures[k];
        if (!f.percent || t.quoted(f.span.begin)) continue;
        std::size_t end = range_end(t.str(), figures, k);
        const Figure& last = figures[end];
        if (in(lang.by_words, t.word_before(f.span.begin)) || in(lang.comparatives, word_after_figure(t, last))) {
            out.emplace_back(t.slice({f.span.begin, last.span.end}));
            k = end;
        }
    }
    for (Span s : find_asserted(t, lang.ratio_phrases, true)) out.emplace_back(t.slice(s));
    return out;
}

// A percentage, a decimal, "x points", or the count of "x in every 100".
bool is_estimate(const ScanText& t, const std::vector<Figure>& figures, std::size_t k) {
    const Figure& f = figures[k];
    if (f.percent || f.decimals > 0) return true;
    std::string_view next = t.word_after(f.span.end);
    if (in(t.language().point_words, next)) return true;
    return k + 1 < figures.size() && is_denominator(t, figures, k + 1) &&
           t.words_between_at_most(f.span.end, figures[k + 1].span.begin, 5);
}

void check_relative_effects(const LintContext& cx, std::size_t i) {
    const Claim& c = cx.data.claims[i];
    for (const auto& row : c.outcomes)
        if (!row.absolute.empty()) return;
    for (const auto& field : claim_fields(c, i, kTitle | kSummary | kVerdictReason | kBriefIfAsserted)) {
        ScanText t(*field.text, cx.lang());
        std::vector<std::string> relative = relative_effects(t);
        if (relative.empty()) continue;
        bool several = false;
        std::string list = cx.quoted_list(relative, &several);
        cx.report("L7", field.path, cx.fill(cx.say().relative_effect, several, {{"list", list}}));
    }
}

void check_uncertainty(const LintContext& cx, std::size_t i) {
    const Claim& c = cx.data.claims[i];
    std::vector<double> flagged;
    for (const auto& u : c.unsupported_figures)
        for (const Figure& f : figures_in(ScanText(u.figure, cx.lang()).str(), cx.lang().decimal_comma))
            flagged.push_back(f.value);
    ScanText t(c.summary, cx.lang());
    std::vector<Span> marks = t.find_any(cx.lang().uncertainty_marks);
    std::vector<Figure> figures = figures_in(t.str(), cx.lang().decimal_comma);
    std::vector<std::string> bare;
    for (std::size_t k = 0; k < figures.size(); ++k) {
        const Figure& f = figures[k];
        if (!is_estimate(t, figures, k) || t.quoted(f.span.begin)) continue;
        if (std::any_of(flagged.begin(), flagged.end(), [&](double v) { return rounds_to(v, f); })) continue;
        std::size_t end = range_end(t.str(), figures, k);
        Span sentence = t.sentence(f.span.begin);
        if (!any_within(marks, sentence.begin, sentence.end))
            bare.emplace_back(t.slice({f.span.begin, figures[end].span.end}));
        k = end;
    }
    if (bare.empty()) return;
    bool several = false;
    std::string list = cx.quoted_list(bare, &several);
    cx.report("L9", claim_path(i) + ".summary", cx.fill(cx.say().without_uncertainty, several, {{"list", list}}));
}

}  // namespace

void check_effects(const LintContext& cx) {
    for (std::size_t i = 0; i < cx.data.claims.size(); ++i) {
        check_relative_effects(cx, i);
        check_uncertainty(cx, i);
    }
}

}  // namespace benefits::lint_detail
