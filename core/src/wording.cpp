#include "benefits/wording.hpp"

#include <cmath>
#include <cstdio>
#include <string_view>

namespace benefits {
namespace {

// Verb phrases by direction, indexed by certainty (very low is worded separately), GRADE guideline 26.
struct Verbs {
    std::string_view high, moderate, low;
};

Verbs verbs_for(EffectDirection direction) {
    switch (direction) {
        case EffectDirection::Decrease: return {"reduces", "probably reduces", "may reduce"};
        case EffectDirection::Increase: return {"increases", "probably increases", "may increase"};
        case EffectDirection::NoDifference:
            return {"results in little to no difference in", "likely results in little to no difference in",
                    "may result in little to no difference in"};
    }
    return {"", "", ""};
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

// "pain 30 minutes after the infusion": the outcome, then its time point when there is one.
std::string outcome_phrase(const OutcomeRow& row) {
    std::string out = isolated(row.outcome);
    if (!row.timepoint.empty()) out.append(" ").append(isolated(row.timepoint));
    return out;
}

// ---- numbers in words -------------------------------------------------------------------------------------

// A whole number of people and whether it had to be rounded to be one.
struct People {
    long n = 0;
    bool rounded = false;
};

People people(double value) {
    double r = std::round(value);
    return {static_cast<long>(r), std::fabs(value - r) > 1e-9};
}

// A measurement as the source gives it, to at most two decimals, without trailing zeros: 9.73, 1.9, 3.
std::string decimal(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string s(buffer);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

// "between 6 and 68 more" (same side: smaller size first), "between 23 fewer and 9 more" (either side).
// `word` gives the side's word for a number below or above zero.
template <class Format>
std::string between(double low, double high, std::string_view below, std::string_view above, Format format) {
    if (low > high) std::swap(low, high);
    if (low >= 0) return "between " + format(low) + " and " + format(high) + " " + std::string(above);
    if (high <= 0) return "between " + format(-high) + " and " + format(-low) + " " + std::string(below);
    return "between " + format(-low) + " " + std::string(below) + " and " + format(high) + " " + std::string(above);
}

std::string risk_difference_text(const AbsoluteEffect& a) {
    People p = people(std::fabs(a.value));
    std::string event = a.event.empty() ? "" : " " + isolated(a.event);
    std::string text;
    if (p.n == 0) {
        text = (p.rounded ? "About the same number of people in every 100" : "The same number of people in every 100") +
               event + " in both groups";
    } else {
        text = (p.rounded ? "about " : "") + std::to_string(p.n) + (a.value < 0 ? " fewer " : " more ") +
               (p.n == 1 ? "person" : "people") + " in every 100" + event;
    }
    if (a.low && a.high) {
        std::string range = between(*a.low, *a.high, "fewer", "more", [](double v) {
            return std::to_string(people(v).n);
        });
        if (people(*a.low).rounded || people(*a.high).rounded) range.insert(std::string_view("between ").size(), "about ");
        text += " (" + range + ")";
    }
    return text;
}

std::string comparison_group(const OutcomeRow& row) {
    return row.comparator.empty() ? "the comparison group" : isolated(row.comparator);
}

// "80 in every 100", "about 18 in every 100"; nullopt when the source gives neither counts nor a percentage.
std::optional<std::string> rate_text(const GroupRate& rate) {
    double per100;
    if (rate.events && rate.total && *rate.total > 0) per100 = 100.0 * *rate.events / *rate.total;
    else if (rate.percent) per100 = *rate.percent;
    else return std::nullopt;
    People p = people(per100);
    return (p.rounded ? "about " : "") + std::to_string(p.n) + " in every 100";
}

std::string rates_text(const AbsoluteEffect& a, const OutcomeRow& row) {
    auto mine = rate_text(a.magnesium), theirs = rate_text(a.control);
    std::string event = a.event.empty() ? "" : " " + isolated(a.event);
    std::string with_mine = " with " + isolated(row.intervention), with_theirs = " with " + comparison_group(row);
    if (mine && theirs) return *mine + event + with_mine + ", " + *theirs + with_theirs;
    if (mine) return *mine + event + with_mine + "; not reported" + with_theirs;
    if (theirs) return *theirs + event + with_theirs + "; not reported" + with_mine;
    return "Not reported for either group";
}

std::string mean_difference_text(const AbsoluteEffect& a, const OutcomeRow& row) {
    std::string scale = a.scale.empty() ? "" : " " + isolated(a.scale);
    std::string against = " with " + isolated(row.intervention) + " than with " + comparison_group(row);
    std::string text = decimal(a.value) == "0"
                           ? "On average no difference" + scale + " with " + isolated(row.intervention) +
                                 " and with " + comparison_group(row)
                           : "On average " + decimal(std::fabs(a.value)) + scale +
                                 (a.value < 0 ? " lower" : " higher") + against;
    if (a.low && a.high) text += " (" + between(*a.low, *a.high, "lower", "higher", decimal) + ")";
    return text;
}

}  // namespace

std::string row_statement(const OutcomeRow& row, std::optional<Certainty> certainty) {
    const std::string intervention = isolated(row.intervention), outcome = outcome_phrase(row);
    const std::string effect_of = "the effect of " + intervention +
                                  (row.comparator.empty() ? "" : ", compared with " + isolated(row.comparator) + ",") +
                                  " on " + outcome;
    if (!certainty) {
        if (!row.observations.empty())
            return "No study with a comparison group measured " + effect_of +
                   "; there are only reports of people treated without one, which cannot show whether it works.";
        if (!row.evidence.empty()) return "No study with a comparison group measured " + effect_of + ".";
        return "We found no studies of " + effect_of + ".";
    }
    if (*certainty == Certainty::VeryLow || !row.direction) return "The evidence is very uncertain about " + effect_of + ".";

    Verbs verbs = verbs_for(*row.direction);
    std::string_view verb = *certainty == Certainty::High       ? verbs.high
                            : *certainty == Certainty::Moderate ? verbs.moderate
                                                                : verbs.low;
    // "slightly" follows the outcome, before its time point: "may reduce pain slightly 2 hours after…".
    bool slightly = row.size == EffectSize::Slight && *row.direction != EffectDirection::NoDifference;
    std::string what = isolated(row.outcome) + (slightly ? " slightly" : "") +
                       (row.timepoint.empty() ? "" : " " + isolated(row.timepoint));
    std::string sentence = row.comparator.empty() ? capitalised(intervention)
                                                  : "Compared with " + isolated(row.comparator) + ", " + intervention;
    return sentence + " " + std::string(verb) + " " + what + ".";
}

std::string absolute_text(const AbsoluteEffect& effect, const OutcomeRow& row) {
    switch (effect.kind) {
        case AbsoluteKind::Rates: return capitalised(rates_text(effect, row));
        case AbsoluteKind::RiskDifference: return capitalised(risk_difference_text(effect));
        case AbsoluteKind::MeanDifference: return capitalised(mean_difference_text(effect, row));
    }
    return "";
}

}  // namespace benefits
