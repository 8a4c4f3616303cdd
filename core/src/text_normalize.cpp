#include "benefits/text_normalize.hpp"

#include <vector>

#include "unicode/code_points.hpp"

namespace benefits {
namespace {

using unicode::FoldKind;

constexpr char32_t kRightToLeftOverride = 0x202E;
constexpr char32_t kPopDirectionalFormatting = 0x202C;

bool ends_override(char32_t cp) { return cp == kPopDirectionalFormatting || cp == '\n' || cp == 0x2029; }
// Another embedding, override or isolate inside the override: its order is not simply reversed.
bool nested_direction(char32_t cp) { return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069); }

// Text under U+202E RIGHT-TO-LEFT OVERRIDE is shown backwards (U+202E then "eruc" shows "cure"): its folded code
// points are appended in reverse, when no other direction control is nested inside. Returns where the
// override ends (its U+202C, or the end of the line or text), or `from` when it was not reversed.
std::size_t append_overridden(std::string& out, std::string_view text, std::size_t from) {
    std::vector<std::string> shown;
    std::size_t i = from;
    while (i < text.size()) {
        char32_t cp = 0;
        std::size_t length = unicode::decode(text, i, cp);
        if (length == 0) return from;
        if (ends_override(cp)) break;
        if (nested_direction(cp)) return from;
        std::string folded;
        if (cp < 0x80) folded += (cp >= 'A' && cp <= 'Z') ? static_cast<char>(cp - 'A' + 'a') : static_cast<char>(cp);
        else unicode::append_folded(folded, cp, unicode::find_fold(cp));
        shown.push_back(std::move(folded));
        i += length;
    }
    for (auto it = shown.rbegin(); it != shown.rend(); ++it) out += *it;
    return i;
}

}  // namespace

std::string fold_for_search(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            out += (byte >= 'A' && byte <= 'Z') ? static_cast<char>(byte - 'A' + 'a') : static_cast<char>(byte);
            ++i;
            continue;
        }
        char32_t cp = 0;
        std::size_t length = unicode::decode(text, i, cp);
        if (length == 0) {  // not UTF-8: keep the byte
            out += text[i++];
            continue;
        }
        i += length;
        if (cp == kRightToLeftOverride) {
            i = append_overridden(out, text, i);
            continue;
        }
        std::size_t range = unicode::find_fold(cp);
        if (range != unicode::kNoFold) unicode::append_folded(out, cp, range);
        else out.append(text.substr(i - length, length));
    }
    return out;
}

std::vector<std::string> search_words(std::string_view query) {
    std::vector<std::string> words;
    std::string folded = fold_for_search(query);
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find_first_of(" \t\r\n", start);
        if (end == std::string::npos) end = folded.size();
        if (end > start) words.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

bool is_blank(std::string_view text) {
    for (char c : text) {  // most text starts with a visible ASCII character: no need to fold it
        if (static_cast<unsigned char>(c) >= 0x80) break;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    }
    return fold_for_search(text).find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace benefits
