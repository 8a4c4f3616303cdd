// What claims-lint prints and its exit status, for given bytes: everything of the command-line tool but the
// command line and the reading of the file (core/tools/claims_lint.cpp), so that tests and the fuzzer can
// run it on any input. Never throws except std::bad_alloc.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "benefits/lint.hpp"

namespace benefits {

inline constexpr int kLintClean = 0, kLintErrors = 1, kLintUnreadable = 2;

struct LintCliResult {
    int exit_code = kLintClean;  // 0 no errors (warnings allowed), 1 errors, 2 not read or not loaded
    std::string out;             // what goes to stdout
    std::string err;             // what goes to stderr
};

// The report on a file named `file_name` holding `bytes`: text (one line per finding, then a summary line)
// or JSON ({"file","errors","warnings","findings"}).
// `profile` is --profile (docs/linter.md, "Profiles"), `messages` --lang (the language of the findings' messages,
// fixes and rule titles: docs/linter.md, "The editor's language").
LintCliResult run_lint_cli(std::string_view file_name, std::string_view bytes, bool json_format,
                           LintProfile profile = LintProfile::Strict, Lang messages = Lang::En);

// `claims-lint FILE --translation TRANSLATION`: the translation checked against the dataset (docs/format.md,
// "Translations"): its problems as errors (rule "translation"), stale texts as warnings, then how much is
// untranslated (count and share); the translated texts are also read with the word rules of the translation's
// language (lint_translation), each as the field it translates. Exit 1 on errors.
LintCliResult run_translation_cli(std::string_view file_name, std::string_view bytes, std::string_view translation_name,
                                  std::string_view translation, bool json_format,
                                  LintProfile profile = LintProfile::Strict, Lang messages = Lang::En);

// `claims-lint FILE --translation-template LANG`: the skeleton of a translation into LANG (every text's key with
// its "from"; "text", "gender" and "number" to fill in), the keys the loader accepts.
LintCliResult run_translation_template_cli(std::string_view file_name, std::string_view bytes, std::string_view language);

// The report on a file that could not be read, `reason` saying why ("No such file or directory").
LintCliResult lint_cli_unreadable(std::string_view file_name, std::string_view reason, bool json_format);

// The reason for a file over the size limit: its size when known (a regular file), or "more than the limit"
// when it was read from a pipe or a device and reading stopped at limit + 1 bytes.
std::string lint_cli_oversized(std::optional<std::uint64_t> size, std::size_t limit);

// `claims-lint --rules`: the rule table.
LintCliResult lint_cli_rules(bool json_format);

// Text made safe to print on a terminal: C0 controls (newline included), DEL, C1 controls and the bidi
// controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) are written as escapes (\n, \r, \t,
// \x1b, \u202e), and so are bytes that are not valid UTF-8; everything else is unchanged.
std::string terminal_safe(std::string_view text);

}  // namespace benefits
