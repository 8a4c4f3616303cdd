// L13: every figure a claim states comes from a source it cites, or is flagged as unsupported.
#include <algorithm>
#include <array>
#include <set>

#include "figures.hpp"
#include "lint_context.hpp"
#include "text_scan.hpp"

namespace benefits::lint_detail {
namespace {

// What a number counts, so that a figure is matched with its unit: "54%" is not "54 people".
enum class Unit { Any, Count, Percent };
struct Sourced {
    double value;
    Unit unit;
};

// A source's numbers in its own text: "54/120" are counts, "45%" a percentage, anything else any unit.
void add_figures(std::vector<Sourced>& out, const std::optional<std::string>& text, const Language& lang) {
    if (!text) return;
    ScanText t(*text, lang);
    const std::string& s = t.str();
    for (const Figure& f : figures_in(s, lang.decimal_comma)) {
        bool ratio = (f.span.end < s.size() && s[f.span.end] == '/') || (f.span.begin > 0 && s[f.span.begin - 1] == '/');
        out.push_back({f.value, f.percent ? Unit::Percent : ratio ? Unit::Count : Unit::Any});
    }
}

void add_number(std::vector<Sourced>& out, const std::optional<int>& n, Unit unit) {
    if (n) out.push_back({static_cast<double>(*n), unit});
}

void add_value(std::vector<Sourced>& out, std::optional<double> v, Unit unit) {
    if (!v) return;
    out.push_back({*v < 0 ? -*v : *v, unit});  // figures are read without their sign: "7 fewer"
}

// The numbers an absolute effect gives, as the page states them (absolute_text): both groups' events and
// totals (counts), percentages and people in every 100 (percentages); a difference and its interval.
void add_absolute(std::vector<Sourced>& out, const AbsoluteEffect& a) {
    for (const GroupRate* g : {&a.magnesium, &a.control}) {
        if (g->events) out.push_back({static_cast<double>(*g->events), Unit::Count});
        if (g->total) out.push_back({static_cast<double>(*g->total), Unit::Count});
        add_value(out, g->percent, Unit::Percent);
        if ((g->events && g->total && *g->total > 0) || g->percent) out.push_back({static_cast<double>(g->per100()), Unit::Percent});
    }
    if (a.kind != AbsoluteKind::Rates) {
        add_value(out, a.value, Unit::Any);
        add_value(out, a.low, Unit::Any);
        add_value(out, a.high, Unit::Any);
    }
}

// Every number the claim's cited sources state (their findings, sizes, dose and year), over all its outcome
// rows' evidence, observations and absolute effects, and the absolute effects' own figures.
std::vector<Sourced> source_numbers(const Claim& c, const Dataset& data, const Language& lang) {
    std::set<std::string> cited;
    std::vector<Sourced> out;
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
                add_figures(out, *field, lang);
        }
        add_number(out, ref->n_total, Unit::Count);
        add_number(out, ref->n_magnesium, Unit::Count);
        add_number(out, ref->n_control, Unit::Count);
        add_number(out, ref->year, Unit::Any);
        add_figures(out, ref->dose, lang);
    }
    // A proportion a source gives as 0.20 (0.08 to 0.32) is 20 (8 to 32) in every 100 on the page.
    for (std::size_t k = 0, n = out.size(); k < n; ++k)
        if (out[k].value > 0 && out[k].value < 1 && out[k].unit != Unit::Count) out.push_back({out[k].value * 100, Unit::Percent});
    return out;
}

// The unit a figure in the text is stated in: a percentage ("54%", "54 per cent"), a count of people ("54
// people", "54 of our clients"), or any.
Unit stated_unit(const ScanText& t, const Figure& f) {
    if (f.percent) return Unit::Percent;
    const Language& lang = t.language();
    auto in = [](Words words, std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); };
    std::string_view next = t.word_after(f.span.end);
    if (in(lang.people, next)) return Unit::Count;
    // "54 of 120", "54 of our clients" are counts; "7 of every 100" is a rate (its 100 is skipped).
    if (in(lang.count_links, next)) {
        std::size_t after = static_cast<std::size_t>(next.data() - t.str().data()) + next.size();
        std::string_view then = t.word_after(after);
        if (then.empty() || in(lang.denominator_words, then)) return Unit::Any;
        if ((then.front() >= '0' && then.front() <= '9') || in(lang.people, then)) return Unit::Count;
        std::size_t then_end = static_cast<std::size_t>(then.data() - t.str().data()) + then.size();
        return in(lang.people, t.word_after(then_end)) ? Unit::Count : Unit::Any;
    }
    return Unit::Any;
}

