// L5: a claim published as supported whose supporting studies all gave magnesium another way.
#include <set>

#include "lint_context.hpp"

namespace benefits::lint_detail {
namespace {

// What the grading already does about it, for the message.
std::string indirectness_in_grade(const Grade& g, Route route) {
    for (const auto& step : g.steps) {
        if (step.domain != Domain::Indirectness) continue;
        std::string levels = std::to_string(-step.change) + (step.change == -1 ? " level" : " levels");
        return step.automatic ? "the certainty rule already marks it down " + levels + " for indirectness"
                              : "the editor's indirectness judgement already marks it down " + levels;
    }
    return "the certainty rule does not mark it down, because a counted source against the claim used " +
           std::string(to_string(route));
}

}  // namespace

void check_route(const LintContext& cx) {
    const Dataset& d = cx.data;
    if (d.route == Route::Mixed) return;
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
        const Claim& c = d.claims[i];
        if (!brief_is_asserted(c)) continue;
        std::set<std::string> other_routes;
        bool same_route = false, any = false;
        for (const auto& link : c.evidence) {
            const Reference* ref = d.find_reference(link.ref);
            if (link.role != Role::Supports || !ref || !counts_for_grading(link, *ref)) continue;
            any = true;
            if (!ref->route || *ref->route == d.route || *ref->route == Route::Mixed) same_route = true;
            else other_routes.insert(std::string(to_string(*ref->route)));
        }
        if (!any || same_route) continue;
        std::string routes;
        for (const auto& r : other_routes) routes += (routes.empty() ? "" : ", ") + r;
        cx.report("L5", claim_path(i) + ".evidence",
                  "the claim is published as " + std::string(to_string(c.verdict)) + " for " +
                      std::string(to_string(d.route)) + ", but every study that supports it used another route (" +
                      routes + "); " + indirectness_in_grade(cx.grades[i], d.route));
    }
}

}  // namespace benefits::lint_detail
