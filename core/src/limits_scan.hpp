// Checks on the raw text before it is parsed: size and nesting depth, and readable syntax errors.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "benefits/load.hpp"

namespace benefits {

// A problem when the text is larger or nested deeper than the limits allow.
std::optional<Problem> scan_limits(std::string_view text, const Limits& limits);

// "syntax error at line 3, column 5: …" for text that does not parse as JSON.
std::string describe_syntax_error(std::string_view text);

}  // namespace benefits
