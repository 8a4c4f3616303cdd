#include "benefits/lint_cli.hpp"

#include <cstdio>
#include <utility>
#include <vector>

#include "benefits/lint.hpp"
#include "benefits/load.hpp"
#include "benefits/session.hpp"
#include "benefits/translation.hpp"
#include "json/nlohmann.hpp"
#include "unicode/code_points.hpp"

namespace benefits {

namespace {

bool is_bidi_control(char32_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void append_hex(std::string& out, const char* prefix, unsigned value, int digits) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += prefix;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xF];
}

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + (n == 1 ? one : many); }

// Load problems are reported like findings, under the rule "load".
std::vector<LintFinding> as_findings(const std::vector<Problem>& problems) {
    std::vector<LintFinding> out;
    out.reserve(problems.size());
    for (const auto& p : problems) out.push_back({"load", Severity::Error, p.path, p.message, "", "", "", ""});
    return out;
}

// Every line is escaped whole, so nothing from the data (the file name included) reaches the terminal raw.
void add_line(std::string& out, std::string_view line) {
    out += terminal_safe(line);
    out += '\n';
}

std::string text_report(std::string_view file_name, const std::vector<LintFinding>& findings, bool loaded) {
    std::string out;
    for (const auto& f : findings) {
        std::string line = f.path + ": " + std::string(to_string(f.severity)) + " " + f.rule + ": ";
        if (!f.claim_id.empty()) line += "[" + f.claim_id + " \"" + f.claim_title + "\"] ";
        line += f.message;
        if (!f.fix.empty()) line += " (fix: " + f.fix + ")";
        add_line(out, line);
    }
    const LintCounts counts = count_findings(findings);
    std::string summary(file_name);
    if (!loaded) {
        summary += ": not linted: the file could not be read or loaded (" + plural(counts.errors, " problem)", " problems)");
    } else {
        summary += ": " + plural(counts.errors, " error, ", " errors, ") + plural(counts.warnings, " warning", " warnings");
    }
    add_line(out, summary);
    return out;
}

std::string json_report(std::string_view file_name, const std::vector<LintFinding>& findings) {
    const std::string report = lint_report_json(findings);
    // The report is a JSON object: put "file" in front of its members.
    return "{\"file\":" + Json(std::string(file_name)).dump(-1, ' ', false, Json::error_handler_t::replace) + "," +
           report.substr(1) + "\n";
}

LintCliResult report(std::string_view file_name, const std::vector<LintFinding>& findings, bool loaded,
                     bool json_format) {
    LintCliResult result;
    result.out = json_format ? json_report(file_name, findings) : text_report(file_name, findings, loaded);
    if (!loaded) result.exit_code = kLintUnreadable;
    else result.exit_code = count_findings(findings).errors > 0 ? kLintErrors : kLintClean;
    return result;
}

}  // namespace

std::string terminal_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        char32_t c = 0;
        const std::size_t length = unicode::decode(text, at, c);
        if (length == 0) {
            append_hex(out, "\\x", static_cast<unsigned char>(text[at]), 2);
            at += 1;
            continue;
        }
        if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c == 0x7F) append_hex(out, "\\x", c, 2);
        else if ((c >= 0x80 && c <= 0x9F) || is_bidi_control(c)) append_hex(out, "\\u", c, 4);
        else out.append(text.substr(at, length));
        at += length;
    }
    return out;
}

LintCliResult run_lint_cli(std::string_view file_name, std::string_view bytes, bool json_format,
                           LintProfile profile, Lang messages) {
    LoadResult loaded = load(bytes);
    if (!loaded.ok()) return report(file_name, as_findings(loaded.problems), false, json_format);
    const Session session(std::move(*loaded.dataset));
    return report(file_name, lint(session, LintOptions{profile, messages}), true, json_format);
}

