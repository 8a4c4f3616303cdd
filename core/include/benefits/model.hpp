// The dataset as plain structs: no JSON types beyond the loader.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace benefits {

enum class Certainty { VeryLow = 0, Low = 1, Moderate = 2, High = 3 };
// In display order, strongest support first. Contested: a source says what the brief says (quoted correctly),
// but better studies disagree, so it misleads when shown on its own.
enum class Verdict { Supported, PartlySupported, Contested, OralOnly, NotSupported, Contradicted };
enum class Route { IV, IM, Oral, Mixed };
enum class Role { Supports, Contradicts, Context };
enum class EffectDirection { Decrease, Increase, NoDifference };
enum class EffectSize { Important, Slight };  // "reduces" / "reduces … slightly" (GRADE guideline 26)
enum class Concern { None = 0, Serious = 1, VerySerious = 2 };
enum class Seriousness { Contraindication, Serious, Warning, CommonMild, NotReported };
enum class Urgency { Emergency, SeeDoctor };  // call the emergency number now / see a doctor before any infusion
enum class AbsoluteKind { Rates, RiskDifference, MeanDifference };

enum class Design {
    MetaAnalysis, SystematicReview, CochraneReview, Guideline, RctDoubleBlind, RctSingleBlind,
    RctOpen, QuasiExperimental, OpenLabel, Retrospective, Observational, Review, Unknown
};

enum class Direction { FavoursMagnesium, FavoursControl, NoDifference, Uncontrolled, Unknown };

// The grammar of a noun phrase (gender and number of "outcome", "intervention", "comparator"), as a
// translation or a dataset written in Spanish gives it: Spanish sentences agree with it (article, verb).
// English ignores it.
struct Grammar {
    bool feminine = false;
    bool plural = false;
    bool stated = false;  // given, not the default: a dataset in Spanish must state each phrase's
};

// The view's names of an object's fields shown in the dataset's own language because a translation has no
// (or a stale) text for them: "summary", "cautions[1]", "grading.risk-of-bias". Empty without a translation.
using Fallback = std::vector<std::string>;

struct Finding {
    std::optional<std::string> outcome, timepoint, magnesium, control, effect, p;
    Direction direction = Direction::Unknown;
    Fallback fallback;
};

struct Reference {
    std::string id, title;
    std::optional<std::string> kind, authors, journal, volume_pages, pmid, doi, identifier;
    std::optional<std::string> dose, duration, setting, population, comparator, conclusion;
    std::optional<int> year, n_total, n_magnesium, n_control;
    Design design = Design::Unknown;
    std::optional<Route> route;
    std::vector<Finding> findings;
    std::vector<std::string> harms;
    // Editor-only: how a field was checked, keyed by the field's path in the reference ("authors",
    // "findings[1].control"), holding the evidence file's original text. Never in the view.
    std::vector<std::pair<std::string, std::string>> checking_notes;
    Fallback fallback;
};

struct EvidenceLink {
    std::string ref;
    int finding = -1;  // -1: the source as a whole
    Role role = Role::Context;
    std::string note;
    Fallback fallback;
};

// An editor's judgement of one GRADE domain for one outcome row. Absent: the rule decides alone (for risk of
// bias and publication bias, which the rule cannot check, absent means "not judged"). Present: the editor's
// level applies even where it differs from the rule's automatic check, and its reason is shown.
struct Judgement {
    Concern level = Concern::None;
    std::string reason;  // required
};

struct Grading {
    std::optional<Judgement> risk_of_bias, inconsistency, indirectness, imprecision, publication_bias;
    bool large_effect = false;
    std::string large_effect_reason;
};

// One group's rate as the source states it: events of total, or a percentage.
struct GroupRate {
    std::optional<int> events, total;
    std::optional<double> percent;
    int per100() const;
};

// An absolute effect exactly as one finding of one source states it.
struct AbsoluteEffect {
    AbsoluteKind kind = AbsoluteKind::Rates;
    std::string ref;
    int finding = -1;
    std::string event;               // what happened to people, e.g. "had side effects" (rates, risk difference)
    std::string event_one;           // the same for one person, from a translation or a dataset in Spanish
                                     // ("tuvo …" beside "tuvieron …"); empty: `event` serves both (English: "1
                                     // more person … had")
    GroupRate magnesium, control;    // kind Rates: both groups
    // kind RiskDifference: people in every 100 (-7 = 7 fewer), the interval when the source gives one.
    // kind MeanDifference: in the units of `scale`.
    double value = 0;
    std::optional<double> low, high;
    std::string scale;               // kind MeanDifference, e.g. "points on a 0-100 mm pain scale"
};

// One question of a Summary of Findings: an intervention against a comparator, for one outcome at one time
// point in one population, with its own evidence and grading.
struct OutcomeRow {
    std::string id;                  // [a-z0-9-]+, unique within the claim
    std::string intervention;        // as tested, e.g. "IV magnesium (1-2 g)"
    Route route = Route::IV;         // the route of that intervention
    std::string comparator;          // e.g. "placebo"; empty: no comparison
    std::string outcome, timepoint, population;
    std::optional<EffectDirection> direction;  // what the body of evidence shows; required when evidence is cited
    EffectSize size = EffectSize::Important;
    std::vector<EvidenceLink> evidence;        // controlled studies and reviews: the row's graded evidence
    std::vector<EvidenceLink> observations;    // uncontrolled reports: shown, never graded
    std::vector<AbsoluteEffect> absolute;
    Grading grading;
    Grammar intervention_grammar, comparator_grammar, outcome_grammar;  // from a translation or the dataset
    Fallback fallback;
};

