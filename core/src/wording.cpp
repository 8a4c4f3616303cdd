#include "benefits/wording.hpp"

#include <array>

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

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace

std::string plain_language(const Effect& effect, Certainty certainty) {
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