LintCliResult run_translation_cli(std::string_view file_name, std::string_view bytes, std::string_view translation_name,
                                  std::string_view translation, bool json_format, LintProfile profile,
                                  Lang messages) {
    LoadResult loaded = load(bytes);
    if (!loaded.ok()) return report(file_name, as_findings(loaded.problems), false, json_format);
    Dataset& d = *loaded.dataset;
    TranslationResult applied = apply_translation(d, translation);
    std::vector<LintFinding> findings;
    for (const auto& p : applied.problems)
        findings.push_back({"translation", Severity::Error, p.path, p.message, "", "", "", ""});
    if (d.translation)
        for (const auto& key : d.translation->stale)
            findings.push_back({"translation", Severity::Warning, "texts[\"" + key + "\"]",
                                "stale: the original has changed since it was translated, so the original is shown",
                                "translate the new original and copy it into \"from\"", "", "", ""});
    if (applied.problems.empty()) {
        std::vector<Problem> unread;
        for (auto& f : lint_translation(*loaded.dataset, translation, LintOptions{profile, messages}, &unread))
            findings.push_back(std::move(f));
    }
    LintCliResult result = report(translation_name, findings, true, json_format);
    if (!d.translation) return result;
    const TranslationInfo& t = *d.translation;
    const double share = t.total ? 100.0 * static_cast<double>(t.untranslated) / static_cast<double>(t.total) : 0.0;
    char percent[32];
    std::snprintf(percent, sizeof percent, "%.1f", share);
    if (json_format) {
        result.out = "{\"untranslated\":" + std::to_string(t.untranslated) + ",\"total\":" + std::to_string(t.total) +
                     ",\"stale\":" + std::to_string(t.stale.size()) + "," + result.out.substr(1);
    } else {
        add_line(result.out, std::string(translation_name) + ": " + std::to_string(t.untranslated) + " of " +
                                 std::to_string(t.total) + " texts untranslated (" + percent + " %), " +
                                 std::to_string(t.stale.size()) + " stale; they are shown in the original (" +
                                 t.language + " pages mark them \"" + d.source_language + "\")");
    }
    return result;
}

LintCliResult run_translation_template_cli(std::string_view file_name, std::string_view bytes, std::string_view language) {
    LoadResult loaded = load(bytes);
    if (!loaded.ok()) return report(file_name, as_findings(loaded.problems), false, false);
    LintCliResult result;
    if (!is_language_tag(language) || language == loaded.dataset->language) {
        result.exit_code = kLintUnreadable;
        result.err = terminal_safe("claims-lint: --translation-template needs the BCP 47 tag of another language than "
                                   "the dataset's, e.g. \"es\"; got \"" + std::string(language) + "\"") + "\n";
        return result;
    }
    result.out = translation_template(*loaded.dataset, language);
    return result;
}

LintCliResult lint_cli_unreadable(std::string_view file_name, std::string_view reason, bool json_format) {
    std::vector<LintFinding> findings{
        {"load", Severity::Error, "(file)", "cannot read " + std::string(file_name) + ": " + std::string(reason), "", "", "", ""}};
    return report(file_name, findings, false, json_format);
}

std::string lint_cli_oversized(std::optional<std::uint64_t> size, std::size_t limit) {
    if (size) return "the file is " + std::to_string(*size) + " bytes; the limit is " + std::to_string(limit);
    return "it holds more than " + std::to_string(limit) + " bytes; the limit is " + std::to_string(limit);
}

LintCliResult lint_cli_rules(bool json_format) {
    LintCliResult result;
    if (json_format) {
        nlohmann::ordered_json rules = nlohmann::ordered_json::array();
        for (const auto& r : lint_rules())
            rules.push_back({{"id", r.id},
                             {"severity", to_string(r.severity)},
                             {"title", r.title},
                             {"checks", r.checks},
                             {"fields", r.fields},
                             {"fix", r.fix},
                             {"source", r.source}});
        result.out = nlohmann::ordered_json{{"rules", rules}}.dump(2) + "\n";
        return result;
    }
    for (const auto& r : lint_rules()) {
        const std::string_view severity = to_string(r.severity);
        result.out += std::string(r.id) + std::string(5 - r.id.size(), ' ') + std::string(severity) +
                      std::string(9 - severity.size(), ' ') + std::string(r.title) + "\n" +
                      "     checks: " + std::string(r.checks) + "\n" +
                      "     fields: " + std::string(r.fields) + "\n" +
                      "     fix:    " + std::string(r.fix) + "\n" +
                      "     source: " + std::string(r.source) + "\n";
    }
    return result;
}

}  // namespace benefits
