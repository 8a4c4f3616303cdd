// L10: every claim cites a source, every cited id is in references, and the dataset says when it was reviewed.
#include "calendar_date.hpp"
#include "lint_context.hpp"

namespace benefits::lint_detail {
namespace {

bool is_date(const std::string& s) { return !date_problem(s); }

void check_ref(const LintContext& cx, const std::string& id, const std::string& path) {
    if (!cx.data.find_reference(id)) cx.report("L10", path, "cites " + quoted(id) + ", which is not in references");
}

void check_ids(const LintContext& cx, const std::vector<std::string>& ids, const std::string& path) {
    for (std::size_t k = 0; k < ids.size(); ++k) check_ref(cx, ids[k], path + "[" + std::to_string(k) + "]");
}

}  // namespace

void check_citations(const LintContext& cx) {
    const Dataset& d = cx.data;
    if (d.reviewed.empty()) cx.report("L10", "reviewed", "the dataset does not say when its claims were last checked");
    else if (!is_date(d.reviewed))
        cx.report("L10", "reviewed", quoted(d.reviewed) + " is not a review date in the form YYYY-MM-DD");
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
        const Claim& c = d.claims[i];
        const std::string at = claim_path(i);
        if (c.evidence.empty()) cx.report("L10", at + ".evidence", "the claim cites no source");
        for (std::size_t k = 0; k < c.evidence.size(); ++k)
            check_ref(cx, c.evidence[k].ref, at + ".evidence[" + std::to_string(k) + "].ref");
        for (std::size_t k = 0; k < c.absolute.size(); ++k)
            check_ref(cx, c.absolute[k].ref, at + ".absolute[" + std::to_string(k) + "].ref");
    }
    for (std::size_t i = 0; i < d.harms.size(); ++i)
        check_ids(cx, d.harms[i].sources, "harms[" + std::to_string(i) + "].source_ids");
    for (std::size_t i = 0; i < d.red_flags.size(); ++i)
        check_ids(cx, d.red_flags[i].sources, "red_flags[" + std::to_string(i) + "].source_ids");
}

}  // namespace benefits::lint_detail
