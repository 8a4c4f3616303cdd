// L13: every figure a claim states comes from a source it cites, or is flagged as unsupported.
#include <algorithm>
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
                if (is_denominator(t, figures, k) || is_confidence_level(t, f)) continue;
                if (known(sourced, f) || known(flagged, f)) continue;
                unsourced.push_back(figure_text(t.str(), f));
            }
            if (unsourced.empty()) continue;
            cx.report("L13", field.path,
                      quoted_list(unsourced) + ": no source this claim cites states this figure, and "
                                               "unsupported_figures does not list it");
        }
    }
}

}  // namespace benefits::lint_detail
