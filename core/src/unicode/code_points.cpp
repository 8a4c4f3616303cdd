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

const FoldRange* find_fold(char32_t cp) {
    const FoldRange* end = kFoldRanges + kFoldRangeCount;
    const FoldRange* after =
        std::upper_bound(kFoldRanges, end, cp, [](char32_t v, const FoldRange& r) { return v < r.first; });
    if (after == kFoldRanges) return nullptr;
    const FoldRange* r = after - 1;
    return cp - r->first < r->count ? r : nullptr;
}

void append_folded(std::string& out, char32_t cp, const FoldRange* r) {
    if (!r) return append_utf8(out, cp);
    switch (r->kind) {
        case FoldKind::Delta: return append_utf8(out, static_cast<char32_t>(static_cast<std::int32_t>(cp) + r->value));
        case FoldKind::Text:
            if (r->length <= 4) {
                auto packed = static_cast<std::uint32_t>(r->value);
                for (unsigned k = 0; k < r->length; ++k) out += static_cast<char>((packed >> (8 * k)) & 0xFF);
            } else {
                out.append(kFoldPool + r->value, r->length);
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