// The service, not a result: a clock time ("9 am") or how long a visit takes ("takes about 45 minutes", "a
// 30-minute consultation", "runs over 20 minutes"). A time after "within" or "after" is a result's time point
// ("works within 15 minutes") and stays a figure.
bool service_time(const ScanText& t, const Figure& f) {
    const Language& lang = t.language();
    auto in = [](Words words, std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); };
    const std::string& s = t.str();
    std::size_t at = f.span.end;
    if (at < s.size() && (s[at] == '-' || s[at] == ' ')) ++at;
    std::size_t end = at;
    while (end < s.size() && is_word_char(s[end])) ++end;
    std::string_view unit(s.data() + at, end - at);
    if (in(lang.clock_words, unit)) return true;
    if (!in(lang.time_units, unit)) return false;
    std::string_view before = t.word_before(f.span.begin);
    if (in(lang.about_words, before)) before = t.word_before(static_cast<std::size_t>(before.data() - s.data()));
    if (in(lang.time_result_words, before)) return false;
    Span clause = t.clause(f.span.begin);
    for (auto word : lang.service_words)
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
    const Language& lang = t.language();
    auto in = [](Words words, std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); };
    const std::string& s = t.str();
    std::vector<Span> words;  // every word of the text, in order
    for (std::size_t at = 0; at < s.size();) {
        if (!is_word_char(s[at])) {
            ++at;
            continue;
        }
        std::size_t end = at;
        while (end < s.size() && is_word_char(s[end])) ++end;
        words.push_back({at, end});
        at = end;
    }
    auto word = [&](std::size_t k) { return k < words.size() ? t.slice(words[k]) : std::string_view{}; };
    // The value of the number word at k ("uno|una": alternatives for one number), or -1.
    auto number_at = [&](std::size_t k) -> int {
        std::string_view w = word(k);
        if (w.empty()) return -1;
        for (std::size_t n = 0; n < lang.number_words.size(); ++n) {
            std::string_view alts = lang.number_words[n];
            for (std::size_t from = 0;;) {
                std::size_t bar = alts.find('|', from);
                if (alts.substr(from, bar == std::string_view::npos ? alts.npos : bar - from) == w)
                    return static_cast<int>(n);
                if (bar == std::string_view::npos) break;
                from = bar + 1;
            }
        }
        return -1;
    };
    // How many words of a phrase match from word k on (0 when it does not match).
    auto match = [&](std::size_t k, std::string_view phrase) -> std::size_t {
        std::size_t n = 0;
        for (std::size_t from = 0;;) {
            std::size_t space = phrase.find(' ', from);
            if (word(k + n) != phrase.substr(from, space == std::string_view::npos ? phrase.npos : space - from)) return 0;
            ++n;
            if (space == std::string_view::npos) return n;
            from = space + 1;
        }
    };
    std::vector<WordFigure> out;
    for (std::size_t k = 0; k < words.size(); ++k) {
        auto text_of = [&](std::size_t last) {
            return std::string(s.substr(words[k].begin, words[last].end - words[k].begin));
        };
        const int n = number_at(k);
        bool found = false;
        if (n > 0) {
            // "nine in ten", "eight out of ten", "nueve de cada diez".
            for (auto link : lang.proportion_links) {
                std::size_t len = match(k + 1, link);
                if (!len) continue;
                int of = number_at(k + 1 + len);
                if (of > n) {
                    out.push_back({100.0 * n / of, text_of(k + 1 + len)});
                    k += 1 + len;
                    found = true;
                    break;
                }
            }
            // "three times", "tres veces".
            if (!found && n > 1 && in(lang.times_words, word(k + 1))) {
                out.push_back({static_cast<double>(n), text_of(k + 1)});
                k += 1;
                found = true;
            }
        }
        if (found) continue;
        // "half of our clients", "three quarters of people", "la mitad", "el doble".
        for (const auto& p : lang.word_figure_phrases) {
            std::size_t len = match(k, p.phrase);
            if (!len) continue;
            if (p.needs_people && !in(lang.people, word(k + len)) && !in(lang.people, word(k + len + 1))) continue;
            out.push_back({p.value, text_of(k + len - 1)});
            k += len - 1;
            break;
        }
    }
    return out;
}

