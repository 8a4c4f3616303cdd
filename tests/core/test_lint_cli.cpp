// benefits::run_lint_cli and terminal_safe: what claims-lint prints, for any bytes (core/src/lint_cli.cpp).
#include <catch2/catch.hpp>

#include <string>

#include "benefits/lint_cli.hpp"
#include "fixtures.hpp"

using benefits::terminal_safe;

TEST_CASE("terminal_safe escapes C0, DEL, C1 and bidi controls and leaves other text alone") {
    CHECK(terminal_safe("plain café 研究 🙂 a\\b") == "plain café 研究 🙂 a\\b");
    CHECK(terminal_safe("a\nb\rc\td") == "a\\nb\\rc\\td");
    CHECK(terminal_safe(std::string("\x00\x01\x1b[31m\x7f", 8)) == "\\x00\\x01\\x1b[31m\\x7f");
    CHECK(terminal_safe("\xc2\x80\xc2\x9b" "31m\xc2\x9f\xc2\xa0") == "\\u0080\\u009b31m\\u009f\xc2\xa0");  // NBSP stays
    CHECK(terminal_safe("\u061c\u200e\u200f\u202a\u202e\u2066\u2069") ==
          "\\u061c\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069");
    CHECK(terminal_safe("\u200d\u2065\u206a") == "\u200d\u2065\u206a");  // next to the bidi controls, not bidi
}

TEST_CASE("terminal_safe writes bytes that are not valid UTF-8 as \\x escapes") {
    CHECK(terminal_safe("\x9b" "31m") == "\\x9b31m");                          // a lone C1 byte (8-bit CSI)
    CHECK(terminal_safe("\xc0\x9b") == "\\xc0\\x9b");                          // overlong
    CHECK(terminal_safe("\xed\xa0\x80") == "\\xed\\xa0\\x80");                 // a surrogate
    CHECK(terminal_safe("\xf4\x90\x80\x80") == "\\xf4\\x90\\x80\\x80");        // past U+10FFFF
    CHECK(terminal_safe("ok\xe2\x80") == "ok\\xe2\\x80");                      // cut short
    CHECK(terminal_safe("\xff\xfe") == "\\xff\\xfe");
}

TEST_CASE("run_lint_cli: exit status and text report for a clean, a failing and an unreadable dataset") {
    auto clean = benefits::run_lint_cli("mini.json", fixtures::mini_text(), false);
    CHECK(clean.exit_code == benefits::kLintClean);
    CHECK(clean.out == "mini.json: 0 errors, 0 warnings\n");
    CHECK(clean.err.empty());

    auto broken = benefits::run_lint_cli("x\x1b.json", "{\"format\":1,", false);
    CHECK(broken.exit_code == benefits::kLintUnreadable);
    CHECK(broken.out.find('\x1b') == std::string::npos);
    CHECK(broken.out.ends_with("x\\x1b.json: not linted: the file could not be read or loaded (1 problem)\n"));

    auto json = benefits::run_lint_cli("x\x1b.json", "{\"format\":1,", true);
    CHECK(json.exit_code == benefits::kLintUnreadable);
    CHECK(json.out.starts_with("{\"file\":\"x\\u001b.json\",\"errors\":1,"));

    auto unreadable = benefits::lint_cli_unreadable("big.json", benefits::lint_cli_oversized(20, 10), false);
    CHECK(unreadable.exit_code == benefits::kLintUnreadable);
    CHECK(unreadable.out == "(file): error load: cannot read big.json: the file is 20 bytes; the limit is 10\n"
                            "big.json: not linted: the file could not be read or loaded (1 problem)\n");
}

TEST_CASE("run_lint_cli: a format-1 file is not linted, and says how to convert it") {
    auto doc = fixtures::mini();
    doc["format"] = 1;
    auto old = benefits::run_lint_cli("old.json", doc.dump(), false);
    CHECK(old.exit_code == benefits::kLintUnreadable);
    CHECK(old.out.starts_with("format: error load: format 1 is no longer read: convert it with \"python3 "
                              "scripts/convert-format1.py"));
    CHECK(old.out.ends_with("old.json: not linted: the file could not be read or loaded (1 problem)\n"));
}

TEST_CASE("run_lint_cli: an editor's judgement for review is a warning, with its row path: exit 0") {
    auto doc = fixtures::mini();
    doc["claims"][0]["outcomes"][0]["grading"]["inconsistency"] = {{"level", "none"}, {"reason", "see the note"}};
    auto run = benefits::run_lint_cli("mini.json", doc.dump(), false);
    CHECK(run.exit_code == benefits::kLintClean);
    CHECK(run.out == "claims[0].outcomes[0].grading.inconsistency: warning L15: [fast-relief \"Fast relief\"] inconsistency: "
                     "the editor judges it "
                     "none where the rule's automatic check gives serious, which makes the row's certainty higher "
                     "than the rule alone; the editor's reason: \"see the note\" (fix: have a second reviewer "
                     "confirm this judgement)\n"
                     "mini.json: 0 errors, 1 warning\n");
}

