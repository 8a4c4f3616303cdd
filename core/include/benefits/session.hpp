// A loaded dataset with everything derived from it once: counted evidence and grades per outcome row, and the
// search index.
#pragma once

#include <optional>
#include <vector>

#include "benefits/counted_evidence.hpp"
#include "benefits/grade.hpp"
#include "benefits/model.hpp"
#include "benefits/query.hpp"

namespace benefits {

struct RowResult {
    CountedEvidence evidence;
    std::optional<Grade> grade;  // nullopt: no body of evidence, no certainty
};

struct ClaimResult {
    CountedEvidence evidence;       // the claim as a whole (count_evidence(const Claim&, …))
    std::vector<RowResult> rows;    // one per outcome row, same order
    // The headline row's certainty (the first row), nullopt when it has none.
    std::optional<Certainty> certainty() const;
};

struct Session {
    explicit Session(Dataset dataset);
    Session(const Session&) = delete;  // the index points into data: a Session stays where it was built
    Session& operator=(const Session&) = delete;

    Dataset data;
    std::vector<ClaimResult> results;  // one per claim, same order
    Index index;
};

}  // namespace benefits
