#include "benefits/session.hpp"

namespace benefits {
namespace {

// Each row's evidence is counted once and graded from that count; the claim's own count is the union of its
// rows. Nothing downstream (view, search, linter) counts or grades again.
std::vector<ClaimResult> derive_all(const Dataset& data) {
    std::vector<ClaimResult> results;
    results.reserve(data.claims.size());
    for (const auto& claim : data.claims) {
        ClaimResult result;
        result.evidence = count_evidence(claim, data);
        result.rows.reserve(claim.outcomes.size());
        for (const auto& row : claim.outcomes) {
            RowResult r;
            r.evidence = count_evidence(row, data);
            r.grade = grade(row, r.evidence, data);
            result.rows.push_back(std::move(r));
        }
        results.push_back(std::move(result));
    }
    return results;
}

}  // namespace

std::optional<Certainty> ClaimResult::certainty() const {
    if (rows.empty() || !rows.front().grade) return std::nullopt;
    return rows.front().grade->result;
}

Session::Session(Dataset dataset) : data(std::move(dataset)), results(derive_all(data)), index(data, results) {}

}  // namespace benefits
