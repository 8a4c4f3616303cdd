// L10: every claim that rests on evidence cites a source, every cited id is in references, and the dataset says
// when it was reviewed.
#include "calendar_date.hpp"
#include "lint_context.hpp"

namespace benefits::lint_detail {
namespace {

bool is_date(const std::string& s) { return !date_problem(s); }

void check_ref(const LintContext& cx, const std::string& id, const std::string& path) {
    if (!cx.data.find_reference(id)) cx.report("L10", path, cx.fill(cx.say().unknown_reference, {{"id", cx.quoted(id)}}));
}

void check_ids(const LintContext& cx, const std::vector<std::string>& ids, const std::string& path) {
    for (std::size_t k = 0; k < ids.size(); ++k) check_ref(cx, ids[k], path + "[" + std::to_string(k) + "]");
}

}  // namespace

void check_citations(const LintContext& cx) {
    const Dataset& d = cx.data;
    if (d.reviewed.empty()) cx.report("L10", "reviewed", std::string(cx.say().no_review_date));
    else if (!is_date(d.reviewed))
        cx.report("L10", "reviewed", cx.fill(cx.say().bad_review_date, {{"date", cx.quoted(d.reviewed)}}));
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
        const Claim& c = d.claims[i];
        bool cites = false;
        for (std::size_t j = 0; j < c.outcomes.size(); ++j) {
            const OutcomeRow& row = c.outcomes[j];
            const std::string at = row_path(i, j);
            cites = cites || !row.evidence.empty() || !row.observations.empty();
            for (std::size_t k = 0; k < row.evidence.size(); ++k)
                check_ref(cx, row.evidence[k].ref, at + ".evidence[" + std::to_string(k) + "].ref");
            for (std::size_t k = 0; k < row.observations.size(); ++k)
                check_ref(cx, row.observations[k].ref, at + ".observations[" + std::to_string(k) + "].ref");
            for (std::size_t k = 0; k < row.absolute.size(); ++k)
                check_ref(cx, row.absolute[k].ref, at + ".absolute[" + std::to_string(k) + "].ref");
        }
        // "No study was found" is an honest answer for a claim published as not supported; any other verdict
        // rests on sources.
        if (!cites && c.verdict != Verdict::NotSupported)
            cx.report("L10", claim_path(i) + ".outcomes", cx.fill(cx.say().no_source, {{"verdict", to_string(c.verdict)}}));
    }
    for (std::size_t i = 0; i < d.harms.size(); ++i)
        check_ids(cx, d.harms[i].sources, "harms[" + std::to_string(i) + "].source_ids");
    for (std::size_t i = 0; i < d.red_flags.size(); ++i)
        check_ids(cx, d.red_flags[i].sources, "red_flags[" + std::to_string(i) + "].source_ids");
}

}  // namespace benefits::lint_detail
