#include "benefits/wording.hpp"

#include "benefits/text.hpp"
#include "json/reader.hpp"  // number_text

#include <cmath>
#include <cstdint>
#include <string_view>

namespace benefits {
namespace {

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

// "pain 30 minutes after the infusion": the outcome (with its article in Spanish), then its time point.
std::string timepoint_phrase(const OutcomeRow& row) {
    return row.timepoint.empty() ? std::string() : " " + isolated(row.timepoint);
}

std::string outcome_phrase(const OutcomeRow& row, const Texts& t) {
    return t.the(isolated(row.outcome), row.outcome_grammar) + timepoint_phrase(row);
}

std::string intervention_phrase(const OutcomeRow& row, const Texts& t) {
    return t.the(isolated(row.intervention), row.intervention_grammar);
}

std::string comparator_phrase(const OutcomeRow& row, const Texts& t) {
    return t.the(isolated(row.comparator), row.comparator_grammar);
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

// "between 6 and 68 more" (same side: smaller size first), "between 23 fewer and 9 more" (either side).
template <class Format>
std::string between(const Texts& t, double low, double high, std::string_view below, std::string_view above,
                    std::string_view about, Format format) {
    if (low > high) std::swap(low, high);
    if (low >= 0) return t.fill(t.between_same_side, {{"about", about}, {"low", format(low)}, {"high", format(high)},
                                                     {"side", above}});
    if (high <= 0) return t.fill(t.between_same_side, {{"about", about}, {"low", format(-high)},
                                                      {"high", format(-low)}, {"side", below}});
    return t.fill(t.between_sides, {{"about", about}, {"low", format(-low)}, {"below", below}, {"high", format(high)},
                                    {"above", above}});
}

std::string about_word(const Texts& t, const People& p) {
    return std::string(p.rounded ? (p.n == 1 ? t.about_one : t.about) : "");
}

// What happened, after a count of people: the translation's singular after exactly one ("1 persona … tuvo").
std::string event_after(const AbsoluteEffect& a, long count) {
    const std::string& phrase = count == 1 && !a.event_one.empty() ? a.event_one : a.event;
    return phrase.empty() ? "" : " " + isolated(phrase);
}

std::string risk_difference_text(const AbsoluteEffect& a, const Texts& t) {
    People p = people(std::fabs(a.value));
    std::string event = event_after(a, p.n);
    std::string text;
    if (p.n == 0) {
        text = t.fill(p.rounded ? t.about_same_number : t.same_number, {{"event", event}});
    } else {
        text = t.fill(t.people_difference, {{"about", about_word(t, p)},
                                            {"n", std::to_string(p.n)},
                                            {"side", a.value < 0 ? t.fewer : t.more},
                                            {"people", t.person[p.n == 1 ? 0 : 1]},
                                            {"event", event}});
    }
    if (a.low && a.high) {
        const bool rounded = people(*a.low).rounded || people(*a.high).rounded;
        std::string range = between(t, *a.low, *a.high, t.fewer, t.more, rounded ? t.about : "",
                                    [](double v) { return std::to_string(people(v).n); });
        text += " (" + range + ")";
    }
    return text;
}

std::string comparison_group(const OutcomeRow& row, const Texts& t) {
    return row.comparator.empty() ? std::string(t.comparison_group) : comparator_phrase(row, t);
}

// A group's people in every 100; nullopt when the source gives neither counts nor a percentage.
std::optional<People> rate_people(const GroupRate& rate) {
    if (rate.events && rate.total && *rate.total > 0) return people(100.0 * *rate.events / *rate.total);
    if (rate.percent) return people(*rate.percent);
    return std::nullopt;
}

// "80 in every 100", "about 18 in every 100".
std::string rate_text(const People& p, const Texts& t) {
    return t.fill(t.rate, {{"about", about_word(t, p)}, {"n", std::to_string(p.n)}});
}

std::string rates_text(const AbsoluteEffect& a, const OutcomeRow& row, const Texts& t) {
    auto mine = rate_people(a.magnesium), theirs = rate_people(a.control);
    const std::string intervention = intervention_phrase(row, t), comparison = comparison_group(row, t);
    // The event follows the first rate the sentence gives.
    if (mine && theirs)
        return t.fill(t.both_rates, {{"mine", rate_text(*mine, t)}, {"event", event_after(a, mine->n)},
                                     {"intervention", intervention}, {"theirs", rate_text(*theirs, t)},
                                     {"comparison", comparison}});
    if (mine)
        return t.fill(t.one_rate, {{"rate", rate_text(*mine, t)}, {"event", event_after(a, mine->n)},
                                   {"group", intervention}, {"other", comparison}});
    if (theirs)
        return t.fill(t.one_rate, {{"rate", rate_text(*theirs, t)}, {"event", event_after(a, theirs->n)},
                                   {"group", comparison}, {"other", intervention}});
    return std::string(t.no_rates);
}

std::string mean_difference_text(const AbsoluteEffect& a, const OutcomeRow& row, const Texts& t) {
    std::string scale = a.scale.empty() ? "" : " " + isolated(a.scale);
    const std::string intervention = intervention_phrase(row, t), comparison = comparison_group(row, t);
    auto format = [&](double v) { return decimal(v, t.decimal_point); };
    std::string text =
        format(a.value) == "0"
            ? t.fill(t.mean_no_difference, {{"scale", scale}, {"intervention", intervention}, {"comparison", comparison}})
            : t.fill(t.mean_difference, {{"value", format(std::fabs(a.value))},
                                         {"scale", scale},
                                         {"side", a.value < 0 ? t.lower : t.higher},
                                         {"intervention", intervention},
                                         {"comparison", comparison}});
    if (a.low && a.high) text += " (" + between(t, *a.low, *a.high, t.lower, t.higher, "", format) + ")";
    return text;
}

}  // namespace

// Rounded without printf: its formatting code and the long-double arithmetic behind it were about 12 KB of
// the module.
std::string decimal(double value, char point) {
    // The loader keeps measurements within ±1e9; past 1e15 hundredths no longer fit the arithmetic below.
    if (!std::isfinite(value) || std::fabs(value) >= 1e15) return number_text(value);
    int exponent = 0;
    const double fraction = std::frexp(std::fabs(value), &exponent);  // |value| = fraction × 2^exponent
    const auto mantissa = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
    exponent -= 53;                                                     // |value| = mantissa × 2^exponent
    std::uint64_t hundredths = mantissa * 100;                          // below 2^60
    if (exponent >= 0) {
        hundredths <<= exponent;
    } else if (exponent <= -61) {
        hundredths = 0;  // below half a hundredth
    } else {
        const unsigned shift = static_cast<unsigned>(-exponent);
        const std::uint64_t rest = hundredths & ((std::uint64_t(1) << shift) - 1);
        const std::uint64_t half = std::uint64_t(1) << (shift - 1);
        hundredths >>= shift;
        if (rest > half || (rest == half && (hundredths & 1))) ++hundredths;
    }
    std::string s = (value < 0 && hundredths ? "-" : "") + std::to_string(hundredths / 100);
    if (const auto cents = hundredths % 100) {
        s += point;
        s += static_cast<char>('0' + cents / 10);
        if (cents % 10) s += static_cast<char>('0' + cents % 10);
    }
    return s;
}

std::string row_statement(const OutcomeRow& row, std::optional<Certainty> certainty, Lang lang) {
    const Texts& t = texts(lang);
    const std::string intervention = intervention_phrase(row, t), outcome = outcome_phrase(row, t);
    const std::string effect_of =
        row.comparator.empty()
            ? t.fill(t.effect_of, {{"intervention", intervention}, {"outcome", outcome}})
            : t.fill(t.effect_of_compared,
                     {{"intervention", intervention}, {"comparator", comparator_phrase(row, t)}, {"outcome", outcome}});
    if (!certainty) {
        if (!row.observations.empty()) return t.fill(t.observations_only, {{"effect", effect_of}});
        if (!row.evidence.empty()) return t.fill(t.no_controlled, {{"effect", effect_of}});
        return t.fill(t.no_studies, {{"effect", effect_of}});
    }
    if (*certainty == Certainty::VeryLow || !row.direction) return t.fill(t.very_uncertain, {{"effect", effect_of}});

    const auto& by_certainty = t.verbs[static_cast<std::size_t>(*row.direction)];
    const auto& verbs = by_certainty[*certainty == Certainty::High ? 0 : *certainty == Certainty::Moderate ? 1 : 2];
    std::string_view verb = verbs[row.intervention_grammar.plural ? 1 : 0];
    // "slightly" goes where the language puts it: "may reduce pain slightly 2 hours after…", "puede reducir
    // ligeramente el dolor 2 horas después…".
    bool slightly = row.size == EffectSize::Slight && *row.direction != EffectDirection::NoDifference;
    std::string what = t.fill(slightly ? t.what_slightly : t.what,
                              {{"outcome", t.the(isolated(row.outcome), row.outcome_grammar)},
                               {"timepoint", timepoint_phrase(row)}});
    std::string subject = row.comparator.empty()
                              ? capitalised(intervention)
                              : t.fill(t.compared_subject,
                                       {{"comparator", comparator_phrase(row, t)}, {"intervention", intervention}});
    return t.fill(t.statement, {{"subject", subject}, {"verb", verb}, {"what", what}});
}

std::string absolute_text(const AbsoluteEffect& effect, const OutcomeRow& row, Lang lang) {
    const Texts& t = texts(lang);
    switch (effect.kind) {
        case AbsoluteKind::Rates: return capitalised(rates_text(effect, row, t));
        case AbsoluteKind::RiskDifference: return capitalised(risk_difference_text(effect, t));
        case AbsoluteKind::MeanDifference: return capitalised(mean_difference_text(effect, row, t));
    }
    return "";
}

}  // namespace benefits
