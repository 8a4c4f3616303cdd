// A loaded dataset with everything derived from it once: grades, counted evidence and the search index.
#pragma once

#include <vector>

#include "benefits/counted_evidence.hpp"
#include "benefits/grade.hpp"
#include "benefits/model.hpp"
#include "benefits/query.hpp"

namespace benefits {

struct Session {
    explicit Session(Dataset dataset);

    Dataset data;
    std::vector<Grade> grades;               // one per claim, same order
    std::vector<CountedEvidence> evidence;   // one per claim, same order
    Index index;
};

}  // namespace benefits
