// L14: text that shows a reader something other than what it holds: invisible characters, bidi controls,
// and words that mix Latin letters with Greek or Cyrillic look-alikes.
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lint_context.hpp"
#include "unicode/code_points.hpp"

namespace benefits::lint_detail {
namespace {

using unicode::FoldKind;
using unicode::Script;

struct CodePoint {
    char32_t cp;
    std::size_t begin, end;  // bytes in the text
    FoldKind kind;           // Shift for the ordinary ones
    Script script;
};

std::vector<CodePoint> code_points(std::string_view text) {
    std::vector<CodePoint> out;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0xFFFD;
        std::size_t length = unicode::decode(text, i, cp);
        if (length == 0) cp = 0xFFFD, length = 1;
        FoldKind kind = cp < 0x80 ? FoldKind::Shift : unicode::fold_kind(unicode::find_fold(cp));
        out.push_back({cp, i, i + length, kind, unicode::script_of(cp)});
        i += length;
    }
    return out;
}

bool invisible(const CodePoint& c) { return c.kind == FoldKind::Ignorable || c.kind == FoldKind::Bidi; }

bool latin_greek_cyrillic(const CodePoint& c) {
    return c.script == Script::Latin || c.script == Script::Greek || c.script == Script::Cyrillic;
}

bool is_variation_selector(char32_t cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x180B && cp <= 0x180D) ||
           cp == 0x180F;
}
bool is_tag(char32_t cp) { return cp >= 0xE0020 && cp <= 0xE007F; }

// Invisible characters that writing needs: joiners inside emoji sequences and in scripts that join letters
// (Arabic, the Indic scripts…), variation selectors after emoji, digits and ideographs, and the tags of
// flag emoji. Next to ASCII or to a Latin, Greek or Cyrillic letter a joiner only hides a word.
bool expected_invisible(const std::vector<CodePoint>& cps, std::size_t k) {
    const char32_t cp = cps[k].cp;
    const CodePoint* prev = k > 0 ? &cps[k - 1] : nullptr;
    const CodePoint* next = k + 1 < cps.size() ? &cps[k + 1] : nullptr;
    auto plain = [](const CodePoint* c) { return c->cp < 0x80 || latin_greek_cyrillic(*c); };
    if (cp == 0x200C || cp == 0x200D) return prev && next && !plain(prev) && !plain(next);
    if (is_variation_selector(cp)) return prev && !latin_greek_cyrillic(*prev);
    if (is_tag(cp)) return prev && (is_tag(prev->cp) || (prev->cp >= 0x80 && prev->script == Script::Common));
    return false;
}

std::string hex(char32_t cp) {
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    for (int shift = cp > 0xFFFF ? 16 : 12; shift >= 0; shift -= 4) out += digits[(cp >> shift) & 0xF];
    return "U+" + out;
}

