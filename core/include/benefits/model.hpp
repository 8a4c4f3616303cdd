// The dataset as plain structs: no JSON types beyond the loader.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace benefits {

enum class Certainty { VeryLow = 0, Low = 1, Moderate = 2, High = 3 };
enum class Verdict { Supported, PartlySupported, OralOnly, NotSupported, Contradicted };
enum class Route { IV, IM, Oral, Mixed };
enum class Role { Supports, Contradicts, Context };
enum class EffectDirection { Decrease, Increase, NoDifference, NotMeasured };
enum class Concern { None = 0, Serious = 1, VerySerious = 2 };

enum class Design {
    MetaAnalysis, SystematicReview, CochraneReview, Guideline, RctDoubleBlind, RctSingleBlind,
    RctOpen, QuasiExperimental, OpenLabel, Retrospective, Observational, Review, Unknown
};

enum class Direction { FavoursMagnesium, FavoursControl, NoDifference, Uncontrolled, Unknown };

struct Finding {
    std::optional<std::string> outcome, timepoint, magnesium, control, effect, p;
    Direction direction = Direction::Unknown;
};

struct Reference {
    std::string id, title;
    std::optional<std::string> kind, authors, journal, volume_pages, pmid, doi, identifier;
    std::optional<std::string> dose, setting, population, comparator, conclusion;
    std::optional<int> year, n_total, n_magnesium, n_control;
    Design design = Design::Unknown;
    std::optional<Route> route;
    std::vector<Finding> findings;
    std::vector<std::string> harms;
};

struct EvidenceLink {
    std::string ref;
    int finding = -1;  // -1: the source as a whole
    Role role = Role::Context;
    std::string note;
};

struct Judgement {
    Concern level = Concern::None;
    std::string reason;
};

struct Grading {
    Judgement risk_of_bias, inconsistency, indirectness, imprecision, publication_bias;
    bool large_effect = false;
    std::string large_effect_reason;
};

struct Effect {
    std::string intervention, outcome;
    EffectDirection direction = EffectDirection::NotMeasured;
};

// One group's rate as the source states it: events of total, or a percentage.
struct GroupRate {
    std::optional<int> events, total;
    std::optional<double> percent;
    int per100() const;
};

struct AbsoluteRate {
    std::string outcome, ref;
    int finding = -1;
    GroupRate magnesium, control;
};

struct UnsupportedFigure {
    std::string figure, note;
};

struct Claim {
    std::string id, topic, title, brief, summary, verdict_reason, population, timeframe;
    Verdict verdict = Verdict::NotSupported;
    std::optional<Certainty> stated_certainty;
    Effect effect;
    Grading grading;
    std::vector<EvidenceLink> evidence;
    std::vector<AbsoluteRate> absolute;
    std::vector<std::string> harms, cautions;
    std::vector<UnsupportedFigure> unsupported_figures;
};

struct Topic {
    std::string id, label;
    bool red_flags = false;
};

struct Harm {
    std::string id, statement, seriousness;
    std::optional<std::string> frequency;
    std::vector<std::string> sources;
};

struct RedFlag {
    std::string statement;
    std::vector<std::string> sources;
};

struct Dataset {
    int format = 1;
    std::string title, language, reviewed, intervention;
    Route route = Route::IV;
    std::vector<Topic> topics;
    std::vector<Claim> claims;
    std::vector<Reference> references;
    std::vector<Harm> harms;
    std::vector<RedFlag> red_flags;

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
std::optional<Certainty> parse_certainty(std::string_view);
std::optional<Verdict> parse_verdict(std::string_view);
std::optional<Route> parse_route(std::string_view);
std::optional<Role> parse_role(std::string_view);
std::optional<EffectDirection> parse_effect_direction(std::string_view);
std::optional<Concern> parse_concern(std::string_view);
std::optional<Design> parse_design(std::string_view);
std::optional<Direction> parse_direction(std::string_view);

// "high|moderate|low|very-low": the allowed names, for messages.
std::string certainty_names();
std::string verdict_names();
std::string route_names();
std::string role_names();
std::string effect_direction_names();
std::string concern_names();
std::string design_names();
std::string direction_names();

}  // namespace benefits
