// Synonym and idiom families per rule, kept as data: one table per language (English: families_en.cpp).
//
// A pattern is lower-case words separated by spaces (hyphens are written as spaces, as ScanText reads them):
//   {cure}            the word and its inflections: cure, cures, cured, curing (inflect())
//   <ease>            the present forms only: ease, eases, easing (past tense reports a study)
//   get|gets|got      alternatives for one word
//   ~                 a gap of one to three words ("kiss ~ goodbye": "kiss your headaches goodbye")
// expand() turns a pattern into the phrases it stands for (a gap stays as "~").
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace benefits::lint_detail {

struct Family {
    std::string_view rule;  // "L1", "L4", "L11" (verbs and nouns that open a medicinal claim), "L12" (names
                            // only), "L16", "L17", "L2" (efficacy words), "L3" (present-tense efficacy)
    std::string_view name;  // what the family means, e.g. "cure"
    std::span<const std::string_view> patterns;
};

// English.
std::span<const Family> families_en();

// cure -> cure, cures, cured, curing; cry -> cry, cries, cried, crying; fix -> fix, fixes, fixed, fixing.
std::vector<std::string> inflect(std::string_view verb);
// The phrases a pattern stands for.
std::vector<std::string> expand(std::string_view pattern);
// Every phrase of every family of a rule, expanded, each once.
std::vector<std::string> family_phrases(std::span<const Family> families, std::string_view rule);

}  // namespace benefits::lint_detail
