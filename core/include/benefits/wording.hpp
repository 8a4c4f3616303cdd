// Plain-language statements in the GRADE guideline 26 style: the verb follows the certainty.
#pragma once

#include <string>

#include "benefits/model.hpp"

namespace benefits {

// high: "X reduces Y."; moderate: "X probably reduces Y."; low: "X may reduce Y.";
// very low: "The evidence is very uncertain about the effect of X on Y."
// not measured: "No controlled study we found measured the effect of X on Y.", whatever the certainty.
std::string plain_language(const Effect& effect, Certainty certainty);

}  // namespace benefits
