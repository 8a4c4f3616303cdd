// claims-lint: checks a claims file against the linter's rules (docs/linter.md).
// Exit status: 0 no errors (warnings allowed), 1 findings of severity error, 2 the file could not be read,
// parsed or loaded (or the command line was wrong). What it prints is benefits::run_lint_cli's
// (core/src/lint_cli.cpp); this file only reads the command line and the file.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>

#include "benefits/lint_cli.hpp"
#include "benefits/load.hpp"

namespace {

constexpr const char* kUsage =
    "usage: claims-lint FILE [--format text|json] [--profile strict|lenient] [--lang en|es]\n"
    "       claims-lint FILE --translation TRANSLATION [--format text|json] [--lang en|es]\n"
    "       claims-lint FILE --translation-template LANG > TRANSLATION\n"
    "       claims-lint --rules [--format text|json]\n"
    "Checks a claims file (docs/format.md) against the rules in docs/linter.md.\n"
    "--profile lenient keeps disease claims (L11) and wording stronger than the certainty (L3) as warnings.\n"
    "--lang es writes the findings' messages, fixes and rule titles in Spanish (default: English).\n"
    "--translation checks a translation of FILE (docs/format.md, \"Translations\"), reads its texts with the word\n"
    "rules of its language and says how much is untranslated;\n"
    "--translation-template writes the skeleton of a translation into LANG for a translator to fill in.\n"
    "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the file could not be read or loaded.\n";

struct Options {
    std::string file, translation, template_language;
    bool json = false;
    bool rules = false;
    benefits::LintProfile profile = benefits::LintProfile::Strict;
    benefits::Lang messages = benefits::Lang::En;
};

bool parse_options(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--rules") {
            o.rules = true;
        } else if (arg == "--translation" || arg.starts_with("--translation=")) {
            o.translation = arg == "--translation" ? (i + 1 < argc ? argv[++i] : "") : arg.substr(14);
            if (o.translation.empty()) return false;
        } else if (arg == "--translation-template" || arg.starts_with("--translation-template=")) {
            o.template_language = arg == "--translation-template" ? (i + 1 < argc ? argv[++i] : "") : arg.substr(23);
            if (o.template_language.empty()) return false;
        } else if (arg == "--format" || arg.starts_with("--format=")) {
            std::string_view format = arg == "--format" ? (i + 1 < argc ? argv[++i] : "") : arg.substr(9);
            if (format != "text" && format != "json") return false;
            o.json = format == "json";
        } else if (arg == "--profile" || arg.starts_with("--profile=")) {
            std::string_view name = arg == "--profile" ? (i + 1 < argc ? argv[++i] : "") : arg.substr(10);
            auto profile = benefits::parse_lint_profile(name);
            if (!profile) return false;
            o.profile = *profile;
        } else if (arg == "--lang" || arg.starts_with("--lang=")) {
            std::string_view tag = arg == "--lang" ? (i + 1 < argc ? argv[++i] : "") : arg.substr(7);
            if (tag != "en" && tag != "es" && !tag.starts_with("en-") && !tag.starts_with("es-")) return false;
            o.messages = benefits::language_of(tag);
        } else if (arg == "--translation") {
            if (i + 1 >= argc || !o.translation.empty()) return false;
            o.translation = argv[++i];
        } else if (arg.empty() || arg[0] == '-' || !o.file.empty()) {
            return false;
        } else {
            o.file = arg;
        }
    }
    if (!o.translation.empty() && !o.template_language.empty()) return false;
    return o.rules || !o.file.empty();
}

// The file's bytes, or why they were not read ("No such file or directory", or over the size limit). Never
// more than limit + 1 bytes are read: a regular file is measured first, and a pipe or a device (/dev/zero)
// is read until the limit is passed.
bool read_file(const std::string& path, std::size_t limit, std::string& text, std::string& error) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        error = std::strerror(errno);
        return false;
    }
    struct stat info;
    if (fstat(fileno(file.get()), &info) == 0 && S_ISREG(info.st_mode) &&
        static_cast<std::uint64_t>(info.st_size) > limit) {
        error = benefits::lint_cli_oversized(static_cast<std::uint64_t>(info.st_size), limit);
        return false;
    }
    char buffer[1 << 16];
    while (text.size() <= limit) {
        std::size_t wanted = std::min(sizeof buffer, limit + 1 - text.size());
        std::size_t got = std::fread(buffer, 1, wanted, file.get());
        text.append(buffer, got);
        if (got < wanted) break;
    }
    if (std::ferror(file.get())) {
        error = std::strerror(errno);
        return false;
    }
    if (text.size() > limit) {
        error = benefits::lint_cli_oversized(std::nullopt, limit);
        return false;
    }
    return true;
}

int run(int argc, char** argv) {
    Options options;
    if (!parse_options(argc, argv, options)) {
        std::cerr << kUsage;
        return benefits::kLintUnreadable;
    }
    benefits::LintCliResult result;
    if (options.rules) {
        result = benefits::lint_cli_rules(options.json);
    } else {
        std::string text, error, translation;
        const std::size_t limit = benefits::Limits{}.max_bytes;
        if (!read_file(options.file, limit, text, error))
            result = benefits::lint_cli_unreadable(options.file, error, options.json);
        else if (!options.template_language.empty())
            result = benefits::run_translation_template_cli(options.file, text, options.template_language);
        else if (options.translation.empty())
            result = benefits::run_lint_cli(options.file, text, options.json, options.profile, options.messages);
        else if (!read_file(options.translation, limit, translation, error))
            result = benefits::lint_cli_unreadable(options.translation, error, options.json);
        else
            result = benefits::run_translation_cli(options.file, text, options.translation, translation, options.json,
                                                  options.profile, options.messages);
    }
    std::cout << result.out << std::flush;
    std::cerr << result.err << std::flush;
    return result.exit_code;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc&) {
        // Memory ran out (a process under a tight ulimit): the documented status for a file that cannot be
        // checked, not an abort.
        std::cerr << "claims-lint: out of memory; the file could not be checked\n";
        return benefits::kLintUnreadable;
    } catch (const std::exception& e) {
        std::cerr << "claims-lint: the file could not be checked: " << benefits::terminal_safe(e.what()) << "\n";
        return benefits::kLintUnreadable;
    }
}
