// Plain-language statements in the GRADE guideline 26 style, in the language asked (words: text.hpp): the verb follows the certainty, the comparator
// and the size of the effect are named.
#pragma once

#include <optional>
#include <string>

#include "benefits/model.hpp"
#include "benefits/text.hpp"

namespace benefits {

// "Compared with placebo, IV magnesium may result in little to no difference in pain 30 minutes after the
// infusion." high: "reduces"; moderate: "probably reduces"; low: "may reduce"; very low: "the evidence is very
// uncertain about the effect of X on Y"; a slight effect adds "slightly". With no certainty (the row has no
// body of evidence) it says that no study was found, or that only reports without a comparison group exist.
std::string row_statement(const OutcomeRow& row, std::optional<Certainty> certainty, Lang lang = Lang::En);

// An absolute effect in words: "37 more people in every 100 had side effects (between 6 and 68 more)";
// "7 fewer people in every 100 had relief (between 23 fewer and 9 more)"; a mean difference with its scale.
std::string absolute_text(const AbsoluteEffect& effect, const OutcomeRow& row, Lang lang = Lang::En);

// A measurement as the source gives it, to at most two decimals, without trailing zeros: 9.73, 1.9, 3; with
// point ',' in Spanish (9,73). Rounded from the exact binary value, ties to even, as printf("%.2f") rounds.
std::string decimal(double value, char point = '.');

}  // namespace benefits
