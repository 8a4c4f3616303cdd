// A JSON number's text to the nearest double, rounded as strtod rounds it (to nearest, ties to even), without
// strtod: musl's strtod does its arithmetic in 128-bit long double, which WebAssembly emulates in software, and
// the two were about 14 KB of the page's module. Most numbers take the exact fast path (at most 19 digits, a
// small power of ten); the rest are worked out exactly with big integers.
#pragma once

#include <string_view>

namespace benefits {

// text must be a JSON number (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?). Too large: ±infinity; too small:
// ±0.
double decimal_to_double(std::string_view text);

}  // namespace benefits
