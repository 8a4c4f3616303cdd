#include "benefits/wording.hpp"

#include <string_view>

namespace benefits {
namespace {

// Verb phrases by direction, indexed by certainty (very low is worded separately).
struct Verbs {
    std::string_view high, moderate, low;
};

Verbs verbs_for(EffectDirection direction) {
    switch (direction) {
        case EffectDirection::Decrease: return {"reduces", "probably reduces", "may reduce"};
        case EffectDirection::Increase: return {"increases", "probably increases", "may increase"};
        default:
            return {"results in little to no difference in", "probably results in little to no difference in",
                    "may result in little to no difference in"};
    }
}

// Bidirectional controls (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069) in a value would reorder the
// words around it; such a value is isolated between FSI (U+2068) and PDI (U+2069).
bool has_bidi_control(std::string_view text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
        if (b(i) == 0xD8 && b(i + 1) == 0x9C) return true;
        if (i + 2 < text.size() && b(i) == 0xE2) {
            if (b(i + 1) == 0x80 && (b(i + 2) == 0x8E || b(i + 2) == 0x8F || (b(i + 2) >= 0xAA && b(i + 2) <= 0xAE)))
                return true;
            if (b(i + 1) == 0x81 && b(i + 2) >= 0xA6 && b(i + 2) <= 0xA9) return true;
        }
    }
    return false;
}

std::string isolated(const std::string& text) {
    if (!has_bidi_control(text)) return text;
    std::string out("\u2068");
    out.append(text).append("\u2069");
    return out;
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace

std::string plain_language(const Effect& raw, Certainty certainty) {
    const Effect effect{isolated(raw.intervention), isolated(raw.outcome), raw.direction};
    if (effect.direction == EffectDirection::NotMeasured)
        return "No controlled study we found measured the effect of " + effect.intervention + " on " + effect.outcome + ".";
    if (certainty == Certainty::VeryLow)
        return "The evidence is very uncertain about the effect of " + effect.intervention + " on " +
               effect.outcome + ".";
    Verbs verbs = verbs_for(effect.direction);
    std::string_view verb = certainty == Certainty::High       ? verbs.high
                            : certainty == Certainty::Moderate ? verbs.moderate
                                                               : verbs.low;
    return capitalised(effect.intervention) + " " + std::string(verb) + " " + effect.outcome + ".";
}

}  // namespace benefits
