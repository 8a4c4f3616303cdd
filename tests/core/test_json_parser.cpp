// The core's own JSON parser and number conversions against the references they replace: nlohmann's parser
// (the same texts accepted, the same trees), glibc's strtod (the same double for every number, hard cases
// included) and printf("%.2f") (the same two decimals).
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "benefits/wording.hpp"
#include "json/decimal_to_double.hpp"
#include "json/limits_scan.hpp"
#include "json/streaming_parse.hpp"

using benefits::Json;
using Catch::Matchers::Contains;

namespace {

std::uint64_t bits_of(double value) {
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

void same_as_strtod(const std::string& text) {
    INFO(text.substr(0, 120) << (text.size() > 120 ? "…" : "") << " (" << text.size() << " characters)");
    const double expected = std::strtod(text.c_str(), nullptr);
    CHECK(bits_of(benefits::decimal_to_double(text)) == bits_of(expected));
}

// A long double (64-bit mantissa on x86-64) holds the point halfway between two doubles exactly; glibc prints
// its exact decimal expansion.
std::string exact_decimal(long double value, int digits) {
    std::vector<char> buffer(static_cast<std::size_t>(digits) + 32);
    std::snprintf(buffer.data(), buffer.size(), "%.*Le", digits, value);
    return buffer.data();
}

benefits::StreamingParse parse(const std::string& text) { return benefits::parse_whole(text, benefits::Limits{}); }

}  // namespace

TEST_CASE("a number's text becomes the double strtod gives") {
    SECTION("cases that break naive conversions") {
        for (const char* text :
             {"0", "-0", "0.0", "-0.0", "1", "1.5", "0.1", "0.2", "0.3", "1e23", "8.41e21", "9007199254740993",
              "9007199254740992.5", "9007199254740993.0000000001", "2.2250738585072011e-308",
              "2.2250738585072012e-308", "2.2250738585072014e-308", "4.9406564584124654e-324",
              "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "1.7976931348623157e308",
              "1.7976931348623158e308", "1.7976931348623159e308", "1e308", "1e309", "123456789012345678901234567890",
              "0.000000000000000000000000000000000000000000001", "1e-22", "1e22", "123e-22", "4503599627370497.5",
              "18446744073709551616", "-18446744073709551617", "7.038531e-26", "3.0540412e5", "1E+2", "1e-0",
              "0.5", "2.5", "1.005", "1000000000000000000000000e-24"}) {
            same_as_strtod(text);
        }
    }
    SECTION("numbers of every shape, at random") {
        std::mt19937_64 random(20261206);
        for (int n = 0; n < 200000; ++n) {
            std::string text = random() % 4 == 0 ? "-" : "";
            const int digits = 1 + static_cast<int>(random() % 25);
            const int point = static_cast<int>(random() % (digits + 1));
            for (int i = 0; i < digits; ++i) {
                if (i == point && i > 0) text += '.';
                text += static_cast<char>('0' + (i == 0 && digits > 1 && point != 1 ? 1 + random() % 9 : random() % 10));
            }
            if (random() % 2) text += "e" + std::to_string(static_cast<int>(random() % 700) - 350);
            same_as_strtod(text);
        }
    }
    SECTION("the points halfway between two doubles, and a hair either side") {
        std::mt19937_64 random(7);
        for (int n = 0; n < 3000; ++n) {
            double low;
            do {
                const std::uint64_t bits = random() & 0x7FEFFFFFFFFFFFFFull;
                std::memcpy(&low, &bits, sizeof low);
            } while (!std::isfinite(low) || low == 0 || !std::isfinite(std::nextafter(low, INFINITY)));
            const double high = std::nextafter(low, INFINITY);
            const long double halfway = (static_cast<long double>(low) + high) / 2;
            const std::string exact = exact_decimal(halfway, 800);
            const auto e = exact.find('e');
            same_as_strtod(exact);                                               // a tie: to even
            same_as_strtod(exact.substr(0, e) + "0001" + exact.substr(e));       // above: up, past 800 digits
            std::string below = exact.substr(0, e);
            while (below.back() == '0') below.pop_back();
            if (below.back() != '.') {
                below.back() = static_cast<char>(below.back() - 1);
                same_as_strtod(below + std::string(40, '9') + exact.substr(e));  // below: down
            }
        }
    }
    SECTION("digits past what any double needs") {
        same_as_strtod("1." + std::string(5000, '0') + "1");
        same_as_strtod(std::string(400, '9'));
        same_as_strtod("0." + std::string(330, '0') + std::string(900, '7'));
    }
}

TEST_CASE("the parser accepts what nlohmann accepts and builds the same tree") {
    for (const std::string& text : std::vector<std::string>{
             R"({"a":[1,-2,3.5,true,false,null,"x"],"b":{"c":{}},"d":[]})", " [ ] ", "\xEF\xBB\xBF{}", "\"\\u00e9\\ud83d\\ude00\"",
          R"("\"\\\/\b\f\n\r\t")", "-0", "-0.0", "1E400", "18446744073709551615", "18446744073709551616",
          "-9223372036854775808", "-9223372036854775809", R"({"a":1,"a":2})", "[1,]", "{\"a\":1,}", "[01]", "[1.]",
          "[.5]", "[-]", "[1e]", "tru", "nulll", "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800\\u0041\"]",
          "[\"\\x\"]", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xE2\x82\"", "\"caf\xC3\xA9\"",
          std::string("\"a\0b\"", 5), "\"\x7F\"", "\"\t\"", "{\"a\" 1}", "{1:2}", "[1 2]", "{} {}", "", "   ",
          "\xEF\xBB", "'a'", "\xE2\x80\x9C" "a\xE2\x80\x9D", "[[[[[[]]]]]]", "{\"\":\"\"}", "123abc", "1 ",
          "\n\r\t 1 \n"}) {
        INFO(text);
        const Json dom = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
        const auto mine = parse(text);
        REQUIRE(mine.ok == !dom.is_discarded());
        if (mine.ok) CHECK(mine.root == dom);
        if (mine.ok && dom.is_number()) CHECK(mine.root.type() == dom.type());
    }
}