// A code point and its name in the messages' language: {English, Spanish}.
std::string describe(const LintContext& cx, char32_t cp) {
    static const std::map<char32_t, std::array<const char*, 2>> names = {
        {0x00AD, {"soft hyphen", "guion virtual"}},
        {0x034F, {"combining grapheme joiner", "unión combinante de grafemas"}},
        {0x061C, {"Arabic letter mark", "marca de letra árabe"}},
        {0x115F, {"Hangul filler", "relleno hangul"}},
        {0x1160, {"Hangul filler", "relleno hangul"}},
        {0x180E, {"Mongolian vowel separator", "separador de vocales mongol"}},
        {0x200B, {"zero-width space", "espacio de ancho cero"}},
        {0x200C, {"zero-width non-joiner", "no unión de ancho cero"}},
        {0x200D, {"zero-width joiner", "unión de ancho cero"}},
        {0x200E, {"left-to-right mark", "marca de izquierda a derecha"}},
        {0x200F, {"right-to-left mark", "marca de derecha a izquierda"}},
        {0x202A, {"left-to-right embedding", "incrustación de izquierda a derecha"}},
        {0x202B, {"right-to-left embedding", "incrustación de derecha a izquierda"}},
        {0x202C, {"pop directional formatting", "fin de formato direccional"}},
        {0x202D, {"left-to-right override", "forzado de izquierda a derecha"}},
        {0x202E, {"right-to-left override", "forzado de derecha a izquierda"}},
        {0x2060, {"word joiner", "unión de palabras"}},
        {0x2061, {"function application", "aplicación de función"}},
        {0x2062, {"invisible times", "multiplicación invisible"}},
        {0x2063, {"invisible separator", "separador invisible"}},
        {0x2064, {"invisible plus", "suma invisible"}},
        {0x2066, {"left-to-right isolate", "aislamiento de izquierda a derecha"}},
        {0x2067, {"right-to-left isolate", "aislamiento de derecha a izquierda"}},
        {0x2068, {"first strong isolate", "aislamiento del primer carácter fuerte"}},
        {0x2069, {"pop directional isolate", "fin de aislamiento direccional"}},
        {0x3164, {"Hangul filler", "relleno hangul"}},
        {0xFEFF, {"zero-width no-break space", "espacio de ancho cero sin separación"}},
        {0xFFA0, {"halfwidth Hangul filler", "relleno hangul de media anchura"}},
    };
    auto it = names.find(cp);
    if (it != names.end()) return hex(cp) + " " + it->second[cx.messages == Lang::Es ? 1 : 0];
    if (is_variation_selector(cp)) return hex(cp) + " " + std::string(cx.say().variation_selector);
    if (cp >= 0xE0000 && cp <= 0xE0FFF) return hex(cp) + " " + std::string(cx.say().tag);
    return hex(cp);
}

// "U+00AD soft hyphen (3), U+200B zero-width space": each code point once, in order of first use.
std::string describe_all(const LintContext& cx, const std::vector<char32_t>& found) {
    std::vector<char32_t> order;
    std::map<char32_t, int> count;
    for (char32_t cp : found)
        if (count[cp]++ == 0) order.push_back(cp);
    std::string out;
    for (char32_t cp : order) {
        out += (out.empty() ? "" : ", ") + describe(cx, cp);
        if (count[cp] > 1) out += " (" + std::to_string(count[cp]) + ")";
    }
    return out;
}

std::string_view script_name(const LintContext& cx, Script s) {
    return cx.say().script[s == Script::Latin ? 0 : s == Script::Greek ? 1 : 2];
}

// Letters, digits and marks of a word, and the invisible characters inside it; everything else (white
// space, punctuation, symbols) separates words.
bool in_word(const CodePoint& c) {
    if (c.cp < 0x80) return ((c.cp | 0x20) >= 'a' && (c.cp | 0x20) <= 'z') || (c.cp >= '0' && c.cp <= '9');
    return c.script != Script::Common || invisible(c);
}

void check_field(const LintContext& cx, const std::string& path, std::string_view text) {
    bool plain = true;
    for (char c : text) plain = plain && static_cast<unsigned char>(c) < 0x80;
    if (plain) return;
    const std::vector<CodePoint> cps = code_points(text);
    std::vector<char32_t> hidden, bidi;
    std::vector<std::string> hiding_words, mixed_words;
    std::vector<std::string> mixed_scripts;
    for (std::size_t start = 0; start < cps.size();) {
        if (!in_word(cps[start])) {
            if (invisible(cps[start]) && !expected_invisible(cps, start))
                (cps[start].kind == FoldKind::Bidi ? bidi : hidden).push_back(cps[start].cp);
            ++start;
            continue;
        }
        std::size_t end = start;
        while (end < cps.size() && in_word(cps[end])) ++end;
        std::string shown;  // the word less its invisible characters
        bool hides = false;
        bool scripts[4] = {};
        for (std::size_t k = start; k < end; ++k) {
            const CodePoint& c = cps[k];
            if (invisible(c)) {
                if (expected_invisible(cps, k)) continue;
                (c.kind == FoldKind::Bidi ? bidi : hidden).push_back(c.cp);
                hides = true;
                continue;
            }
            shown.append(text.substr(c.begin, c.end - c.begin));
            // "μg", "5μmol": the micro sign typed as Greek mu, at the start of a word or after its number
            bool unit_prefix = c.cp == 0x03BC && (k == start || (cps[k - 1].cp >= '0' && cps[k - 1].cp <= '9'));
            if (latin_greek_cyrillic(c) && !unit_prefix) scripts[static_cast<int>(c.script)] = true;
        }
        if (hides && !shown.empty()) hiding_words.push_back(shown);
        int count = scripts[1] + scripts[2] + scripts[3];
        if (count > 1) {
            mixed_words.push_back(shown);
            for (Script s : {Script::Latin, Script::Greek, Script::Cyrillic})
                if (scripts[static_cast<int>(s)]) mixed_scripts.emplace_back(script_name(cx, s));
        }
        start = end;
    }
    if (!hidden.empty()) {
        std::string where = hiding_words.empty() ? "" : cx.fill(cx.say().invisible_inside, {{"list", cx.quoted_list(hiding_words)}});
        cx.report("L14", path, cx.fill(cx.say().invisible, {{"where", where}, {"characters", describe_all(cx, hidden)}}));
    }
    if (!bidi.empty()) cx.report("L14", path, cx.fill(cx.say().bidi, {{"characters", describe_all(cx, bidi)}}));
    if (!mixed_words.empty()) {
        bool several = false;
        std::string words = cx.quoted_list(mixed_words, &several);
        std::vector<std::string> distinct;
        for (const auto& s : mixed_scripts)
            if (std::find(distinct.begin(), distinct.end(), s) == distinct.end()) distinct.push_back(s);
        cx.report("L14", path, cx.fill(cx.say().mixed_scripts, several, {{"list", words}, {"scripts", cx.joined(distinct)}}));
    }
}

