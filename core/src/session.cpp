#include "benefits/session.hpp"

namespace benefits {
namespace {

std::vector<Grade> grade_all(const Dataset& data) {
    std::vector<Grade> grades;
    grades.reserve(data.claims.size());
    for (const auto& claim : data.claims) grades.push_back(grade(claim, data));
    return grades;
}

}  // namespace

Session::Session(Dataset dataset)
    : data(std::move(dataset)), grades(grade_all(data)), index(data, grades) {}

}  // namespace benefits
