#include <catch2/catch.hpp>

#include "benefits/wording.hpp"

using benefits::Certainty;
using benefits::Effect;
using benefits::EffectDirection;

TEST_CASE("the verb follows the certainty (GRADE guideline 26)") {
    Effect e{"oral magnesium", "how often migraine attacks happen", EffectDirection::Decrease};
    CHECK(plain_language(e, Certainty::High) == "Oral magnesium reduces how often migraine attacks happen.");
    CHECK(plain_language(e, Certainty::Moderate) ==
          "Oral magnesium probably reduces how often migraine attacks happen.");
    CHECK(plain_language(e, Certainty::Low) == "Oral magnesium may reduce how often migraine attacks happen.");
    CHECK(plain_language(e, Certainty::VeryLow) ==
          "The evidence is very uncertain about the effect of oral magnesium on how often migraine attacks "
          "happen.");
}

TEST_CASE("an increase and no difference are worded for each certainty") {
    Effect more{"IV magnesium", "side effects", EffectDirection::Increase};
    CHECK(plain_language(more, Certainty::High) == "IV magnesium increases side effects.");
    CHECK(plain_language(more, Certainty::Moderate) == "IV magnesium probably increases side effects.");
    CHECK(plain_language(more, Certainty::Low) == "IV magnesium may increase side effects.");

    Effect same{"IV magnesium", "pain at 30 minutes", EffectDirection::NoDifference};
    CHECK(plain_language(same, Certainty::High) == "IV magnesium results in little to no difference in pain at 30 minutes.");
    CHECK(plain_language(same, Certainty::Moderate) ==
          "IV magnesium probably results in little to no difference in pain at 30 minutes.");
    CHECK(plain_language(same, Certainty::Low) ==
          "IV magnesium may result in little to no difference in pain at 30 minutes.");
    CHECK(plain_language(same, Certainty::VeryLow) ==
          "The evidence is very uncertain about the effect of IV magnesium on pain at 30 minutes.");
}

TEST_CASE("an outcome no study measured says so whatever the certainty") {
    Effect e{"IV magnesium", "how deeply people sleep", EffectDirection::NotMeasured};
    CHECK(plain_language(e, Certainty::High) ==
          "No controlled study we found measured the effect of IV magnesium on how deeply people sleep.");
}

TEST_CASE("a value carrying a bidi override is isolated so it cannot reorder the rest of the sentence") {
    Effect e{"IV \u202Emagnesium", "pain", EffectDirection::Decrease};
    CHECK(plain_language(e, Certainty::Low) == "\u2068IV \u202Emagnesium\u2069 may reduce pain.");
    Effect plain{"IV magnesium", "pain", EffectDirection::Decrease};
    CHECK(plain_language(plain, Certainty::Low) == "IV magnesium may reduce pain.");
}
