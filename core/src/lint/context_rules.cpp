// L8: who each outcome row is about and when its outcome was measured, specific enough to mean something.
#include <algorithm>
#include <array>

#include "lint_context.hpp"
#include "text_scan.hpp"

namespace benefits::lint_detail {
namespace {

bool is_vague(const std::string& text, const Language& lang) {
    ScanText t(text, lang);
    std::string_view s = t.str();
    while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);
    return s.empty() || std::find(lang.vague_words.begin(), lang.vague_words.end(), s) != lang.vague_words.end();
}

bool names_a_time(const std::string& text, const Language& lang) {
    ScanText t(text, lang);
    if (std::any_of(t.str().begin(), t.str().end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
    return !t.find_any(lang.time_words).empty();
}

}  // namespace

void check_context(const LintContext& cx) {
    for (std::size_t i = 0; i < cx.data.claims.size(); ++i) {
        const Claim& c = cx.data.claims[i];
        for (std::size_t j = 0; j < c.outcomes.size(); ++j) {
            const OutcomeRow& row = c.outcomes[j];
            const std::string at = row_path(i, j);
            if (is_vague(row.population, cx.lang()))
                cx.report("L8", at + ".population",
                          row.population.empty()
                              ? std::string(cx.say().population_missing)
                              : cx.fill(cx.say().population_vague, {{"text", cx.quoted(row.population)}}));
            // A row with no studies measured nothing: it has no time point to give.
            if (row.evidence.empty() && row.observations.empty()) continue;
            if (is_vague(row.timepoint, cx.lang()) || !names_a_time(row.timepoint, cx.lang()))
                cx.report("L8", at + ".timepoint",
                          row.timepoint.empty()
                              ? std::string(cx.say().timepoint_missing)
                              : cx.fill(cx.say().timepoint_vague, {{"text", cx.quoted(row.timepoint)}}));
        }
    }
}

}  // namespace benefits::lint_detail
