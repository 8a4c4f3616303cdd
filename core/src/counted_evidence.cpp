#include "benefits/counted_evidence.hpp"

#include <algorithm>
#include <unordered_set>

#include "benefits/grade.hpp"

namespace benefits {
namespace {

bool is_pooled(Design d) {
    return d == Design::MetaAnalysis || d == Design::SystematicReview || d == Design::CochraneReview;
}

}  // namespace

const std::vector<std::string>& CountedEvidence::of(Role role) const {
    return role == Role::Supports ? supports : role == Role::Contradicts ? contradicts : context;
}

CountedEvidence count_evidence(const Claim& c, const Dataset& data) {
    CountedEvidence e;
    std::unordered_set<std::string> seen[3], counted;
    std::size_t in_trials = 0, in_largest_review = 0;
    for (const auto& link : c.evidence) {
        auto& cited = link.role == Role::Supports      ? e.supports
                      : link.role == Role::Contradicts ? e.contradicts
                                                       : e.context;
        if (seen[static_cast<std::size_t>(link.role)].insert(link.ref).second) cited.push_back(link.ref);
        const Reference* ref = data.find_reference(link.ref);
        if (!ref || !counts_for_grading(link, *ref)) continue;
        if (ref->route) e.routes.insert(*ref->route);
        e.route_matches |= ref->route == data.route;
        if (!counted.insert(ref->id).second) continue;
        auto people = static_cast<std::size_t>(std::max(0, ref->n_total.value_or(0)));
        if (is_pooled(ref->design)) in_largest_review = std::max(in_largest_review, people);
        else in_trials += people;
    }
    e.counted = counted.size();
    e.participants = std::max(in_trials, in_largest_review);
    return e;
}

}  // namespace benefits
