// The outside review's disguised spellings (finding 5) of one sentence, for the linter and search tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace disguises {

inline const std::string kPlain = "A guaranteed cure for migraine, clinically proven, no side effects";

// Each word of kPlain with `mark` after its second letter: "cu\u00ADre".
inline std::string with_mark_inside_words(const std::string& mark) {
    std::string out;
    std::size_t letters = 0;
    for (char c : kPlain) {
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        out += c;
        letters = letter ? letters + 1 : 0;
        if (letters == 2) out += mark;
    }
    return out;
}

inline std::string fullwidth() {
    std::string out;
    for (char c : kPlain) {
        if (c == ' ') {
            out += ' ';
            continue;
        }
        char32_t cp = 0xFF00 + static_cast<char32_t>(c - 0x20);  // U+FF01..U+FF5E
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

// Cyrillic а, с, е, о, р for the Latin letters in every word.
inline std::string cyrillic() {
    std::string out;
    for (char c : kPlain) {
        switch (c) {
            case 'a': out += "\u0430"; break;
            case 'c': out += "\u0441"; break;
            case 'e': out += "\u0435"; break;
            case 'o': out += "\u043E"; break;
            case 'p': out += "\u0440"; break;
            default: out += c;
        }
    }
    return out;
}

// Stored backwards under U+202E RIGHT-TO-LEFT OVERRIDE, so that it is shown forwards.
inline std::string reversed() { return "\u202E" + std::string(kPlain.rbegin(), kPlain.rend()) + "\u202C"; }

inline std::vector<std::pair<std::string, std::string>> all() {
    return {{"soft hyphens", with_mark_inside_words("\u00AD")},
            {"zero-width spaces", with_mark_inside_words("\u200B")},
            {"zero-width joiners", with_mark_inside_words("\u200D")},
            {"word joiners", with_mark_inside_words("\u2060")},
            {"full-width letters", fullwidth()},
            {"Cyrillic look-alikes", cyrillic()},
            {"reversed under U+202E", reversed()}};
}

}  // namespace disguises
