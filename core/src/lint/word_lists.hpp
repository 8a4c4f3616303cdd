// The words and phrases the rules look for, in one language: the families (families_en.cpp, families_es.cpp)
// expanded into phrases, with the tables' listed words; lower case, hyphens written as spaces.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "families.hpp"

namespace benefits::lint_detail {

class Lexicon {
public:
    explicit Lexicon(const Language& language);
    Lexicon(const Lexicon&) = delete;
    Lexicon& operator=(const Lexicon&) = delete;

    const Language& language() const { return language_; }

    Words banned_absolutes() const { return l1_.views; }                 // L1
    Words hedges() const { return l4_.views; }                           // L4
    Words medicinal_openers() const { return l11_.views; }               // L11: "treats migraine"
    Words name_words() const { return l12_.views; }                      // L12: "Migraine Killer"
    Words complaints() const { return complaints_.views; }               // L12: with a name word; diseases too
    Words name_effects() const { return effects_.views; }                // L12: "Sleep Improvement Drip"
    Words products() const { return products_.views; }                   // L12
    Words endorsements() const { return l16_.views; }                    // L16
    Words comparisons() const { return l17_.views; }                     // L17
    Words medicinal_nouns_after_disease() const { return language_.nouns_after_disease; }  // L11
    Words diseases() const { return language_.diseases; }                // L11
    Words efficacy_words() const { return l2_.views; }                   // L2: any inflection, plus nouns
    Words strong_present() const { return l3_.views; }                   // L3: "reduces", "is effective"
    Words strong_base() const { return language_.strong_base; }          // L3: after "can" or "will"
    Words strong_modals() const { return language_.strong_modals; }      // L3: "can", "will"
    Words plural_subjects() const { return language_.plural_subjects; }  // L3: "drips reduce"

private:
    struct Phrases {
        std::vector<std::string> store;
        std::vector<std::string_view> views;
    };
    static Phrases phrases(const Language& language, std::string_view rule, Words listed = {});

    const Language& language_;
    Phrases l1_, l4_, l11_, l12_, complaints_, effects_, products_, l16_, l17_, l2_, l3_;
};

// The lexicon of a language's tables, built once for the life of the program.
const Lexicon& lexicon(const Language& language);
// English, the default.
const Lexicon& lexicon_en();

}  // namespace benefits::lint_detail
