// Checks on the raw text before it is parsed: size and nesting depth, and readable syntax errors.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "benefits/load.hpp"

namespace benefits {

// A problem when the text is larger or nested deeper than the limits allow.
std::optional<Problem> scan_limits(std::string_view text, const Limits& limits);

// The problem for a document of `bytes` bytes over limits.max_bytes, or for a query over limits.max_query;
// nullopt within the limit. (scan_limits and parse_query report these; the bindings use them to refuse a
// large text before copying it into the module's memory.)
std::optional<Problem> document_size_problem(std::size_t bytes, const Limits& limits);
std::optional<Problem> query_size_problem(std::size_t bytes, const Limits& limits);

// What follows "invalid JSON" for text that does not parse: "at line 3, column 5: syntax error …", or for a
// comma before '}' or ']': ": a trailing comma before '}' (line 3, column 5): remove it".
std::string describe_syntax_error(std::string_view text);
// The problem of a text that does not parse: (root) "invalid JSON at line 3, …" (the loader's and a
// translation's).
Problem invalid_json_problem(std::string_view text);

}  // namespace benefits
