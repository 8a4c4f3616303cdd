// What a claim's evidence adds up to, each source counted once: the sources cited for each role, the sources
// that enter the grade, their routes and their participants. Computed once per claim by the Session and used
// by everything that shows a count.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "benefits/model.hpp"

namespace benefits {

struct CountedEvidence {
    // Distinct source ids cited for each role, in the order first cited. A source cited for several findings
    // is one source; a source cited for two roles is in both lists.
    std::vector<std::string> supports, contradicts, context;
    std::size_t counted = 0;           // distinct sources that enter the grade (counts_for_grading)
    std::set<Route> routes;            // routes of those sources
    bool route_matches = false;        // one of them gave magnesium the dataset's way
    // Participants of those sources, each once: the sum over trials, or the largest review when that is more
    // (reviews pool the very trials cited beside them). Up to 100 million per source: the sum needs size_t.
    std::size_t participants = 0;

    const std::vector<std::string>& of(Role role) const;
};

CountedEvidence count_evidence(const Claim&, const Dataset&);

}  // namespace benefits
