// L1 banned absolutes, L4 hedges, L11 medicinal claims, L16 testimonials and endorsements, L17 comparisons with
// unnamed alternatives, and L12: the word rules on names and labels. The words come from the families
// (families_en.cpp). Quoted text is the advertiser's own (a slogan, a testimonial it publishes) unless the
// sentence reports it to deny it (ScanText::denied).
#include <algorithm>
#include <set>
#include <string>

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
std::vector<Span> medicinal_claims(const ScanText& t, const Lexicon& w, bool skip_quoted) {
    constexpr std::size_t kMaxWordsBetween = 5;
    std::vector<Span> out;
    std::vector<Span> disease = t.find_any(w.diseases());  // in SpanOrder
    auto first_disease_from = [&](std::size_t pos) {
        return std::lower_bound(disease.begin(), disease.end(), pos, [](Span s, std::size_t v) { return s.begin < v; });
    };
    std::size_t covered = 0;
    for (Span verb : find_asserted(t, w.medicinal_openers(), skip_quoted)) {
        if (verb.begin < covered) continue;  // one finding per claim: "kiss your migraines goodbye" once
        // The disease follows the opener, or sits in its gap ("keeps asthma at bay").
        auto d = first_disease_from(verb.begin);
        std::size_t clause_end = t.clause(verb.begin).end;
        // "What does the drip treat? Migraine, fatigue and anxiety.": the answer names the disease.
        if (clause_end == verb.end && clause_end < t.str().size() && t.str()[clause_end] == '?')
            clause_end = t.clause(clause_end + 2 < t.str().size() ? clause_end + 2 : clause_end).end;
        if (d != disease.end() && d->end <= clause_end &&
            (d->begin < verb.end || t.words_between_at_most(verb.end, d->begin, kMaxWordsBetween))) {
            out.push_back({verb.begin, std::max(d->end, verb.end)});
            covered = std::max(d->end, verb.end);
        }
    }
    // "migraine treatment": the disease right before the noun.
    constexpr std::size_t kLongestDisease = 32;  // bytes; no name in the list is longer
    for (Span noun : find_asserted(t, w.medicinal_nouns_after_disease(), skip_quoted)) {
        std::size_t from = noun.begin > kLongestDisease ? noun.begin - kLongestDisease : 0;
        for (auto d = first_disease_from(from); d != disease.end() && d->begin < noun.begin; ++d)
            if (d->end + 1 == noun.begin) out.push_back({d->begin, noun.end});
    }
    return out;
}

std::vector<WordHit> word_hits(const std::string& text, const Lexicon& w, bool skip_quoted) {
    ScanText t(text, w.language());
    std::vector<WordHit> hits;
    std::set<std::string> seen;
    auto add = [&](std::string_view rule, std::string words) {
        if (seen.insert(std::string(rule) + ":" + words).second) hits.push_back({rule, std::move(words)});
    };
    for (Span s : find_asserted(t, w.banned_absolutes(), skip_quoted)) add("L1", std::string(t.slice(s)));
    for (Span s : find_asserted(t, w.hedges(), skip_quoted)) add("L4", std::string(t.slice(s)));
    for (Span s : medicinal_claims(t, w, skip_quoted)) add("L11", std::string(t.slice(s)));
    for (Span s : find_asserted(t, w.endorsements(), skip_quoted)) add("L16", std::string(t.slice(s)));
    for (Span s : t.attributed_quotes()) add("L16", std::string(t.slice(s)));
    return hits;
}

std::string message_for(const LintContext& cx, const WordHit& hit) {
    const LintTexts& say = cx.say();
    const std::string_view message = hit.rule == "L1"           ? say.absolute
                                     : hit.rule == "L4"         ? say.hedge
                                     : hit.rule == "L16"        ? say.testimonial
                                     : hit.rule == "L17"        ? say.comparison
                                     : hit.rule == "L12"        ? say.takes_away
                                     : hit.rule == "L12 effect" ? say.names_effect
                                                                : say.medicinal;
    return cx.fill(message, {{"words", cx.quoted(hit.words)}});
}

// "better than pills": a comparison whose other side is not the comparator of one of the claim's rows.
std::vector<WordHit> comparison_hits(const std::string& text, const Lexicon& w, const Claim* claim) {
    ScanText t(text, w.language());
    std::vector<WordHit> hits;
    // The rows' comparators' longer words that tell the comparator apart: "dummy", "placebo"; not the words
    // it shares with the row's own intervention ("drip" in "a dummy drip"), which name the clinic's product.
    std::vector<std::string> named;
    auto long_words = [&](const std::string& text) {
        std::vector<std::string> out;
        std::string word;
        for (char ch : ScanText(text, w.language()).str() + " ") {
            if (is_word_char(ch)) word += ch;
            else {
                if (word.size() >= 4) out.push_back(word);
                word.clear();
            }
        }
        return out;
    };
    if (claim)
        for (const auto& row : claim->outcomes) {
            std::vector<std::string> own = long_words(row.intervention);
            for (auto& word : long_words(row.comparator))
                if (std::find(own.begin(), own.end(), word) == own.end()) named.push_back(std::move(word));
        }
    std::size_t covered = 0;
    for (Span s : find_asserted(t, w.comparisons(), false)) {
        if (s.begin < covered) continue;
        covered = s.end;
        std::string_view after = t.str();
        after = after.substr(s.end, std::min<std::size_t>(after.size() - s.end, 40));
        bool names_comparator = std::any_of(named.begin(), named.end(), [&](const std::string& w) {
            // Without its last letter, so that an inflected word still names it ("sola", "solo"; "drip", "drips").
            return after.find(std::string_view(w).substr(0, w.size() - 1)) != std::string_view::npos;
        });
        if (!names_comparator) hits.push_back({"L17", std::string(t.slice(s))});
    }
    return hits;
}

