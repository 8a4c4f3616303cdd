#include <catch2/catch.hpp>

#include "benefits/text_normalize.hpp"

using benefits::fold_for_search;

TEST_CASE("search folding ignores case and accents") {
    CHECK(fold_for_search("Cafeína CITRATE") == "cafeina citrate");
    CHECK(fold_for_search("Müller, Ávila, Ørsted, Łódź") == "muller, avila, orsted, lodz");
    CHECK(fold_for_search("Straße Æther") == "strasse aether");
}

TEST_CASE("dashes and no-break spaces fold to plain ones") {
    CHECK(fold_for_search("80\u201393%") == "80-93%");
    CHECK(fold_for_search("2\u00a0g") == "2 g");
}

TEST_CASE("text that is not UTF-8 passes through without harm") {
    std::string broken = "ab\xC3";
    CHECK(fold_for_search(broken) == broken);
    CHECK(fold_for_search("\xFF\xFE") == "\xFF\xFE");
}

TEST_CASE("a query splits into folded words") {
    CHECK(benefits::search_words("  Migraña   AURA ") == std::vector<std::string>{"migrana", "aura"});
    CHECK(benefits::search_words("   ").empty());
}
