#include "benefits/lint.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "lint_context.hpp"

namespace benefits {
namespace lint_detail {
namespace {

// 3 for "L3"
int rule_number(std::string_view id) {
    int n = 0;
    for (char c : id)
        if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
    return n;
}

}  // namespace

bool brief_is_asserted(const Claim& claim) {
    // Contested says the brief quotes a source correctly: the brief must hold as far as that source goes.
    return claim.verdict == Verdict::Supported || claim.verdict == Verdict::PartlySupported ||
           claim.verdict == Verdict::Contested;
}

std::string claim_path(std::size_t index) { return "claims[" + std::to_string(index) + "]"; }

std::string row_path(std::size_t claim, std::size_t row) {
    return claim_path(claim) + ".outcomes[" + std::to_string(row) + "]";
}

std::vector<TextField> claim_fields(const Claim& c, std::size_t index, unsigned fields) {
    const std::string at = claim_path(index);
    std::vector<TextField> out;
    if (fields & kTitle) out.push_back({at + ".title", &c.title});
    if ((fields & kBrief) || ((fields & kBriefIfAsserted) && brief_is_asserted(c)))
        out.push_back({at + ".brief", &c.brief});
    if (fields & kSummary) out.push_back({at + ".summary", &c.summary});
    if (fields & kVerdictReason) out.push_back({at + ".verdict_reason", &c.verdict_reason});
    for (std::size_t j = 0; j < c.outcomes.size(); ++j) {
        const OutcomeRow& row = c.outcomes[j];
        const std::string r = row_path(index, j);
        if (fields & kIntervention) out.push_back({r + ".intervention", &row.intervention});
        if ((fields & kComparator) && !row.comparator.empty()) out.push_back({r + ".comparator", &row.comparator});
        if (fields & kOutcome) out.push_back({r + ".outcome", &row.outcome});
        if ((fields & kTimepoint) && !row.timepoint.empty()) out.push_back({r + ".timepoint", &row.timepoint});
        if (fields & kPopulation) out.push_back({r + ".population", &row.population});
        if (fields & kLinkNotes) {
            for (std::size_t k = 0; k < row.evidence.size(); ++k)
                out.push_back({r + ".evidence[" + std::to_string(k) + "].note", &row.evidence[k].note});
            for (std::size_t k = 0; k < row.observations.size(); ++k)
                out.push_back({r + ".observations[" + std::to_string(k) + "].note", &row.observations[k].note});
        }
        if (fields & kAbsoluteText) {
            for (std::size_t k = 0; k < row.absolute.size(); ++k) {
                const std::string a = r + ".absolute[" + std::to_string(k) + "]";
                if (!row.absolute[k].event.empty()) out.push_back({a + ".event", &row.absolute[k].event});
                if (!row.absolute[k].scale.empty()) out.push_back({a + ".scale", &row.absolute[k].scale});
            }
        }
    }
    if (fields & kCautions)
        for (std::size_t k = 0; k < c.cautions.size(); ++k)
            out.push_back({at + ".cautions[" + std::to_string(k) + "]", &c.cautions[k]});
    return out;
}

const ClaimResult* LintContext::claim_result(std::size_t claim) const {
    if (claim >= results.size() || claim >= data.claims.size()) return nullptr;
    return &results[claim];
}

const RowResult* LintContext::row_result(std::size_t claim, std::size_t row) const {
    const ClaimResult* c = claim_result(claim);
    if (!c || row >= c->rows.size() || row >= data.claims[claim].outcomes.size()) return nullptr;
    return &c->rows[row];
}

std::optional<Certainty> LintContext::headline_certainty(std::size_t claim) const {
    const RowResult* headline = row_result(claim, 0);
    if (!headline || !headline->grade) return std::nullopt;
    return headline->grade->result;
}

Severity LintContext::severity_of(std::string_view rule) const { return rule_severity(rule, profile); }

void LintContext::report(std::string_view rule, std::string path, std::string message, std::string fix) const {
    report(rule, severity_of(rule), std::move(path), std::move(message), std::move(fix));
}

void LintContext::report(std::string_view rule, Severity severity, std::string path, std::string message,
                         std::string fix) const {
    const RuleInfo* info = find_rule(rule);
    // The messages' table's own title and fix of the rule, else the rule table's (English).
    const int n = info ? rule_number(rule) : 0;
    auto own = [&](const std::array<std::string_view, 17>& texts, std::string_view english) {
        const std::string_view text = n >= 1 && n <= 17 ? texts[static_cast<std::size_t>(n - 1)] : std::string_view();
        return std::string(text.empty() ? english : text);
    };
    if (fix.empty() && info) fix = own(say().fixes, info->fix);
    std::string title = info ? own(say().titles, info->title) : std::string();
    // Every finding on a claim names it (id and title): the path's index alone does not tell an editor which.
    if (path.starts_with("claims[")) {
        std::size_t close = path.find(']');
        std::size_t index = 0;
        bool digits = close != std::string::npos && close > 7;
        for (std::size_t k = 7; digits && k < close; ++k) {
            if (path[k] < '0' || path[k] > '9') digits = false;
            else index = index * 10 + static_cast<std::size_t>(path[k] - '0');
        }
        if (digits && index < data.claims.size()) {
            out.push_back({std::string(rule), severity, std::move(path), std::move(message), std::move(fix),
                           data.claims[index].id, data.claims[index].title, std::move(title)});
            return;
        }
    }
    out.push_back({std::string(rule), severity, std::move(path), std::move(message), std::move(fix), {}, {},
                   std::move(title)});  // not in a claim
}

std::string LintContext::quoted(std::string_view text) const {
    return std::string(say().open_quote) + std::string(text) + std::string(say().close_quote);
}

std::string LintContext::quoted_list(const std::vector<std::string>& items, bool* several) const {
    constexpr std::size_t kShown = 12;
    std::set<std::string_view> seen;
    std::string out;
    std::size_t shown = 0, more = 0;
    for (const auto& item : items) {
        if (!seen.insert(item).second) continue;
        if (shown == kShown) {
            ++more;
            continue;
        }
        out += (shown++ ? ", " : "") + quoted(item);
    }
    if (more) out += fill(say().list_more, {{"n", std::to_string(more)}});
    if (several) *several = seen.size() > 1;
    return out;
}

std::string LintContext::joined(const std::vector<std::string>& items) const {
    std::string out;
    for (std::size_t k = 0; k < items.size(); ++k)
        out += (k == 0 ? "" : k + 1 == items.size() ? std::string(texts(messages).list_and) : std::string(", ")) + items[k];
    return out;
}

namespace {

// "claims[10].brief" after "claims[9].title": digit runs compare as numbers.
bool natural_less(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        bool da = std::isdigit(static_cast<unsigned char>(a[i])), db = std::isdigit(static_cast<unsigned char>(b[j]));
        if (da && db) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
            while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
            std::string_view na = a.substr(i, ei - i), nb = b.substr(j, ej - j);
            if (na.size() != nb.size()) return na.size() < nb.size();
            if (na != nb) return na < nb;
            i = ei, j = ej;
            continue;
        }
        if (a[i] != b[j]) return a[i] < b[j];
        ++i, ++j;
    }
    return a.size() - i < b.size() - j;
}

}  // namespace
}  // namespace lint_detail

