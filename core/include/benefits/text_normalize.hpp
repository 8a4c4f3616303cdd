// Folding text for search: lower case, accents removed, dashes unified, so "Cafeína" finds "cafeina".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace benefits {

std::string fold_for_search(std::string_view utf8);

// The folded query split on white space; empty words are dropped.
std::vector<std::string> search_words(std::string_view query);

}  // namespace benefits