std::vector<Sourced> flagged_numbers(const Claim& c, const Language& lang) {
    std::vector<Sourced> out;
    for (const auto& u : c.unsupported_figures) add_figures(out, u.figure, lang);
    for (auto& n : out) n.unit = Unit::Any;  // the editor's own list: the figure as the text states it
    return out;
}

}  // namespace

void check_figures(const LintContext& cx) {
    for (std::size_t i = 0; i < cx.data.claims.size(); ++i) {
        const Claim& c = cx.data.claims[i];
        std::vector<Sourced> sourced = source_numbers(c, cx.data, cx.lang());
        std::vector<Sourced> flagged = flagged_numbers(c, cx.lang());
        auto known = [](const std::vector<Sourced>& numbers, const Figure& f, Unit unit) {
            return std::any_of(numbers.begin(), numbers.end(), [&](const Sourced& n) {
                return (unit == Unit::Any || n.unit == Unit::Any || n.unit == unit) && rounds_to(n.value, f);
            });
        };
        // A claim published as supported asserts its figures as sourced: listing one as unsupported does not
        // fix it (the card would show a supported verdict beside a figure no source states).
        const bool supported = c.verdict == Verdict::Supported;
        for (const auto& field : claim_fields(c, i, kTitle | kBrief | kSummary | kVerdictReason | kCautions)) {
            ScanText t(*field.text, cx.lang());
            std::vector<Figure> figures = figures_in(t.str(), cx.lang().decimal_comma);
            std::vector<std::string> unsourced, listed_only;
            const bool asserted = supported && !field.path.ends_with(".cautions") &&
                                  field.path.find(".cautions[") == std::string::npos;
            auto judge = [&](const Figure& f, Unit unit, std::string words) {
                if (known(sourced, f, unit)) return;
                if (known(flagged, f, Unit::Any)) {
                    if (asserted) listed_only.push_back(std::move(words));
                    return;
                }
                unsourced.push_back(std::move(words));
            };
            // A figure inside an absolute ("100% natural", "100 % seguro") is L1's finding: one per problem.
            const std::vector<Span> absolutes = find_asserted(t, cx.words().banned_absolutes(), false);
            auto in_absolute = [&](const Figure& f) {
                return std::any_of(absolutes.begin(), absolutes.end(),
                                   [&](Span a) { return a.begin <= f.span.begin && f.span.end <= a.end; });
            };
            for (std::size_t k = 0; k < figures.size(); ++k) {
                const Figure& f = figures[k];
                if (is_denominator(t, figures, k) || is_confidence_level(t, f) || service_time(t, f)) continue;
                if (in_absolute(f)) continue;
                // "You may have read that drips are 100% safe. They are not.": a figure reported to be denied.
                if (t.denied(f.span.begin, f.span.end)) continue;
                judge(f, stated_unit(t, f), figure_text(t.str(), f));
            }
            // Numbers in words: a source must state the proportion (to the nearest whole number) or multiple.
            for (const auto& w : word_figures(t)) {
                Figure as_figure;
                as_figure.value = w.value < 10 ? w.value : static_cast<double>(static_cast<long>(w.value + 0.5));
                judge(as_figure, w.value < 10 ? Unit::Any : Unit::Percent, w.words);
            }
            if (!unsourced.empty())
                cx.report("L13", field.path,
                          cx.fill(cx.say().figure_unsourced, {{"list", cx.quoted_list(unsourced)}}),
                          supported ? std::string(cx.say().figure_unsourced_supported_fix) : std::string{});
            if (!listed_only.empty())
                cx.report("L13", field.path,
                          cx.fill(cx.say().figure_listed_supported, {{"list", cx.quoted_list(listed_only)}}),
                          std::string(cx.say().figure_listed_supported_fix));
        }
    }
}

}  // namespace benefits::lint_detail