void check_text(const LintContext& cx, const std::string& path, const std::string& text, const Claim* claim) {
    for (const auto& hit : word_hits(text, cx.words(), /*skip_quoted=*/false)) cx.report(hit.rule, path, message_for(cx, hit));
    for (const auto& hit : comparison_hits(text, cx.words(), claim)) cx.report(hit.rule, path, message_for(cx, hit));
}

// Only the absolutes apply to harm and red-flag statements: hedging a harm is not overstating a benefit.
void check_absolutes_only(const LintContext& cx, const std::string& path, const std::string& text) {
    for (const auto& hit : word_hits(text, cx.words(), true))
        if (hit.rule == "L1") cx.report("L1", path, message_for(cx, hit));
}

// Names and labels are read as claims, quotation marks or not.
// asserted: false for a claim's names when the claim is not published as (partly) supported: the verdict beside
// them says otherwise, so they are warnings.
void check_label(const LintContext& cx, const std::string& path, const std::string& text, bool asserted = true) {
    const Lexicon& w = cx.words();
    std::vector<WordHit> hits = word_hits(text, w, /*skip_quoted=*/false);
    // "Migraine Killer", "Flu Fighter", "Pain Away": a name that promises to take a complaint away, read as the
    // medicinal claim it makes.
    if (hits.empty()) {
        ScanText t(text, w.language());
        std::vector<Span> names = t.find_any(w.name_words());
        if (!names.empty() && !t.find_any(w.complaints()).empty()) hits.push_back({"L12", std::string(t.slice(names[0]))});
        // "Sleep Improvement Drip": a product named for the effect it promises, read as the efficacy claim (L2).
        std::vector<Span> effects = t.find_any(w.name_effects());
        if (hits.empty() && !effects.empty() && !t.find_any(w.products()).empty())
            hits.push_back({"L12 effect", std::string(t.slice(effects[0]))});
    }
    std::set<std::string> seen;
    for (const auto& hit : hits) {
        // One finding per name: the strongest reading of it.
        if (!seen.insert(hit.words).second) continue;
        std::string_view as_rule = hit.rule == "L12" ? "L11" : hit.rule == "L12 effect" ? "L2" : hit.rule;
        cx.report("L12", asserted ? cx.severity_of(as_rule) : Severity::Warning, path,
                  cx.fill(cx.say().name_or_label, {{"message", message_for(cx, hit)}, {"rule", as_rule}}));
    }
}

}  // namespace

void check_translated_text(const LintContext& cx, const std::string& path, const std::string& text,
                           TranslatedKind kind, const Claim* claim, bool names_asserted) {
    switch (kind) {
        case TranslatedKind::Asserted: check_text(cx, path, text, claim); break;
        case TranslatedKind::Name: check_label(cx, path, text, names_asserted); break;
        case TranslatedKind::HarmOrWarning: check_absolutes_only(cx, path, text); break;
        case TranslatedKind::None: break;
    }
}

std::vector<Span> stronger_claim_spans(const ScanText& t, const Lexicon& w) {
    std::vector<Span> out = find_asserted(t, w.banned_absolutes(), false);
    for (Span s : medicinal_claims(t, w, false)) out.push_back(s);
    std::sort(out.begin(), out.end(), SpanOrder{});
    return out;
}

void check_wording(const LintContext& cx) {
    const Dataset& d = cx.data;
    check_label(cx, "title", d.title);
    check_label(cx, "intervention", d.intervention);
    for (std::size_t i = 0; i < d.topics.size(); ++i)
        check_label(cx, "topics[" + std::to_string(i) + "].label", d.topics[i].label);
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
        const Claim& c = d.claims[i];
        for (const auto& field : claim_fields(c, i, kNames))
            check_label(cx, field.path, *field.text, brief_is_asserted(c));
        for (const auto& field : claim_fields(c, i, kAssertedText)) check_text(cx, field.path, *field.text, &c);
    }
    for (std::size_t i = 0; i < d.harms.size(); ++i)
        check_absolutes_only(cx, "harms[" + std::to_string(i) + "].statement", d.harms[i].statement);
    for (std::size_t i = 0; i < d.red_flags.size(); ++i)
        check_absolutes_only(cx, "red_flags[" + std::to_string(i) + "].statement", d.red_flags[i].statement);
}

}  // namespace benefits::lint_detail
