#include "benefits/model.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <utility>

namespace benefits {
namespace {

template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<Certainty, 4> kCertainty{{{Certainty::High, "high"},
                                          {Certainty::Moderate, "moderate"},
                                          {Certainty::Low, "low"},
                                          {Certainty::VeryLow, "very-low"}}};
constexpr Names<Verdict, 6> kVerdict{{{Verdict::Supported, "supported"},
                                      {Verdict::PartlySupported, "partly-supported"},
                                      {Verdict::Contested, "contested"},
                                      {Verdict::OralOnly, "oral-only"},
                                      {Verdict::NotSupported, "not-supported"},
                                      {Verdict::Contradicted, "contradicted"}}};
constexpr Names<Route, 4> kRoute{
    {{Route::IV, "IV"}, {Route::IM, "IM"}, {Route::Oral, "oral"}, {Route::Mixed, "mixed"}}};
constexpr Names<Role, 3> kRole{
    {{Role::Supports, "supports"}, {Role::Contradicts, "contradicts"}, {Role::Context, "context"}}};
constexpr Names<EffectDirection, 3> kEffectDirection{{{EffectDirection::Decrease, "decrease"},
                                                      {EffectDirection::Increase, "increase"},
                                                      {EffectDirection::NoDifference, "no-difference"}}};
constexpr Names<EffectSize, 2> kEffectSize{{{EffectSize::Important, "important"}, {EffectSize::Slight, "slight"}}};
constexpr Names<Seriousness, 5> kSeriousness{{{Seriousness::Contraindication, "contraindication"},
                                              {Seriousness::Serious, "serious"},
                                              {Seriousness::Warning, "warning"},
                                              {Seriousness::CommonMild, "common-mild"},
                                              {Seriousness::NotReported, "not-reported"}}};
constexpr Names<Urgency, 2> kUrgency{{{Urgency::Emergency, "emergency"}, {Urgency::SeeDoctor, "see-doctor"}}};
constexpr Names<AbsoluteKind, 3> kAbsoluteKind{{{AbsoluteKind::Rates, "rates"},
                                                {AbsoluteKind::RiskDifference, "risk-difference"},
                                                {AbsoluteKind::MeanDifference, "mean-difference"}}};
// The GRADE domains as the view names a grading step's domain (grade.cpp's to_string(Domain) gives the same).
constexpr std::array<std::string_view, 6> kDomains{"risk-of-bias",  "inconsistency",    "indirectness",
                                                    "imprecision",   "publication-bias", "large-effect"};
constexpr Names<Concern, 3> kConcern{
    {{Concern::None, "none"}, {Concern::Serious, "serious"}, {Concern::VerySerious, "very-serious"}}};
constexpr Names<Design, 12> kDesign{{{Design::MetaAnalysis, "meta-analysis"},
                                     {Design::SystematicReview, "systematic-review"},
                                     {Design::CochraneReview, "cochrane-review"},
                                     {Design::Guideline, "guideline"},
                                     {Design::RctDoubleBlind, "rct-double-blind"},
                                     {Design::RctSingleBlind, "rct-single-blind"},
                                     {Design::RctOpen, "rct-open"},
                                     {Design::QuasiExperimental, "quasi-experimental"},
                                     {Design::OpenLabel, "open-label"},
                                     {Design::Retrospective, "retrospective"},
                                     {Design::Observational, "observational"},
                                     {Design::Review, "review"}}};
constexpr Names<Direction, 4> kDirection{{{Direction::FavoursMagnesium, "favours-magnesium"},
                                          {Direction::FavoursControl, "favours-control"},
                                          {Direction::NoDifference, "no-difference"},
                                          {Direction::Uncontrolled, "uncontrolled"}}};

template <typename E, std::size_t N>
std::string_view name_of(const Names<E, N>& names, E value) {
    for (const auto& [e, name] : names)
        if (e == value) return name;
    return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> parse(const Names<E, N>& names, std::string_view text) {
    for (const auto& [e, name] : names)
        if (name == text) return e;
    return std::nullopt;
}

template <typename E, std::size_t N>
std::vector<std::string_view> names_of(const Names<E, N>& names) {
    std::vector<std::string_view> out;
    out.reserve(N);
    for (const auto& entry : names) out.push_back(entry.second);
    return out;
}

template <typename E, std::size_t N>
std::string joined(const Names<E, N>& names) {
    std::string out;
    for (const auto& entry : names) {
        if (!out.empty()) out += '|';
        out += entry.second;
    }
    return out;
}

// The first item with this id: by binary search over `order` (positions sorted by id, equal ids in list
// order) when it covers the list, by a scan otherwise.
template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::vector<std::size_t>& order, std::string_view id) {
    if (order.size() != items.size()) {
        for (const auto& item : items)
            if (item.id == id) return &item;
        return nullptr;
    }
    auto it = std::lower_bound(order.begin(), order.end(), id,
                               [&](std::size_t i, std::string_view key) { return items[i].id < key; });
    return it != order.end() && items[*it].id == id ? &items[*it] : nullptr;
}

// Positions ordered by id, equal ids in list order. One sort for the three lists (not one instantiation each).
std::vector<std::size_t> order_of(const std::vector<std::string_view>& ids) {
    std::vector<std::size_t> order(ids.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return ids[a] < ids[b] || (ids[a] == ids[b] && a < b);
    });
    return order;
}

template <typename T>
std::vector<std::size_t> order_by_id(const std::vector<T>& items) {
    std::vector<std::string_view> ids;
    ids.reserve(items.size());
    for (const auto& item : items) ids.push_back(item.id);
    return order_of(ids);
}

}  // namespace

