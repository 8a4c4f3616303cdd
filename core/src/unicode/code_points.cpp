#include "unicode/code_points.hpp"

#include <algorithm>

namespace benefits::unicode {

std::size_t decode(std::string_view text, std::size_t i, char32_t& out) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return 0;
    char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 (the terminal escaping relies on it).
    constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kSmallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    out = cp;
    return length;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t find_fold(char32_t cp) {
    const std::uint32_t* end = kFoldFirst + kFoldRangeCount;
    const std::uint32_t* after = std::upper_bound(kFoldFirst, end, static_cast<std::uint32_t>(cp));
    if (after == kFoldFirst) return kNoFold;
    auto k = static_cast<std::size_t>(after - kFoldFirst) - 1;
    return cp - kFoldFirst[k] < kFoldCount[k] ? k : kNoFold;
}

void append_folded(std::string& out, char32_t cp, std::size_t k) {
    if (k == kNoFold) return append_utf8(out, cp);
    switch (kFoldKind[k]) {
        case FoldKind::Shift: return append_utf8(out, static_cast<char32_t>(kFoldValue[k]) + (cp - kFoldFirst[k]));
        case FoldKind::Text:
            if (kFoldLength[k] <= 4) {
                auto packed = static_cast<std::uint32_t>(kFoldValue[k]);
                for (unsigned b = 0; b < kFoldLength[k]; ++b) out += static_cast<char>((packed >> (8 * b)) & 0xFF);
            } else {
                out.append(kFoldPool + kFoldValue[k], kFoldLength[k]);
            }
            return;
        default: return;  // removed
    }
}

Script script_of(char32_t cp) {
    if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? Script::Latin : Script::Common;
    const ScriptRange* end = kScriptRanges + kScriptRangeCount;
    const ScriptRange* after =
        std::upper_bound(kScriptRanges, end, cp, [](char32_t v, const ScriptRange& r) { return v < r.first; });
    if (after == kScriptRanges) return Script::Common;
    const ScriptRange* r = after - 1;
    return cp < r->end ? r->script : Script::Common;
}

}  // namespace benefits::unicode
