// The template engine of the core's sentences (text.hpp): {name} placeholders, and the Spanish contractions
// and conjunctions that depend on the word a value starts with.
#include "benefits/text.hpp"

namespace benefits {
namespace {

bool ends_with_word(const std::string& out, std::string_view word) {
    if (out.size() < word.size() + 1 || out.compare(out.size() - word.size() - 1, word.size(), word) != 0 ||
        out.back() != ' ')
        return false;
    const std::size_t start = out.size() - word.size() - 1;
    return start == 0 || out[start - 1] == ' ' || out[start - 1] == '(';
}

bool starts_with_any(std::string_view value, std::initializer_list<std::string_view> starts) {
    for (auto s : starts)
        if (value.substr(0, s.size()) == s) return true;
    return false;
}

// Spanish: "de" + "el …" → "del …", "a" + "el …" → "al …"; "y" → "e" before an i sound ("e intravenoso", but
// "y hierro"), "o" → "u" before an o sound.
void join_spanish(std::string& out, std::string_view& value) {
    if (value.substr(0, 3) == "el ") {
        if (ends_with_word(out, "de") || ends_with_word(out, "De")) {
            out.insert(out.size() - 1, "l");
            value.remove_prefix(3);
        } else if (ends_with_word(out, "a") || ends_with_word(out, "A")) {
            out.insert(out.size() - 1, "l");
            value.remove_prefix(3);
        }
        return;
    }
    if (ends_with_word(out, "y") && starts_with_any(value, {"i", "I", "hi", "Hi", "\xC3\xAD", "h\xC3\xAD"}) &&
        !starts_with_any(value, {"hie", "hia", "hio", "hiu"}))
        out[out.size() - 2] = 'e';
    else if (ends_with_word(out, "o") && starts_with_any(value, {"o", "O", "ho", "Ho", "\xC3\xB3", "h\xC3\xB3"}))
        out[out.size() - 2] = 'u';
}

}  // namespace

Lang language_of(std::string_view tag) {
    std::string_view primary = tag.substr(0, tag.find('-'));
    if (primary.size() == 2 && (primary[0] | 0x20) == 'e' && (primary[1] | 0x20) == 's') return Lang::Es;
    return Lang::En;
}

const Texts& texts(Lang lang) { return lang == Lang::Es ? texts_es() : texts_en(); }

std::string Texts::fill(std::string_view tmpl, TextArgs args) const {
    std::string out;
    out.reserve(tmpl.size() + 64);
    std::size_t i = 0;
    while (i < tmpl.size()) {
        std::size_t open = tmpl.find('{', i);
        if (open == std::string_view::npos) break;
        std::size_t close = tmpl.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(tmpl.substr(i, open - i));
        std::string_view name = tmpl.substr(open + 1, close - open - 1);
        bool found = false;
        for (const auto& [key, value] : args) {
            if (key != name) continue;
            std::string_view v = value;
            if (lang == Lang::Es) join_spanish(out, v);
            out.append(v);
            found = true;
            break;
        }
        if (!found) out.append(tmpl.substr(open, close - open + 1));
        i = close + 1;
    }
    out.append(tmpl.substr(i));
    return out;
}

std::string capitalised(std::string text) {
    if (text.empty()) return text;
    if (text[0] >= 'a' && text[0] <= 'z') {
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    } else if (text.size() > 1 && static_cast<unsigned char>(text[0]) == 0xC3) {
        // á é í ó ú ñ ü (U+00E1…U+00FC) → Á É Í Ó Ú Ñ Ü: the second byte less 0x20
        unsigned char b = static_cast<unsigned char>(text[1]);
        if (b == 0xA1 || b == 0xA9 || b == 0xAD || b == 0xB3 || b == 0xBA || b == 0xB1 || b == 0xBC)
            text[1] = static_cast<char>(b - 0x20);
    }
    return text;
}

}  // namespace benefits