void check_optional(const LintContext& cx, const std::string& path, const std::optional<std::string>& text) {
    if (text) check_field(cx, path, *text);
}

}  // namespace

void check_disguises(const LintContext& cx) {
    const Dataset& d = cx.data;
    check_field(cx, "title", d.title);
    check_field(cx, "intervention", d.intervention);
    for (std::size_t i = 0; i < d.topics.size(); ++i)
        check_field(cx, "topics[" + std::to_string(i) + "].label", d.topics[i].label);
    // What patients read. The references' checking notes are left out: they are the evidence file's own words,
    // for the editor, and never reach the page.
    if (!d.emergency_line.empty()) check_field(cx, "emergency_line", d.emergency_line);
    constexpr unsigned kEveryText = kNames | kBrief | kSummary | kVerdictReason | kPopulation | kTimepoint |
                                    kOutcome | kCautions | kLinkNotes | kAbsoluteText;
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
        const Claim& c = d.claims[i];
        const std::string at = claim_path(i);
        for (const auto& field : claim_fields(c, i, kEveryText)) check_field(cx, field.path, *field.text);
        for (std::size_t k = 0; k < c.unsupported_figures.size(); ++k) {
            const std::string u = at + ".unsupported_figures[" + std::to_string(k) + "]";
            check_field(cx, u + ".figure", c.unsupported_figures[k].figure);
            check_field(cx, u + ".note", c.unsupported_figures[k].note);
        }
    }
    for (std::size_t i = 0; i < d.references.size(); ++i) {
        const Reference& ref = d.references[i];
        const std::string at = "references[" + std::to_string(i) + "]";
        check_optional(cx, at + ".dose", ref.dose);
        for (std::size_t k = 0; k < ref.findings.size(); ++k) {
            const Finding& f = ref.findings[k];
            const std::string fp = at + ".findings[" + std::to_string(k) + "].";
            check_optional(cx, fp + "outcome", f.outcome);
            check_optional(cx, fp + "timepoint", f.timepoint);
            check_optional(cx, fp + "magnesium", f.magnesium);
            check_optional(cx, fp + "control", f.control);
            check_optional(cx, fp + "effect", f.effect);
            check_optional(cx, fp + "p", f.p);
        }
    }
    for (std::size_t i = 0; i < d.harms.size(); ++i)
        check_field(cx, "harms[" + std::to_string(i) + "].statement", d.harms[i].statement);
    for (std::size_t i = 0; i < d.red_flags.size(); ++i)
        check_field(cx, "red_flags[" + std::to_string(i) + "].statement", d.red_flags[i].statement);
}

}  // namespace benefits::lint_detail