std::optional<LintProfile> parse_lint_profile(std::string_view name) {
    if (name == "strict") return LintProfile::Strict;
    if (name == "lenient") return LintProfile::Lenient;
    return std::nullopt;
}

Severity rule_severity(std::string_view rule, LintProfile profile) {
    if (profile == LintProfile::Lenient && (rule == "L3" || rule == "L11")) return Severity::Warning;
    const RuleInfo* info = find_rule(rule);
    return info ? info->severity : Severity::Error;
}

std::vector<LintFinding> lint(const Session& session, const LintOptions& options) {
    using namespace lint_detail;
    std::vector<LintFinding> findings;
    const LintContext cx{session.data, session.results, findings, options.profile, options.messages};

    check_wording(cx);
    check_efficacy(cx);
    check_route(cx);
    check_harms(cx);
    check_effects(cx);
    check_context(cx);
    check_citations(cx);
    check_figures(cx);
    check_disguises(cx);
    check_judgements(cx);

    // By path, then rule; findings equal in both keep the order they were found in.
    std::vector<std::size_t> order(findings.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const LintFinding &fa = findings[a], &fb = findings[b];
        if (fa.path != fb.path) return natural_less(fa.path, fb.path);
        int ra = rule_number(fa.rule), rb = rule_number(fb.rule);
        return ra != rb ? ra < rb : a < b;
    });
    std::vector<LintFinding> sorted;
    sorted.reserve(findings.size());
    for (std::size_t k : order) sorted.push_back(std::move(findings[k]));
    return sorted;
}

std::vector<LintFinding> lint(const Dataset& data, const LintOptions& options) { return lint(Session(data), options); }

LintCounts count_findings(const std::vector<LintFinding>& findings) {
    LintCounts counts;
    for (const auto& f : findings) (f.severity == Severity::Error ? counts.errors : counts.warnings) += 1;
    return counts;
}

}  // namespace benefits
