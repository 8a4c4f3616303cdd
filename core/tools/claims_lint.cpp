// claims-lint: checks a claims file against the linter's rules (docs/linter.md).
// Exit status: 0 no errors (warnings allowed), 1 findings of severity error, 2 the file could not be read,
// parsed or loaded (or the command line was wrong).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/lint.hpp"
#include "benefits/load.hpp"

namespace {

constexpr int kClean = 0, kErrors = 1, kUnreadable = 2;

constexpr const char* kUsage =
    "usage: claims-lint FILE [--format text|json]\n"
    "       claims-lint --rules [--format text|json]\n"
    "Checks a claims file (docs/format.md) against the rules in docs/linter.md.\n"
    "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the file could not be read or loaded.\n";

struct Options {
    std::string file;
    bool json = false;
    bool rules = false;
};

bool parse_options(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--rules") {
            o.rules = true;
        } else if (arg == "--format" || arg.starts_with("--format=")) {
            std::string_view format = arg == "--format" ? (i + 1 < argc ? argv[++i] : "") : arg.substr(9);
            if (format != "text" && format != "json") return false;
            o.json = format == "json";
        } else if (arg.empty() || arg[0] == '-' || !o.file.empty()) {
            return false;
        } else {
            o.file = arg;
        }
    }
    return o.rules || !o.file.empty();
}

// The whole file, or the reason it could not be read ("No such file or directory", "Is a directory").
bool read_file(const std::string& path, std::string& text, std::string& error) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        error = std::strerror(errno);
        return false;
    }
    char buffer[1 << 16];
    std::size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, got);
    bool failed = std::ferror(file);
    int reason = errno;
    std::fclose(file);
    if (failed) error = std::strerror(reason);
    return !failed;
}

int print_rules(bool json) {
    if (json) {
        nlohmann::ordered_json rules = nlohmann::ordered_json::array();
        for (const auto& r : benefits::lint_rules())
            rules.push_back({{"id", r.id},
                             {"severity", benefits::to_string(r.severity)},
                             {"title", r.title},
                             {"checks", r.checks},
                             {"fields", r.fields},
                             {"fix", r.fix},
                             {"source", r.source}});
        std::cout << nlohmann::ordered_json{{"rules", rules}}.dump(2) << "\n";
        return kClean;
    }
    for (const auto& r : benefits::lint_rules()) {
        std::cout << r.id << std::string(5 - r.id.size(), ' ') << benefits::to_string(r.severity)
                  << std::string(9 - benefits::to_string(r.severity).size(), ' ') << r.title << "\n"
                  << "     checks: " << r.checks << "\n"
                  << "     fields: " << r.fields << "\n"
                  << "     fix:    " << r.fix << "\n"
                  << "     source: " << r.source << "\n";
    }
    return kClean;
}

void print_text(const std::string& file, const std::vector<benefits::LintFinding>& findings, bool loaded) {
    for (const auto& f : findings) {
        std::cout << f.path << ": " << benefits::to_string(f.severity) << " " << f.rule << ": " << f.message;
        if (!f.fix.empty()) std::cout << " (fix: " << f.fix << ")";
        std::cout << "\n";
    }
    auto counts = benefits::count_findings(findings);
    if (!loaded) {
        std::cout << file << ": not linted: the file could not be read or loaded (" << counts.errors
                  << (counts.errors == 1 ? " problem)" : " problems)") << "\n";
        return;
    }
    std::cout << file << ": " << counts.errors << (counts.errors == 1 ? " error, " : " errors, ") << counts.warnings
              << (counts.warnings == 1 ? " warning" : " warnings") << "\n";
}

void print_json(const std::string& file, const std::vector<benefits::LintFinding>& findings) {
    std::string report = benefits::lint_report_json(findings);
    // The report is a JSON object: put "file" in front of its members.
    std::cout << "{\"file\":" << nlohmann::json(file).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << "," << report.substr(1) << "\n";
}

// Load problems are reported like findings, under the rule "load".
std::vector<benefits::LintFinding> as_findings(const std::vector<benefits::Problem>& problems) {
    std::vector<benefits::LintFinding> out;
    for (const auto& p : problems) out.push_back({"load", benefits::Severity::Error, p.path, p.message, ""});
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parse_options(argc, argv, options)) {
        std::cerr << kUsage;
        return kUnreadable;
    }
    if (options.rules) return print_rules(options.json);

    std::string text, error;
    std::vector<benefits::LintFinding> findings;
    bool loaded = false;
    if (!read_file(options.file, text, error)) {
        findings.push_back({"load", benefits::Severity::Error, "(file)", "cannot read " + options.file + ": " + error, ""});
    } else {
        benefits::LoadResult result = benefits::load(text);
        if (result.ok()) {
            findings = benefits::lint(*result.dataset);
            loaded = true;
        } else {
            findings = as_findings(result.problems);
        }
    }
    if (options.json) print_json(options.file, findings);
    else print_text(options.file, findings, loaded);

    if (!loaded) return kUnreadable;
    return benefits::count_findings(findings).errors > 0 ? kErrors : kClean;
}
