#include "benefits/view.hpp"

#include <algorithm>
#include <set>

#include "benefits/wording.hpp"
#include "json_fwd.hpp"

namespace benefits {
namespace {

template <typename T>
Json optional_json(const std::optional<T>& value) {
    return value ? Json(*value) : Json(nullptr);
}

bool is_pooled(Design d) {
    return d == Design::MetaAnalysis || d == Design::SystematicReview || d == Design::CochraneReview;
}

Json finding_json(const Finding& f) {
    return {{"outcome", optional_json(f.outcome)},     {"timepoint", optional_json(f.timepoint)},
            {"magnesium", optional_json(f.magnesium)}, {"control", optional_json(f.control)},
            {"effect", optional_json(f.effect)},       {"p", optional_json(f.p)},
            {"direction", f.direction == Direction::Unknown ? Json(nullptr) : Json(to_string(f.direction))}};
}

Json reference_json(const Reference& r) {
    Json findings = Json::array();
    for (const auto& f : r.findings) findings.push_back(finding_json(f));
    return {{"id", r.id},
            {"kind", optional_json(r.kind)},
            {"authors", optional_json(r.authors)},
            {"title", r.title},
            {"journal", optional_json(r.journal)},
            {"year", optional_json(r.year)},
            {"volumePages", optional_json(r.volume_pages)},
            {"pmid", optional_json(r.pmid)},
            {"doi", optional_json(r.doi)},
            {"url", optional_json(r.identifier)},
            {"design", r.design == Design::Unknown ? Json(nullptr) : Json(to_string(r.design))},
            {"route", r.route ? Json(to_string(*r.route)) : Json(nullptr)},
            {"dose", optional_json(r.dose)},
            {"setting", optional_json(r.setting)},
            {"population", optional_json(r.population)},
            {"nTotal", optional_json(r.n_total)},
            {"nMagnesium", optional_json(r.n_magnesium)},
            {"nControl", optional_json(r.n_control)},
            {"comparator", optional_json(r.comparator)},
            {"conclusion", optional_json(r.conclusion)},
            {"harms", r.harms},
            {"findings", std::move(findings)}};
}

Json group_json(const GroupRate& g) {
    return {{"events", optional_json(g.events)},
            {"total", optional_json(g.total)},
            {"percent", optional_json(g.percent)},
            {"per100", g.per100()}};
}

Json grade_json(const Grade& g) {
    Json steps = Json::array();
    for (const auto& s : g.steps)
        steps.push_back({{"domain", to_string(s.domain)}, {"change", s.change}, {"reason", s.reason},
                         {"automatic", s.automatic}});
    return {{"start", to_string(g.start)},
            {"startReason", g.start_reason},
            {"result", to_string(g.result)},
            {"steps", std::move(steps)}};
}

Json claim_json(const Claim& c, const Grade& g, const Dataset& data) {
    Json evidence = Json::array();
    int supports = 0, contradicts = 0, context = 0, in_trials = 0, in_largest_review = 0;
    std::set<std::string> counted, routes;
    bool route_matches = false;
    for (const auto& link : c.evidence) {
        evidence.push_back({{"ref", link.ref}, {"finding", link.finding}, {"role", to_string(link.role)},
                            {"note", link.note}});
        (link.role == Role::Supports ? supports : link.role == Role::Contradicts ? contradicts : context) += 1;
        const Reference* ref = data.find_reference(link.ref);
        if (!ref || !counts_for_grading(link, *ref)) continue;
        if (ref->route) routes.insert(std::string(to_string(*ref->route)));
        route_matches |= ref->route == data.route;
        if (!counted.insert(ref->id).second) continue;
        if (is_pooled(ref->design)) in_largest_review = std::max(in_largest_review, ref->n_total.value_or(0));
        else in_trials += ref->n_total.value_or(0);
    }
    // Reviews pool the very trials cited beside them: adding both would count people twice.
    int participants = std::max(in_trials, in_largest_review);
    Json absolute = Json::array();
    for (const auto& a : c.absolute)
        absolute.push_back({{"outcome", a.outcome}, {"ref", a.ref}, {"finding", a.finding},
                            {"magnesium", group_json(a.magnesium)}, {"control", group_json(a.control)}});
    Json unsupported = Json::array();
    for (const auto& u : c.unsupported_figures) unsupported.push_back({{"figure", u.figure}, {"note", u.note}});

    bool indirect = !counted.empty() && !route_matches;
    const Topic* topic = data.find_topic(c.topic);
    return {{"id", c.id},
            {"topic", c.topic},
            {"title", c.title},
            {"brief", c.brief},
            {"summary", c.summary},
            {"verdict", to_string(c.verdict)},
            {"verdictReason", c.verdict_reason},
            {"population", c.population},
            {"timeframe", c.timeframe},
            {"certainty", to_string(g.result)},
            {"statedCertainty", c.stated_certainty ? Json(to_string(*c.stated_certainty)) : Json(nullptr)},
            {"plainLanguage", plain_language(c.effect, g.result)},
            {"grading", grade_json(g)},
            {"evidenceRoutes", std::vector<std::string>(routes.begin(), routes.end())},
            {"indirect", indirect},
            {"indirectReason", indirect ? "The studies behind this claim did not give magnesium " +
                                              std::string(to_string(data.route)) + ", the way the clinic does."
                                        : ""},
            {"studyCount", counted.size()},
            {"participants", participants},
            {"counts", {{"supports", supports}, {"contradicts", contradicts}, {"context", context}}},
            {"evidence", std::move(evidence)},
            {"absolute", std::move(absolute)},
            {"harms", c.harms},
            {"cautions", c.cautions},
            {"unsupportedFigures", std::move(unsupported)},
            {"redFlags", topic && topic->red_flags}};
}

}  // namespace

std::string view_json(const Session& s) {
    const Dataset& d = s.data;
    Json topics = Json::array(), claims = Json::array(), references = Json::array(), harms = Json::array(),
         red_flags = Json::array();
    for (const auto& t : d.topics) topics.push_back({{"id", t.id}, {"label", t.label}, {"redFlags", t.red_flags}});
    for (std::size_t i = 0; i < d.claims.size(); ++i) claims.push_back(claim_json(d.claims[i], s.grades[i], d));
    for (const auto& r : d.references) references.push_back(reference_json(r));
    for (const auto& h : d.harms)
        harms.push_back({{"id", h.id}, {"statement", h.statement}, {"frequency", optional_json(h.frequency)},
                         {"seriousness", h.seriousness}, {"sources", h.sources}});
    for (const auto& f : d.red_flags) red_flags.push_back({{"statement", f.statement}, {"sources", f.sources}});
    Json view = {{"title", d.title},
                 {"language", d.language},
                 {"reviewed", d.reviewed},
                 {"intervention", d.intervention},
                 {"route", to_string(d.route)},
                 {"topics", std::move(topics)},
                 {"claims", std::move(claims)},
                 {"references", std::move(references)},
                 {"harms", std::move(harms)},
                 {"redFlags", std::move(red_flags)},
                 {"gradingRule", grading_rule_text()}};
    return view.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace benefits
