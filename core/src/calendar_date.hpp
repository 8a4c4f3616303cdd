// The format's dates ("reviewed": YYYY-MM-DD): real calendar days (days per month, leap years) in the years
// kFirstYear to kLastYear (docs/format.md; data/claims.schema.json's pattern says the same).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace benefits {

inline constexpr int kFirstYear = 1900, kLastYear = 2099;

// Why `text` is not such a date, e.g. "2024-02-31" is not a date: February 2024 has 29 days; nullopt when it is.
std::optional<std::string> date_problem(std::string_view text);

}  // namespace benefits