TEST_CASE("syntax errors name what is wrong, where") {
    CHECK(benefits::describe_syntax_error("{\n  \"a\": 1,\n}") ==
          ": a trailing comma before '}' (line 2, column 9): remove it");
    CHECK(benefits::describe_syntax_error("[1,\n2,]") == ": a trailing comma before ']' (line 2, column 2): remove it");
    CHECK(benefits::describe_syntax_error("{\"a\": tru}") == "at line 1, column 7: syntax error: invalid literal; expected true");
    CHECK(benefits::describe_syntax_error("{\"a\": \xE2\x80\x9Cx\xE2\x80\x9D}") ==
          "at line 1, column 7: syntax error: unexpected character U+201C; expected a value (JSON puts text in "
          "straight double quotes \", not typographic ones)");
    // Named by number: a bidi override echoed into the message would turn the rest of it around on screen.
    CHECK(benefits::describe_syntax_error("[\xE2\x80\xAE]") ==
          "at line 1, column 2: syntax error: unexpected character U+202E; expected a value");
    CHECK(benefits::describe_syntax_error("[\xF0\x9F\x98\x80]") ==
          "at line 1, column 2: syntax error: unexpected character U+1F600; expected a value");
    CHECK(benefits::describe_syntax_error("{'a': 1}") ==
          "at line 1, column 2: syntax error: unexpected '''; expected a member name in quotes (JSON puts text in "
          "double quotes \")");
    CHECK(benefits::describe_syntax_error("[\"a\nb\"]") ==
          "at line 1, column 4: syntax error: control character U+000A inside a string; write it as \\u000A");
    CHECK(benefits::describe_syntax_error("{\"a\":1} x") ==
          "at line 1, column 9: syntax error: unexpected 'x' after the end of the document; expected nothing more");
    CHECK(benefits::describe_syntax_error("[\"\\ud83d\"]") ==
          "at line 1, column 3: syntax error: \\uD83D is a high surrogate; a low surrogate \\uDC00 to \\uDFFF must "
          "follow it");
    const std::string huge = benefits::describe_syntax_error("[" + std::string(100000, '9') + "]");
    CHECK_THAT(huge, Contains("at line 1, column 2: number overflow parsing '999") && Contains("9…'"));
    CHECK(huge.size() < 200);
    // nlohmann's lexer ends the text at a NUL byte and accepted what follows; the core does not.
    CHECK(benefits::describe_syntax_error(std::string("[1]\0\0garbage", 13)) ==
          "at line 1, column 4: syntax error: unexpected control character U+0000 after the end of the document; "
          "expected nothing more");
    CHECK(benefits::describe_syntax_error("[1, 2]") == "could not be read");  // valid: nothing to describe
}

TEST_CASE("two decimals, rounded as printf rounds them") {
    CHECK(benefits::decimal(9.734) == "9.73");
    CHECK(benefits::decimal(1.9) == "1.9");
    CHECK(benefits::decimal(3) == "3");
    CHECK(benefits::decimal(-0.001) == "0");
    CHECK(benefits::decimal(1.005) == "1");     // stored as 1.00499999…
    CHECK(benefits::decimal(0.125) == "0.12");  // an exact tie: to even
    CHECK(benefits::decimal(0.375) == "0.38");
    CHECK(benefits::decimal(-2.5, ',') == "-2,5");
    std::mt19937_64 random(3);
    for (int n = 0; n < 100000; ++n) {
        const double scale = std::pow(10.0, static_cast<double>(random() % 14) - 4);
        double value = std::uniform_real_distribution<double>(-1, 1)(random) * scale;
        if (n % 3 == 0) value = std::round(value * 1000) / 1000;  // near the ties
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.2f", value);
        std::string expected(buffer);
        while (expected.back() == '0') expected.pop_back();
        if (expected.back() == '.') expected.pop_back();
        if (expected == "-0") expected = "0";
        INFO(value);
        CHECK(benefits::decimal(value) == expected);
    }
}
