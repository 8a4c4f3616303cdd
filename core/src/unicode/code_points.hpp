// Code points: UTF-8 decoding and what the generated tables say about one code point.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "unicode/unicode_tables.hpp"

namespace benefits::unicode {

// Decodes one UTF-8 sequence at text[i]; returns its length, or 0 when it is not valid there (overlong forms,
// surrogates and values past U+10FFFF included).
std::size_t decode(std::string_view text, std::size_t i, char32_t& out);

void append_utf8(std::string& out, char32_t cp);

inline constexpr std::size_t kNoFold = static_cast<std::size_t>(-1);

// The range of the fold table that holds cp, or kNoFold when cp folds to itself.
std::size_t find_fold(char32_t cp);

// Appends what cp folds to (see scripts/gen-unicode-tables.py), given its range; cp itself for kNoFold.
void append_folded(std::string& out, char32_t cp, std::size_t range);

// What happens to the code points of a range (kNoFold: Shift, to themselves).
inline FoldKind fold_kind(std::size_t range) { return range == kNoFold ? FoldKind::Shift : kFoldKind[range]; }

Script script_of(char32_t cp);

}  // namespace benefits::unicode
