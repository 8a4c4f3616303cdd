// Code points: UTF-8 decoding and what the generated tables say about one code point.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "unicode/unicode_tables.hpp"

namespace benefits::unicode {

// Decodes one UTF-8 sequence at text[i]; returns its length, or 0 when it is not valid there.
std::size_t decode(std::string_view text, std::size_t i, char32_t& out);

void append_utf8(std::string& out, char32_t cp);

// The range of the fold table that holds cp, or nullptr when cp folds to itself.
const FoldRange* find_fold(char32_t cp);

// Appends what cp folds to (see scripts/gen-unicode-tables.py); cp itself when the table does not list it.
void append_folded(std::string& out, char32_t cp, const FoldRange* range);

Script script_of(char32_t cp);

}  // namespace benefits::unicode
