#include "benefits/session.hpp"

namespace benefits {
namespace {

std::vector<Grade> grade_all(const Dataset& data) {
    std::vector<Grade> grades;
    grades.reserve(data.claims.size());
    for (const auto& claim : data.claims) grades.push_back(grade(claim, data));
    return grades;
}

std::vector<CountedEvidence> count_all(const Dataset& data) {
    std::vector<CountedEvidence> counted;
    counted.reserve(data.claims.size());
    for (const auto& claim : data.claims) counted.push_back(count_evidence(claim, data));
    return counted;
}

}  // namespace

Session::Session(Dataset dataset)
    : data(std::move(dataset)), grades(grade_all(data)), evidence(count_all(data)), index(data, grades, evidence) {}

}  // namespace benefits
