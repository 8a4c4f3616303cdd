// The one text normalisation of the core, shared by search and the linter, so that what a reader sees is
// what both of them read: Unicode NFKC with case folding (full-width and mathematical letters become plain
// ones), default-ignorable code points and bidi controls removed (soft hyphens, zero-width spaces and
// joiners, word joiners), accents removed ("Cafeína" finds "cafeina"), decimal digits of every script as
// ASCII digits ("٨٧" reads 87), non-ASCII letters that look like Latin ones as those letters (Cyrillic "с"
// reads "c"; ASCII is never mapped to other ASCII), dashes and typographic quotes as plain ones. Text under
// a right-to-left override is read in the order it is shown. Built from Unicode's data files
// (scripts/gen-unicode-tables.py); docs/linter.md says what is and is not covered.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace benefits {

std::string fold_for_search(std::string_view utf8);

// The folded query split on white space; empty words are dropped.
std::vector<std::string> search_words(std::string_view query);

// Nothing a reader would see: empty, or only white space and invisible characters.
bool is_blank(std::string_view utf8);

}  // namespace benefits
