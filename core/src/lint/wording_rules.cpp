// L1 banned absolutes, L4 hedges, L11 medicinal claims, and L12: the same word rules on names and labels.
#include <algorithm>
#include <set>

#include "lint_context.hpp"
#include "text_scan.hpp"
#include "word_lists.hpp"

namespace benefits::lint_detail {
namespace {

struct WordHit {
    std::string_view rule;  // L1, L4 or L11
    std::string words;      // as found, e.g. "clinically proven"
};

// "treats migraine", "treatment for anxiety", "migraine treatment": a verb or noun of treating, curing or
// preventing with a disease in the same clause, a few words apart.
std::vector<std::string> medicinal_claims(const ScanText& t, bool skip_quoted) {
    constexpr std::size_t kMaxWordsBetween = 5;
    std::vector<std::string> out;
    std::vector<Span> disease = t.find_any(diseases());  // in SpanOrder
    auto first_disease_from = [&](std::size_t pos) {
        return std::lower_bound(disease.begin(), disease.end(), pos, [](Span s, std::size_t v) { return s.begin < v; });
    };
    std::vector<Span> openers = find_asserted(t, medicinal_verbs(), skip_quoted);
    for (Span s : find_asserted(t, medicinal_nouns_before_disease(), skip_quoted)) openers.push_back(s);
    for (Span verb : openers) {
        auto d = first_disease_from(verb.end);
        if (d != disease.end() && d->end <= t.clause(verb.begin).end &&
            t.words_between_at_most(verb.end, d->begin, kMaxWordsBetween))
            out.emplace_back(t.slice({verb.begin, d->end}));
    }
    // "migraine treatment": the disease right before the noun.
    constexpr std::size_t kLongestDisease = 32;  // bytes; no name in the list is longer
    for (Span noun : find_asserted(t, medicinal_nouns_after_disease(), skip_quoted)) {
        std::size_t from = noun.begin > kLongestDisease ? noun.begin - kLongestDisease : 0;
        for (auto d = first_disease_from(from); d != disease.end() && d->begin < noun.begin; ++d)
            if (d->end + 1 == noun.begin) out.emplace_back(t.slice({d->begin, noun.end}));
    }
    return out;
}

std::vector<WordHit> word_hits(const std::string& text, bool skip_quoted) {
    ScanText t(text);
    std::vector<WordHit> hits;
    std::set<std::string> seen;
    auto add = [&](std::string_view rule, std::string words) {
        if (seen.insert(std::string(rule) + ":" + words).second) hits.push_back({rule, std::move(words)});
    };
    for (Span s : find_asserted(t, banned_absolutes(), skip_quoted)) add("L1", std::string(t.slice(s)));
    for (Span s : find_asserted(t, hedges(), skip_quoted)) add("L4", std::string(t.slice(s)));
    for (auto& claim : medicinal_claims(t, skip_quoted)) add("L11", std::move(claim));
    return hits;
}

std::string message_for(const WordHit& hit) {
    if (hit.rule == "L1") return quoted(hit.words) + " is an absolute claim that no evidence can back";
    if (hit.rule == "L4")
        return quoted(hit.words) + " is a hedge: it sounds like evidence but says nothing about how certain it is";
    return quoted(hit.words) + " is a medicinal claim (to treat, cure or prevent a disease)";
}

void check_text(const LintContext& cx, const std::string& path, const std::string& text) {
    for (const auto& hit : word_hits(text, /*skip_quoted=*/true)) cx.report(hit.rule, path, message_for(hit));
}

// Only the absolutes apply to harm and red-flag statements: hedging a harm is not overstating a benefit.
void check_absolutes_only(const LintContext& cx, const std::string& path, const std::string& text) {
    for (const auto& hit : word_hits(text, true))
        if (hit.rule == "L1") cx.report("L1", path, message_for(hit));
}

// Names and labels are read as claims, quotation marks or not.
void check_label(const LintContext& cx, const std::string& path, const std::string& text) {
    for (const auto& hit : word_hits(text, /*skip_quoted=*/false)) {
        const RuleInfo* word_rule = find_rule(hit.rule);
        cx.report("L12", word_rule->severity, path,
                  "a name or label: " + message_for(hit) + " (" + std::string(hit.rule) + ")");
    }
}

}  // namespace

void check_wording(const LintContext& cx) {
    const Dataset& d = cx.data;
    check_label(cx, "title", d.title);
    check_label(cx, "intervention", d.intervention);
    for (std::size_t i = 0; i < d.topics.size(); ++i)
        check_label(cx, "topics[" + std::to_string(i) + "].label", d.topics[i].label);
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
        const Claim& c = d.claims[i];
        for (const auto& field : claim_fields(c, i, kNames)) check_label(cx, field.path, *field.text);
        for (const auto& field : claim_fields(c, i, kAssertedText)) check_text(cx, field.path, *field.text);
    }
    for (std::size_t i = 0; i < d.harms.size(); ++i)
        check_absolutes_only(cx, "harms[" + std::to_string(i) + "].statement", d.harms[i].statement);
    for (std::size_t i = 0; i < d.red_flags.size(); ++i)
        check_absolutes_only(cx, "red_flags[" + std::to_string(i) + "].statement", d.red_flags[i].statement);
}

}  // namespace benefits::lint_detail
