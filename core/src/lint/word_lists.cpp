#include "word_lists.hpp"

namespace benefits::lint_detail {

Lexicon::Phrases Lexicon::phrases(const Language& language, std::string_view rule, Words listed) {
    Phrases p;
    p.store = family_phrases(language, rule);
    for (auto w : listed) p.store.emplace_back(w);
    for (const auto& s : p.store) p.views.push_back(s);
    return p;
}

Lexicon::Lexicon(const Language& language)
    : language_(language),
      l1_(phrases(language, "L1")),
      l4_(phrases(language, "L4")),
      l11_(phrases(language, "L11")),
      l12_(phrases(language, "L12")),
      complaints_(phrases(language, "L12 complaint", language.diseases)),
      effects_(phrases(language, "L12 effect")),
      products_(phrases(language, "L12 product")),
      l16_(phrases(language, "L16")),
      l17_(phrases(language, "L17")),
      l2_(phrases(language, "L2", language.efficacy_words)),
      l3_(phrases(language, "L3", language.strong_present)) {}

const Lexicon& lexicon(const Language& language) {
    static const Lexicon en(tables_en());
    static const Lexicon es(tables_es());
    return &language == &tables_es() ? es : en;
}

const Lexicon& lexicon_en() { return lexicon(tables_en()); }

}  // namespace benefits::lint_detail
