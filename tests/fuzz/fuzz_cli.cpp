// libFuzzer target over what claims-lint prints (benefits::run_lint_cli, core/include/benefits/lint_cli.hpp:
// the command without its command line and file reading). An input is the file's bytes, optionally followed by
// a line "#name" and the file's name (which the report prints too):
//     {…dataset…}\n#name\nclaims\x1b[2J.json
// so the dataset seeds of fuzz_core serve here unchanged.
//
// Besides crashes, sanitizer reports, leaks and hangs, the target aborts when:
// - the text report holds a byte that a terminal would act on or hide: a C0 control other than the newline
//   that ends each line (tab included), DEL, a C1 control, a bidi control, or bytes that are not UTF-8;
// - the text report is not one line per finding and a summary line, or its summary's counts are not the JSON's;
// - the JSON report does not parse, or lacks its file, counts and findings ({"file","errors","warnings",
//   "findings"}), or its counts are not those of its findings;
// - the exit status is not 0, 1 or 2, differs between the two formats, or disagrees with api::lint: 2 exactly
//   when the dataset does not load, 1 exactly when it loads with errors.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/api.hpp"
#include "benefits/lint_cli.hpp"
#include "fuzz_checks.hpp"

namespace {

using fuzz::fail;
using fuzz::Json;

constexpr std::string_view kNameSeparator = "\n#name\n";

// Inputs up to this size are also linted through api::lint (one more load and lint); see fuzz_core.cpp.
constexpr std::size_t kFullChecksUpTo = 256 << 10;

bool is_bidi_control(char32_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The text report is valid UTF-8 with no control characters but the newline, and ends with one; its lines.
std::vector<std::string_view> check_terminal_text(std::string_view out, std::string_view input) {
    std::vector<std::string_view> lines;
    if (out.empty() || out.back() != '\n') fail("cli text: the report does not end with a newline", input);
    std::size_t line_start = 0;
    for (std::size_t at = 0; at < out.size();) {
        const auto lead = static_cast<unsigned char>(out[at]);
        std::size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3
                                           : (lead & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0 || out.size() - at < length) fail("cli text: not UTF-8", input);
        char32_t c = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t i = 1; i < length; ++i) {
            const auto next = static_cast<unsigned char>(out[at + i]);
            if ((next & 0xC0) != 0x80) fail("cli text: not UTF-8", input);
            c = (c << 6) | (next & 0x3F);
        }
        const char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (c < smallest[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) fail("cli text: not UTF-8", input);
        if (c == '\n') {
            lines.push_back(out.substr(line_start, at - line_start));
            line_start = at + 1;
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || is_bidi_control(c)) {
            fail("cli text: a control character reaches the terminal", std::string(input) + "\n---\n" + std::string(out));
        }
        at += length;
    }
    return lines;
}

// "NAME: N errors, M warnings" or "NAME: not linted: the file could not be read or loaded (N problems)".
void check_summary(std::string_view summary, const Json& report, int exit_code, std::string_view input) {
    const std::string errors = std::to_string(report["errors"].get<int>());
    const std::string warnings = std::to_string(report["warnings"].get<int>());
    const auto ends_with = [&](const std::string& tail) { return summary.ends_with(tail); };
    bool agrees;
    if (exit_code == benefits::kLintUnreadable) {
        agrees = ends_with(": not linted: the file could not be read or loaded (" + errors +
                           (errors == "1" ? " problem)" : " problems)"));
    } else {
        agrees = ends_with(": " + errors + (errors == "1" ? " error, " : " errors, ") + warnings +
                           (warnings == "1" ? " warning" : " warnings"));
    }
    if (!agrees) fail("cli text: the summary line does not give the JSON report's counts", std::string(input) +
                                                                                         "\n---\n" + std::string(summary));
}

Json check_json_report(const std::string& out, std::string_view input) {
    const Json report = Json::parse(out, nullptr, /*allow_exceptions=*/false);
    if (report.is_discarded() || !report.is_object()) fail("cli json: the report does not parse", out);
    for (const char* key : {"errors", "warnings"})
        if (!report.contains(key) || !report[key].is_number_integer() || report[key].get<int>() < 0)
            fail("cli json: no count of errors or warnings", out);
    if (!report.contains("file") || !report["file"].is_string()) fail("cli json: no file name", out);
    if (!report.contains("findings") || !report["findings"].is_array()) fail("cli json: no findings", out);
    int errors = 0, warnings = 0;
    for (const auto& f : report["findings"]) {
        for (const char* key : {"rule", "severity", "path", "message", "fix"})
            if (!f.contains(key) || !f[key].is_string()) fail("cli json: a finding without its fields", input);
        errors += f["severity"] == "error";
        warnings += f["severity"] == "warning";
    }
    if (errors != report["errors"].get<int>() || warnings != report["warnings"].get<int>())
        fail("cli json: the counts are not those of the findings", out);
    return report;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::note_input_size(size);
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t separator = input.find(kNameSeparator);
    const std::string_view bytes = input.substr(0, separator);
    const std::string_view name =
        separator == std::string_view::npos ? "claims.json" : input.substr(separator + kNameSeparator.size());

    const benefits::LintCliResult text = benefits::run_lint_cli(name, bytes, /*json_format=*/false);
    const benefits::LintCliResult json = benefits::run_lint_cli(name, bytes, /*json_format=*/true);
    if (text.exit_code < 0 || text.exit_code > 2) fail("cli: an exit status other than 0, 1, 2", input);
    if (text.exit_code != json.exit_code) fail("cli: the text and JSON formats exit with other statuses", input);

    const Json report = check_json_report(json.out, input);
    const auto lines = check_terminal_text(text.out, input);
    if (lines.size() != report["findings"].size() + 1)
        fail("cli text: not one line per finding and a summary line", std::string(input) + "\n---\n" + text.out);
    check_summary(lines.back(), report, text.exit_code, input);
    const int errors = report["errors"].get<int>();
    if (text.exit_code != benefits::kLintUnreadable && (text.exit_code == benefits::kLintErrors) != (errors > 0))
        fail("cli: exit status 1 is not the same as errors found", input);

    if (size <= kFullChecksUpTo) {
        const Json lint = fuzz::check_answer(benefits::api::lint(bytes), "lint");
        const bool loads = lint["ok"].get<bool>();
        if (loads != (text.exit_code != benefits::kLintUnreadable))
            fail("cli: exit status 2 is not the same as api::lint refusing the dataset", input);
        if (loads && lint["errors"] != report["errors"]) fail("cli: another count of errors than api::lint", input);
    }
    return 0;
}
