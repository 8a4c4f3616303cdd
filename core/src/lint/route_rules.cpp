// L5: a claim published as supported (partly supported, contested) for the clinic's route when no outcome row about that route has a body of
// evidence but a row about another route has (e.g. only oral trials behind a claim about infusions).
#include <set>

#include "lint_context.hpp"

namespace benefits::lint_detail {
namespace {

// A row of route "mixed" (e.g. a review pooling IV and oral trials) includes the clinic's route.
bool about_route(const OutcomeRow& row, Route route) { return row.route == route || row.route == Route::Mixed; }

}  // namespace

void check_route(const LintContext& cx) {
    const Dataset& d = cx.data;
    if (d.route == Route::Mixed) return;
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
        const Claim& c = d.claims[i];
        if (!brief_is_asserted(c) || c.outcomes.empty()) continue;
        bool same_route = false;
        std::vector<std::string> other_rows;  // "outcomes[1] (oral)"
        for (std::size_t j = 0; j < c.outcomes.size(); ++j) {
            const RowResult* result = cx.row_result(i, j);
            if (!result || result->evidence.body.empty()) continue;
            if (about_route(c.outcomes[j], d.route)) same_route = true;
            else
                other_rows.push_back("outcomes[" + std::to_string(j) + "] (" +
                                     std::string(to_string(c.outcomes[j].route)) + ")");
        }
        // As the view's `indirect`: only when some other route's row has graded evidence. A claim with no graded
        // evidence at all is not a question of route (L2 judges its wording).
        if (same_route || other_rows.empty()) continue;
        cx.report("L5", claim_path(i) + ".outcomes",
                  cx.fill(cx.say().other_route, {{"verdict", to_string(c.verdict)},
                                                 {"route", to_string(d.route)},
                                                 {"rows", cx.joined(other_rows)}}));
    }
}

}  // namespace benefits::lint_detail
