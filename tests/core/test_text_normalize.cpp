#include <catch2/catch.hpp>

#include "benefits/query.hpp"
#include "benefits/session.hpp"
#include "benefits/text_normalize.hpp"
#include "disguises.hpp"
#include "fixtures.hpp"

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

TEST_CASE("invisible characters and bidi controls are removed") {
    for (const char* hidden : {"\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E", "\u202A",
                               "\u2066", "\u034F", "\U000E0041"}) {
        INFO(hidden);
        CHECK(fold_for_search(std::string("cu") + hidden + "re") == "cure");
    }
}

TEST_CASE("full-width and mathematical letters and digits read as plain ones (NFKC with case folding)") {
    CHECK(fold_for_search("\uFF23\uFF35\uFF32\uFF25 \uFF18\uFF17\uFF05") == "cure 87%");
    CHECK(fold_for_search("\U0001D41C\U0001D42E\U0001D42B\U0001D41E") == "cure");  // mathematical bold
    CHECK(fold_for_search("\uFB01rst \u2460") == "first 1");                          // ligature, circled digit
    CHECK(fold_for_search("\u0130stanbul \u1E9E") == "istanbul ss");
}

TEST_CASE("decimal digits of every script read as ASCII digits") {
    CHECK(fold_for_search("\u0668\u0667%") == "87%");         // Arabic-Indic
    CHECK(fold_for_search("\u06F8\u06F7\u066A") == "87%");    // Extended Arabic-Indic, Arabic percent sign
    CHECK(fold_for_search("\u096E\u096D") == "87");           // Devanagari
    CHECK(fold_for_search("\u09E6 \u0660") == "0 0");         // digits zero, not the letters they resemble
}

TEST_CASE("letters of other alphabets that look Latin read as the Latin letter; ASCII is never remapped") {
    CHECK(fold_for_search("\u0441u\u0440\u0435") == "cupe");                       // Cyrillic с, р, е
    CHECK(fold_for_search("\u0421\u0423\u0420\u0415 \u0412") == "cype b");         // capitals too
    CHECK(fold_for_search("\u03C1r\u03BFven \u0391") == "proven a");               // Greek ρ, ο, Α
    CHECK(fold_for_search("10 lo rn m Il1 0O vv w") == "10 lo rn m il1 0o vv w");  // ASCII stays itself
}

TEST_CASE("text under a right-to-left override reads in the order it is shown") {
    CHECK(fold_for_search("no \u202Estceffe edis\u202C here") == "no side effects here");
    CHECK(fold_for_search("\u202Eeruc") == "cure");
    // With other direction controls nested inside, the order is not simply reversed: only the controls go.
    CHECK(fold_for_search("\u202Eab\u2067cd\u2069\u202C") == "abcd");
}

TEST_CASE("Latin-1 and Latin Extended-A fold as they always have") {
    // What the core's hand-written table gave for U+00C0..U+017F before the Unicode tables ("" = unchanged).
    const char* const before[] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
        "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
    };
    for (char32_t cp = 0xC0; cp < 0x180; ++cp) {
        std::string utf8 = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
        std::string expected = *before[cp - 0xC0] ? before[cp - 0xC0] : utf8;
        INFO("U+" << std::hex << static_cast<unsigned>(cp));
        CHECK(fold_for_search(utf8) == expected);
    }
}

TEST_CASE("blank text: nothing but white space and invisible characters") {
    for (const char* blank : {"", " \t\r\n", "\u200B", "\u00AD\u2060 \uFEFF", "\u00A0\u3000", "\u202E\u202C"}) {
        INFO(blank);
        CHECK(benefits::is_blank(blank));
    }
    for (const char* shown : {"a", "\u200Bx", "-", "\u0668"}) {
        INFO(shown);
        CHECK_FALSE(benefits::is_blank(shown));
    }
}

TEST_CASE("search finds disguised words as a reader sees them") {
    auto ids_for = [](const std::string& title, const std::string& query) {
        auto doc = fixtures::mini();
        doc["claims"][3]["title"] = title;
        auto loaded = benefits::load(doc.dump());
        REQUIRE(loaded.ok());
        benefits::Session session(std::move(*loaded.dataset));
        std::vector<benefits::Problem> problems;
        auto q = benefits::parse_query(nlohmann::json{{"text", query}}.dump(), problems);
        std::vector<std::string> ids;
        for (auto i : session.index.run(q)) ids.push_back(session.data.claims[i].id);
        return ids;
    };
    for (const auto& [name, title] : disguises::all()) {
        INFO(name);
        CHECK(ids_for(title, "cure") == std::vector<std::string>{"big-trial"});
        CHECK(ids_for(title, "clinically proven") == std::vector<std::string>{"big-trial"});
    }
    // And the other way round: a disguised query finds the plain text.
    CHECK(ids_for(disguises::kPlain, "\uFF43\uFF55\uFF52\uFF45") == std::vector<std::string>{"big-trial"});
    CHECK(ids_for(disguises::kPlain, "\u0441u\u00ADre") == std::vector<std::string>{"big-trial"});
}
