// What every rule family reads (the dataset, what the Session computed from it, the fields to judge) and where
// findings go.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/grade.hpp"
#include "benefits/lint.hpp"
#include "benefits/model.hpp"
#include "benefits/session.hpp"
#include "messages.hpp"
#include "text_scan.hpp"
#include "word_lists.hpp"

namespace benefits::lint_detail {

struct TextField {
    std::string path;  // e.g. claims[3].summary
    const std::string* text;
};

// Claim fields a rule may read, combined with |.
enum ClaimField : unsigned {
    kTitle = 1u << 0,
    kBriefIfAsserted = 1u << 1,  // the brief, only when the verdict is supported, partly-supported or contested
    kBrief = 1u << 2,            // the brief, whatever the verdict
    kSummary = 1u << 3,
    kVerdictReason = 1u << 4,
    kPopulation = 1u << 5,    // each outcome row's population
    kTimepoint = 1u << 6,     // each outcome row's time point
    kOutcome = 1u << 7,       // each outcome row's outcome
    kCautions = 1u << 8,
    kIntervention = 1u << 9,  // each outcome row's intervention (a name)
    kComparator = 1u << 10,   // each outcome row's comparator (a name)
    kLinkNotes = 1u << 11,    // the notes of each row's evidence and observation links
    kAbsoluteText = 1u << 12, // each row's absolute effects: event and scale
};

// The text a clinic asserts as fact on a claim's card (see docs/linter.md).
inline constexpr unsigned kAssertedText =
    kBriefIfAsserted | kSummary | kVerdictReason | kPopulation | kTimepoint | kOutcome | kCautions;
// The names on a claim's card: its title and each row's intervention and comparator.
inline constexpr unsigned kNames = kTitle | kIntervention | kComparator;

// A clinic publishing the claim as (partly) supported, or as quoted correctly but contested, takes the brief's
// wording as its own.
bool brief_is_asserted(const Claim& claim);

std::string claim_path(std::size_t index);                    // "claims[3]"
std::string row_path(std::size_t claim, std::size_t row);     // "claims[3].outcomes[1]"

std::vector<TextField> claim_fields(const Claim& claim, std::size_t index, unsigned fields);

struct LintContext {
    const Dataset& data;
    const std::vector<ClaimResult>& results;  // the Session's: one per claim, each with one result per row
    std::vector<LintFinding>& out;
    LintProfile profile = LintProfile::Strict;
    Lang messages = Lang::En;  // the editor's language, for messages, fixes and rule titles (not the data's)

    // The language's tables and words, chosen by the dataset's `language` (English for a language without its
    // own tables).
    const Language& lang() const { return tables_for(data.language); }
    const Lexicon& words() const { return lexicon(lang()); }

    // The messages' table, and a message of it filled in.
    const LintTexts& say() const { return lint_texts(messages); }
    std::string fill(std::string_view tmpl, TextArgs args) const { return texts(messages).fill(tmpl, args); }
    // A message of one form after one item and another after several.
    std::string fill(const Numbered& forms, bool several, TextArgs args) const { return fill(forms[several ? 1 : 0], args); }
    // "reduces" with the quotation marks of the messages' language.
    std::string quoted(std::string_view text) const;
    // "a", "b", "c": each distinct item once, in order; long lists end with "and N more". several tells whether
    // more than one distinct item was listed, for the verb that follows.
    std::string quoted_list(const std::vector<std::string>& items, bool* several = nullptr) const;
    // "a, b and c", with the core's word for "and" in the messages' language
    std::string joined(const std::vector<std::string>& items) const;

    // A rule's severity under the profile.
    Severity severity_of(std::string_view rule) const;

    // What the Session computed for a claim or one of its rows; nullptr when it has no result for it (a
    // Session whose data changed after it was built).
    const ClaimResult* claim_result(std::size_t claim) const;
    const RowResult* row_result(std::size_t claim, std::size_t row) const;
    // The headline row's certainty (the claim's first row); nullopt when it has none.
    std::optional<Certainty> headline_certainty(std::size_t claim) const;

    // Severity (under the profile) and fix come from the rule table unless given. A finding on a claim's field
    // starts with the claim's id and title.
    void report(std::string_view rule, std::string path, std::string message, std::string fix = {}) const;
    void report(std::string_view rule, Severity severity, std::string path, std::string message,
                std::string fix = {}) const;
};

// One function per family of rules.
void check_wording(const LintContext& cx);    // L1, L4, L11, L12
void check_efficacy(const LintContext& cx);   // L2, L3
void check_route(const LintContext& cx);      // L5
void check_harms(const LintContext& cx);      // L6
void check_effects(const LintContext& cx);    // L7, L9
void check_context(const LintContext& cx);    // L8
void check_citations(const LintContext& cx);  // L10
void check_figures(const LintContext& cx);    // L13
void check_disguises(const LintContext& cx);  // L14
void check_judgements(const LintContext& cx); // L15
// L16 and L17 are found with the word rules (check_wording).

// A translated text judged as the field it translates (lint_translation): asserted text (L1, L4, L11, L16,
// L17), a name or label (L12), a harm or warning sign (L1 only), or not judged.
enum class TranslatedKind { None, Asserted, Name, HarmOrWarning };
void check_translated_text(const LintContext& cx, const std::string& path, const std::string& text,
                           TranslatedKind kind, const Claim* claim, bool names_asserted);

// The words of a text that L1 (an absolute) or L11 (a medicinal claim) report: a weaker rule (L3) that matches
// inside them says nothing more, so it leaves them to the stronger one (one finding per problem). In SpanOrder.
std::vector<Span> stronger_claim_spans(const ScanText& text, const Lexicon& words);

}  // namespace benefits::lint_detail