struct UnsupportedFigure {
    std::string figure, note;
};

struct Claim {
    std::string id, topic, title, brief, summary, verdict_reason;
    Verdict verdict = Verdict::NotSupported;
    std::vector<OutcomeRow> outcomes;  // at least one; the first answers the brief's statement (the headline)
    std::vector<std::string> harms, cautions;
    std::vector<UnsupportedFigure> unsupported_figures;
    Fallback fallback;
};

struct Topic {
    std::string id, label;
    bool red_flags = false;
    Fallback fallback;
};

struct Harm {
    std::string id, statement;
    Seriousness seriousness = Seriousness::Warning;
    std::optional<std::string> frequency;
    std::vector<std::string> sources;
    Fallback fallback;
};

struct RedFlag {
    std::string statement;
    Urgency urgency = Urgency::Emergency;
    std::vector<std::string> sources;
    Fallback fallback;
};

// A translation applied to the dataset (core/src/translation.cpp): the text is in `language`, the fields
// listed in each object's `fallback` are in the dataset's own language.
struct TranslationInfo {
    std::string language, translated;
    std::optional<std::string> clinician_reviewed;  // YYYY-MM-DD, or none: no clinician reviewed it
    std::size_t untranslated = 0, total = 0;        // texts shown in the original language, texts in all
    std::vector<std::string> stale;                 // keys whose "from" no longer matches the original
};

struct Dataset {
    int format = 2;
    std::string title, language, reviewed, intervention;
    std::string emergency_line;                   // how to call for help in any country; shown with the red flags
    std::vector<std::string> infusion_cautions;   // harm ids every claim shows ("before any infusion")
    Route route = Route::IV;
    std::vector<Topic> topics;
    std::vector<Claim> claims;
    std::vector<Reference> references;
    std::vector<Harm> harms;
    std::vector<RedFlag> red_flags;
    // The available translations named in the file: BCP 47 tag → file name (relative to the dataset's
    // address), or the inline translation document as JSON text.
    struct TranslationRef {
        std::string language, file, inline_json;
    };
    std::vector<TranslationRef> translations;

    // Set when a translation is applied: `language` is then the translation's, `source_language` the file's.
    std::string source_language;
    std::optional<TranslationInfo> translation;
    Grammar intervention_grammar;
    Fallback fallback;  // of title, intervention, emergencyLine

    // Look-ups by id: a binary search once index_ids() has run (the loader runs it), a scan otherwise or when
    // the list has changed size since. Run index_ids() again after changing ids in place.
    const Reference* find_reference(std::string_view id) const;
    const Topic* find_topic(std::string_view id) const;
    const Claim* find_claim(std::string_view id) const;
    void index_ids();

    // Positions in references, topics and claims ordered by id (see index_ids()).
    std::vector<std::size_t> reference_order, topic_order, claim_order;
};

// Names as they appear in the JSON format; parse_* return nullopt for an unknown name.
std::string_view to_string(Certainty);
std::string_view to_string(Verdict);
std::string_view to_string(Route);
std::string_view to_string(Role);
std::string_view to_string(EffectDirection);
std::string_view to_string(Concern);
std::string_view to_string(Design);
std::string_view to_string(Direction);
std::string_view to_string(EffectSize);
std::string_view to_string(Seriousness);
std::string_view to_string(Urgency);
std::string_view to_string(AbsoluteKind);
std::optional<Certainty> parse_certainty(std::string_view);
std::optional<Verdict> parse_verdict(std::string_view);
std::optional<Route> parse_route(std::string_view);
std::optional<Role> parse_role(std::string_view);
std::optional<EffectDirection> parse_effect_direction(std::string_view);
std::optional<Concern> parse_concern(std::string_view);
std::optional<Design> parse_design(std::string_view);
std::optional<Direction> parse_direction(std::string_view);
std::optional<EffectSize> parse_effect_size(std::string_view);
std::optional<Seriousness> parse_seriousness(std::string_view);
std::optional<Urgency> parse_urgency(std::string_view);
std::optional<AbsoluteKind> parse_absolute_kind(std::string_view);

// "high|moderate|low|very-low": the allowed names, for messages.
std::string certainty_names();
std::string verdict_names();
std::string route_names();
std::string role_names();
std::string effect_direction_names();
std::string concern_names();
std::string design_names();
std::string direction_names();
std::string effect_size_names();
std::string seriousness_names();
std::string urgency_names();
std::string absolute_kind_names();

// Every vocabulary as {name: [wire names in display order]}: the view carries it and the schema test checks
// the schema's enums against it.
struct Vocabulary {
    std::string_view name;
    std::vector<std::string_view> values;
};
std::vector<Vocabulary> vocabularies();

// The words a phrase's grammar is written with ("gender": "masculine" | "feminine", "number": "singular" |
// "plural"), in datasets and translations; nullopt for any other word. The view does not carry them.
std::optional<bool> parse_feminine(std::string_view gender);
std::optional<bool> parse_plural(std::string_view number);
std::vector<Vocabulary> grammar_vocabularies();  // "genders", "numbers"

}  // namespace benefits
