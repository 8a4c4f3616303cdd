// L13: every figure a claim states comes from a source it cites, or is flagged as unsupported.
#include <algorithm>
#include <array>
#include <set>

#include "figures.hpp"
#include "lint_context.hpp"
#include "text_scan.hpp"

namespace benefits::lint_detail {
namespace {

void add_figures(std::vector<double>& out, const std::optional<std::string>& text) {
    if (!text) return;
    for (const Figure& f : figures_in(ScanText(*text).str())) out.push_back(f.value);
}

void add_number(std::vector<double>& out, const std::optional<int>& n) {
    if (n) out.push_back(*n);
}

void add_value(std::vector<double>& out, std::optional<double> v) {
    if (!v) return;
    out.push_back(*v < 0 ? -*v : *v);  // figures are read without their sign: "7 fewer"
}

// The numbers an absolute effect gives, as the page states them (absolute_text): both groups' events, totals,
// percentages and people in every 100; a difference and its interval.
void add_absolute(std::vector<double>& out, const AbsoluteEffect& a) {
    for (const GroupRate* g : {&a.magnesium, &a.control}) {
        if (g->events) out.push_back(*g->events);
        if (g->total) out.push_back(*g->total);
        add_value(out, g->percent);
        if ((g->events && g->total && *g->total > 0) || g->percent) out.push_back(g->per100());
    }
    if (a.kind != AbsoluteKind::Rates) {
        add_value(out, a.value);
        add_value(out, a.low);
        add_value(out, a.high);
    }
}

// Every number the claim's cited sources state (their findings, sizes, dose and year), over all its outcome
// rows' evidence, observations and absolute effects, and the absolute effects' own figures.
std::vector<double> source_numbers(const Claim& c, const Dataset& data) {
    std::set<std::string> cited;
    std::vector<double> out;
    for (const auto& row : c.outcomes) {
        for (const auto& link : row.evidence) cited.insert(link.ref);
        for (const auto& link : row.observations) cited.insert(link.ref);
        for (const auto& effect : row.absolute) {
            cited.insert(effect.ref);
            add_absolute(out, effect);
        }
    }
    for (const auto& id : cited) {
        const Reference* ref = data.find_reference(id);
        if (!ref) continue;
        for (const auto& f : ref->findings) {
            for (const auto* field : {&f.outcome, &f.timepoint, &f.magnesium, &f.control, &f.effect, &f.p})
                add_figures(out, *field);
        }
        add_number(out, ref->n_total);
        add_number(out, ref->n_magnesium);
        add_number(out, ref->n_control);
        add_number(out, ref->year);
        add_figures(out, ref->dose);
    }
    // A proportion a source gives as 0.20 (0.08 to 0.32) is 20 (8 to 32) in every 100 on the page.
    for (std::size_t k = 0, n = out.size(); k < n; ++k)
        if (out[k] > 0 && out[k] < 1) out.push_back(out[k] * 100);
    return out;
}

// The service, not a result: a clock time ("9 am") or how long a visit takes ("takes about 45 minutes", "a
// 30-minute consultation", "runs over 20 minutes"). A time after "within" or "after" is a result's time point
// ("works within 15 minutes") and stays a figure.
bool service_time(const ScanText& t, const Figure& f) {
    const std::string& s = t.str();
    std::size_t at = f.span.end;
    if (at < s.size() && (s[at] == '-' || s[at] == ' ')) ++at;
    std::size_t end = at;
    while (end < s.size() && is_word_char(s[end])) ++end;
    std::string_view unit(s.data() + at, end - at);
    if (unit == "am" || unit == "pm") return true;
    static constexpr std::array<std::string_view, 8> kUnits = {"minute", "minutes", "min", "mins",
                                                               "hour", "hours", "hr", "hrs"};
    if (std::find(kUnits.begin(), kUnits.end(), unit) == kUnits.end()) return false;
    std::string_view before = t.word_before(f.span.begin);
    if (before == "about" || before == "around" || before == "roughly") {
        before = t.word_before(static_cast<std::size_t>(before.data() - s.data()));
    }
    if (before == "within" || before == "after" || before == "in" || before == "by") return false;
    static constexpr std::array<std::string_view, 14> kService = {
        "takes", "take", "lasts", "last", "runs", "run", "session", "sessions", "appointment", "consultation",
        "visit", "book", "over", "allow"};
    Span clause = t.clause(f.span.begin);
    for (auto word : kService)
        for (Span w : t.find(word))
            if (w.begin >= clause.begin && w.end <= clause.end) return true;
    return false;
}

// Proportions and multiples written in words: "nine in ten clients" (90), "half of our clients" (50), "three
// quarters of people" (75), "three times more energy" (3). Each gives the figure it states and its words.
struct WordFigure {
    double value;
    std::string words;
};

std::vector<WordFigure> word_figures(const ScanText& t) {
    static constexpr std::array<std::string_view, 11> kNumbers = {"zero", "one", "two", "three", "four", "five",
                                                                  "six", "seven", "eight", "nine", "ten"};
    static constexpr std::array<std::string_view, 8> kPeople = {"clients", "people", "patients", "customers",
                                                                "users", "women", "men", "adults"};
    std::vector<WordFigure> out;
    auto number_at = [&](std::string_view word) -> int {
        for (std::size_t n = 0; n < kNumbers.size(); ++n)
            if (kNumbers[n] == word) return static_cast<int>(n);
        return -1;
    };
    const std::string& s = t.str();
    auto word_end = [&](std::size_t from) {
        while (from < s.size() && is_word_char(s[from])) ++from;
        return from;
    };
    for (std::size_t at = 0; at < s.size();) {
        if (!is_word_char(s[at]) || (at > 0 && is_word_char(s[at - 1]))) {
            ++at;
            continue;
        }
        std::size_t end = word_end(at);
        std::string_view word(s.data() + at, end - at);
        std::string_view next = t.word_after(end);
        std::size_t next_end = next.empty() ? end : static_cast<std::size_t>(next.data() - s.data()) + next.size();
        std::string_view third = t.word_after(next_end);
        std::size_t third_end = third.empty() ? next_end : static_cast<std::size_t>(third.data() - s.data()) + third.size();
        std::string_view fourth = t.word_after(third_end);
        int n = number_at(word);
        auto person = [&](std::string_view w) { return std::find(kPeople.begin(), kPeople.end(), w) != kPeople.end(); };
        if (n > 0 && (next == "in" || next == "of") && number_at(third) > n) {
            out.push_back({100.0 * n / number_at(third), std::string(s.substr(at, third_end - at))});
        } else if (n > 0 && next == "out" && third == "of" && number_at(fourth) > n) {
            std::size_t fourth_end = static_cast<std::size_t>(fourth.data() - s.data()) + fourth.size();
            out.push_back({100.0 * n / number_at(fourth), std::string(s.substr(at, fourth_end - at))});
        } else if (n > 1 && next == "times") {
            out.push_back({static_cast<double>(n), std::string(s.substr(at, next_end - at))});
        } else if (word == "half" && next == "of" && (person(third) || person(fourth))) {
            out.push_back({50, "half of"});
        } else if ((word == "three" && next == "quarters") || (word == "two" && next == "thirds")) {
            if (third == "of")
                out.push_back({word == "three" ? 75.0 : 66.7, std::string(s.substr(at, next_end - at))});
        }
        at = end;
    }
    return out;
}

std::vector<double> flagged_numbers(const Claim& c) {
    std::vector<double> out;
    for (const auto& u : c.unsupported_figures) add_figures(out, u.figure);
    return out;
}

}  // namespace

void check_figures(const LintContext& cx) {
    for (std::size_t i = 0; i < cx.data.claims.size(); ++i) {
        const Claim& c = cx.data.claims[i];
        std::vector<double> sourced = source_numbers(c, cx.data);
        std::vector<double> flagged = flagged_numbers(c);
        auto known = [](const std::vector<double>& numbers, const Figure& f) {
            return std::any_of(numbers.begin(), numbers.end(), [&](double v) { return rounds_to(v, f); });
        };
        for (const auto& field : claim_fields(c, i, kTitle | kBrief | kSummary | kVerdictReason | kCautions)) {
            ScanText t(*field.text);
            std::vector<Figure> figures = figures_in(t.str());
            std::vector<std::string> unsourced;
            for (std::size_t k = 0; k < figures.size(); ++k) {
                const Figure& f = figures[k];
                if (is_denominator(t, figures, k) || is_confidence_level(t, f) || service_time(t, f)) continue;
                if (known(sourced, f) || known(flagged, f)) continue;
                unsourced.push_back(figure_text(t.str(), f));
            }
            // Numbers in words: a source must state the proportion (to the nearest whole number) or multiple.
            for (const auto& w : word_figures(t)) {
                Figure as_figure;
                as_figure.value = w.value < 10 ? w.value : static_cast<double>(static_cast<long>(w.value + 0.5));
                if (known(sourced, as_figure) || known(flagged, as_figure)) continue;
                unsourced.push_back(w.words);
            }
            if (unsourced.empty()) continue;
            cx.report("L13", field.path,
                      quoted_list(unsourced) + ": no source this claim cites states this figure, and "
                                               "unsupported_figures does not list it");
        }
    }
}

}  // namespace benefits::lint_detail