int GroupRate::per100() const {
    if (events && total && *total > 0) return static_cast<int>(std::lround(100.0 * *events / *total));
    if (percent) return static_cast<int>(std::lround(*percent));
    return 0;
}

const Reference* Dataset::find_reference(std::string_view id) const {
    return find_by_id(references, reference_order, id);
}
const Topic* Dataset::find_topic(std::string_view id) const { return find_by_id(topics, topic_order, id); }
const Claim* Dataset::find_claim(std::string_view id) const { return find_by_id(claims, claim_order, id); }

void Dataset::index_ids() {
    reference_order = order_by_id(references);
    topic_order = order_by_id(topics);
    claim_order = order_by_id(claims);
}

std::string_view to_string(Certainty v) { return name_of(kCertainty, v); }
std::string_view to_string(Verdict v) { return name_of(kVerdict, v); }
std::string_view to_string(Route v) { return name_of(kRoute, v); }
std::string_view to_string(Role v) { return name_of(kRole, v); }
std::string_view to_string(EffectDirection v) { return name_of(kEffectDirection, v); }
std::string_view to_string(Concern v) { return name_of(kConcern, v); }
std::string_view to_string(Design v) { return name_of(kDesign, v); }
std::string_view to_string(Direction v) { return name_of(kDirection, v); }
std::string_view to_string(EffectSize v) { return name_of(kEffectSize, v); }
std::string_view to_string(Seriousness v) { return name_of(kSeriousness, v); }
std::string_view to_string(Urgency v) { return name_of(kUrgency, v); }
std::string_view to_string(AbsoluteKind v) { return name_of(kAbsoluteKind, v); }

std::optional<Certainty> parse_certainty(std::string_view s) { return parse(kCertainty, s); }
std::optional<Verdict> parse_verdict(std::string_view s) { return parse(kVerdict, s); }
std::optional<Route> parse_route(std::string_view s) { return parse(kRoute, s); }
std::optional<Role> parse_role(std::string_view s) { return parse(kRole, s); }
std::optional<EffectDirection> parse_effect_direction(std::string_view s) { return parse(kEffectDirection, s); }
std::optional<Concern> parse_concern(std::string_view s) { return parse(kConcern, s); }
std::optional<Design> parse_design(std::string_view s) { return parse(kDesign, s); }
std::optional<Direction> parse_direction(std::string_view s) { return parse(kDirection, s); }
std::optional<EffectSize> parse_effect_size(std::string_view s) { return parse(kEffectSize, s); }
std::optional<Seriousness> parse_seriousness(std::string_view s) { return parse(kSeriousness, s); }
std::optional<Urgency> parse_urgency(std::string_view s) { return parse(kUrgency, s); }
std::optional<AbsoluteKind> parse_absolute_kind(std::string_view s) { return parse(kAbsoluteKind, s); }

std::string certainty_names() { return joined(kCertainty); }
std::string verdict_names() { return joined(kVerdict); }
std::string route_names() { return joined(kRoute); }
std::string role_names() { return joined(kRole); }
std::string effect_direction_names() { return joined(kEffectDirection); }
std::string concern_names() { return joined(kConcern); }
std::string design_names() { return joined(kDesign); }
std::string direction_names() { return joined(kDirection); }
std::string effect_size_names() { return joined(kEffectSize); }
std::string seriousness_names() { return joined(kSeriousness); }
std::string urgency_names() { return joined(kUrgency); }
std::string absolute_kind_names() { return joined(kAbsoluteKind); }

namespace {
constexpr std::array<std::string_view, 2> kGenders{"masculine", "feminine"};
constexpr std::array<std::string_view, 2> kNumbers{"singular", "plural"};

// true for the second word, false for the first
std::optional<bool> second_of(const std::array<std::string_view, 2>& words, std::string_view word) {
    if (word == words[0]) return false;
    if (word == words[1]) return true;
    return std::nullopt;
}
}  // namespace

std::optional<bool> parse_feminine(std::string_view gender) { return second_of(kGenders, gender); }
std::optional<bool> parse_plural(std::string_view number) { return second_of(kNumbers, number); }

std::vector<Vocabulary> grammar_vocabularies() {
    return {{"genders", {kGenders.begin(), kGenders.end()}}, {"numbers", {kNumbers.begin(), kNumbers.end()}}};
}

std::vector<Vocabulary> vocabularies() {
    return {
        {"verdicts", names_of(kVerdict)},
        {"certainties", names_of(kCertainty)},
        {"routes", names_of(kRoute)},
        {"designs", names_of(kDesign)},
        {"roles", names_of(kRole)},
        {"seriousness", names_of(kSeriousness)},
        {"urgencies", names_of(kUrgency)},
        {"domains", {kDomains.begin(), kDomains.end()}},
        {"concerns", names_of(kConcern)},
        {"directions", names_of(kDirection)},
        {"effectDirections", names_of(kEffectDirection)},
        {"effectSizes", names_of(kEffectSize)},
        {"absoluteKinds", names_of(kAbsoluteKind)},
    };
}

}  // namespace benefits
