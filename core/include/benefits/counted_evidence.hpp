// What evidence adds up to, each source counted once: for one outcome row, and for a whole claim (the union of
// its rows). Computed once by the Session and used by everything that shows a count or grades.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "benefits/model.hpp"

namespace benefits {

// How a design enters grading. Guidelines and narrative reviews are never graded.
enum class DesignClass { NotGraded, Uncontrolled, NonRandomised, Randomised };
DesignClass classify(Design);
bool is_pooled(Design);  // meta-analysis, systematic review, Cochrane review

struct CountedEvidence {
    // Distinct source ids cited in `evidence` links (studies with a comparison group) for each role, in the
    // order first cited. A source cited for several findings is one source; a source cited for two roles is in
    // both lists. Observation links never count here, whatever role they give.
    std::vector<std::string> supports, contradicts, context;
    // Distinct sources cited only as uncontrolled observations: a source that is also in some row's evidence
    // is counted under its roles there, not here.
    std::vector<std::string> observations;
    // The body of evidence that is graded: distinct sources of `evidence` links that support or contradict,
    // of the best design class among them (weaker designs in the same row are listed, not graded).
    std::vector<std::string> body;
    DesignClass best = DesignClass::NotGraded;
    bool body_supports = false, body_contradicts = false;  // some body source has that role
    std::set<Route> routes;             // routes of the body's sources
    bool route_matches = false;         // a body source used the row's route (for a claim: the dataset's route)
    // Participants of the body, each source once: the sum over trials, or the largest review when that is
    // more (reviews pool the very trials cited beside them). Up to 100 million per source: size_t.
    std::size_t participants = 0;
    bool participants_from_review = false;  // the figure is the largest review's, not a sum of trials

    const std::vector<std::string>& of(Role role) const;
};

CountedEvidence count_evidence(const OutcomeRow&, const Dataset&);
// The claim as a whole: distinct sources over all its rows; body and participants over all rows' bodies;
// route_matches against the dataset's route.
CountedEvidence count_evidence(const Claim&, const Dataset&);

}  // namespace benefits
