// The words and phrases the wording rules look for, in lower case; hyphens are written as spaces.
#pragma once

#include <span>
#include <string_view>

namespace benefits::lint_detail {

// The families (families_en.cpp) expanded, with the listed words below.
std::span<const std::string_view> banned_absolutes();  // L1
std::span<const std::string_view> hedges();            // L4
std::span<const std::string_view> medicinal_openers(); // L11: "treats migraine", "treatment for migraine"
std::span<const std::string_view> name_words();        // L12: "Migraine Killer", "Immune Shield"
std::span<const std::string_view> complaints();        // L12: with a name word ("Pain Away"); diseases too
std::span<const std::string_view> endorsements();      // L16: "doctor recommended", "our clients say"
std::span<const std::string_view> comparisons();       // L17: "better than", "nothing beats"
std::span<const std::string_view> medicinal_nouns_after_disease();   // L11: "migraine treatment"
std::span<const std::string_view> diseases();          // L11
std::span<const std::string_view> efficacy_words();    // L2: any inflection, plus outcome nouns
std::span<const std::string_view> strong_present();    // L3: "reduces", "works", "is effective"
std::span<const std::string_view> strong_base();       // L3: after "can" or "will": "can reduce"
std::span<const std::string_view> strong_modals();     // L3: "can", "will"
std::span<const std::string_view> plural_subjects();   // L3: "drips reduce", "infusions work"

}  // namespace benefits::lint_detail
