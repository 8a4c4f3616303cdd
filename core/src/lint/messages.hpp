// The linter's messages and fixes in the language the editor reads (LintOptions::messages), one table per
// language (messages_en.cpp, messages_es.cpp), filled by the core's template engine (Texts::fill). The rule
// table (rules.cpp) holds each rule's English fix; a table gives a fix of its own only for languages other
// than English. What a finding quotes from the dataset stays as the dataset has it.
#pragma once

#include <array>
#include <string_view>

#include "benefits/text.hpp"

namespace benefits::lint_detail {

// [0]: after one item, [1]: after several ("… states" / "… state").
using Numbered = std::array<std::string_view, 2>;

struct LintTexts {
    Lang lang;
    std::string_view open_quote, close_quote;
    std::string_view list_more;  // " and {n} more" after the first twelve
    std::string_view no_reason;  // "(no reason given)"
    // Each rule's title and fix, L1 … L17; empty: the rule table's (English).
    std::array<std::string_view, 17> titles;
    std::array<std::string_view, 17> fixes;

    // L1, L4, L11, L12, L16, L17: {words}
    std::string_view absolute, hedge, medicinal, testimonial, comparison, takes_away, names_effect;
    std::string_view name_or_label;  // L12: {message} ({rule})
    Numbered no_randomised;          // L2: {list}
    Numbered no_certainty;           // L3: {list}
    std::string_view no_certainty_fix;  // {example}
    Numbered too_firm;               // L3: {list} {certainty} {wording}
    std::string_view too_firm_fix;   // {example}
    // By Certainty (very low, low, moderate, high): its name in a message (empty: the data's word, "very-low"),
    // and the wording it calls for ("\"may …\"").
    std::array<std::string_view, 4> certainty;
    std::array<std::string_view, 4> wording;
    std::string_view other_route;    // L5: {verdict} {route} {rows}
    std::string_view no_harms;       // L6
    Numbered relative_effect;        // L7: {list}
    std::string_view population_vague, population_missing;  // L8: {text}
    std::string_view timepoint_vague, timepoint_missing;    // L8: {text}
    Numbered without_uncertainty;    // L9: {list}
    std::string_view unknown_reference;  // L10: {id}
    std::string_view no_review_date;
    std::string_view bad_review_date;    // {date}
    std::string_view no_source;          // {verdict}
    std::string_view figure_unsourced;   // L13: {list}
    std::string_view figure_unsourced_supported_fix;
    std::string_view figure_listed_supported;  // {list}
    std::string_view figure_listed_supported_fix;
    std::string_view invisible;          // L14: {where} {characters}
    std::string_view invisible_inside;   // {list}
    std::string_view bidi;               // {characters}
    Numbered mixed_scripts;              // {list} {scripts}
    std::array<std::string_view, 3> script;  // Latin, Greek, Cyrillic, as "… letters" names them
    std::string_view variation_selector, tag;  // a character's name after its code point
    std::string_view judged_higher, judged_lower;  // L15: {domain} {editor} {rule} {reason}
    Numbered large_effect;               // {n} {reason}
};

const LintTexts& lint_texts(Lang);
const LintTexts& lint_texts_en();
const LintTexts& lint_texts_es();

}  // namespace benefits::lint_detail
