#include "benefits/view.hpp"

#include <algorithm>
#include <set>

#include "benefits/wording.hpp"
#include "json_writer.hpp"

namespace benefits {
namespace {

void write_finding(JsonWriter& w, const Finding& f) {
    w.begin_object()
        .field("outcome", f.outcome)
        .field("timepoint", f.timepoint)
        .field("magnesium", f.magnesium)
        .field("control", f.control)
        .field("effect", f.effect)
        .field("p", f.p)
        .key("direction");
    f.direction == Direction::Unknown ? w.null() : w.value(to_string(f.direction));
    w.end_object();
}

void write_reference(JsonWriter& w, const Reference& r) {
    w.begin_object()
        .field("id", r.id)
        .field("kind", r.kind)
        .field("authors", r.authors)
        .field("title", r.title)
        .field("journal", r.journal)
        .field("year", r.year)
        .field("volumePages", r.volume_pages)
        .field("pmid", r.pmid)
        .field("doi", r.doi)
        .field("url", r.identifier)
        .key("design");
    r.design == Design::Unknown ? w.null() : w.value(to_string(r.design));
    w.key("route");
    r.route ? w.value(to_string(*r.route)) : w.null();
    w.field("dose", r.dose)
        .field("setting", r.setting)
        .field("population", r.population)
        .field("nTotal", r.n_total)
        .field("nMagnesium", r.n_magnesium)
        .field("nControl", r.n_control)
        .field("comparator", r.comparator)
        .field("conclusion", r.conclusion)
        .field("harms", r.harms)
        .key("findings")
        .begin_array();
    for (const auto& f : r.findings) write_finding(w, f);
    w.end_array().end_object();
}

void write_group(JsonWriter& w, const GroupRate& g) {
    w.begin_object()
        .field("events", g.events)
        .field("total", g.total)
        .field("percent", g.percent)
        .field("per100", g.per100())
        .end_object();
}

void write_grade(JsonWriter& w, const Grade& g) {
    w.begin_object()
        .field("start", to_string(g.start))
        .field("startReason", g.start_reason)
        .field("result", to_string(g.result))
        .key("steps")
        .begin_array();
    for (const auto& s : g.steps)
        w.begin_object()
            .field("domain", to_string(s.domain))
            .field("change", s.change)
            .field("reason", s.reason)
            .field("automatic", s.automatic)
            .end_object();
    w.end_array().end_object();
}

void write_claim(JsonWriter& w, const Claim& c, const Grade& g, const CountedEvidence& evidence,
                 const Dataset& data) {
    bool indirect = evidence.counted > 0 && !evidence.route_matches;
    const Topic* topic = data.find_topic(c.topic);

    w.begin_object()
        .field("id", c.id)
        .field("topic", c.topic)
        .field("title", c.title)
        .field("brief", c.brief)
        .field("summary", c.summary)
        .field("verdict", to_string(c.verdict))
        .field("verdictReason", c.verdict_reason)
        .field("population", c.population)
        .field("timeframe", c.timeframe)
        .field("certainty", to_string(g.result))
        .key("statedCertainty");
    c.stated_certainty ? w.value(to_string(*c.stated_certainty)) : w.null();
    w.field("plainLanguage", plain_language(c.effect, g.result)).key("grading");
    write_grade(w, g);
    std::set<std::string> route_names;  // by name, as the view has always listed them
    for (Route r : evidence.routes) route_names.insert(std::string(to_string(r)));
    w.field("evidenceRoutes", std::vector<std::string>(route_names.begin(), route_names.end()))
        .field("indirect", indirect)
        .field("indirectReason", indirect ? "The studies behind this claim did not give magnesium " +
                                                std::string(to_string(data.route)) + ", the way the clinic does."
                                          : std::string())
        .field("studyCount", evidence.counted)
        .field("participants", evidence.participants)
        .key("counts")
        .begin_object()
        .field("supports", evidence.supports.size())
        .field("contradicts", evidence.contradicts.size())
        .field("context", evidence.context.size())
        .end_object()
        .key("evidence")
        .begin_array();
    for (const auto& link : c.evidence)
        w.begin_object()
            .field("ref", link.ref)
            .field("finding", link.finding)
            .field("role", to_string(link.role))
            .field("note", link.note)
            .end_object();
    w.end_array().key("absolute").begin_array();
    for (const auto& a : c.absolute) {
        w.begin_object().field("outcome", a.outcome).field("ref", a.ref).field("finding", a.finding).key("magnesium");
        write_group(w, a.magnesium);
        w.key("control");
        write_group(w, a.control);
        w.end_object();
    }
    w.end_array().field("harms", c.harms).field("cautions", c.cautions).key("unsupportedFigures").begin_array();
    for (const auto& u : c.unsupported_figures)
        w.begin_object().field("figure", u.figure).field("note", u.note).end_object();
    w.end_array().field("redFlags", topic && topic->red_flags).end_object();
}

}  // namespace

std::string view_json(const Session& s) { return view_json(s, {}, {}); }

std::string view_json(const Session& s, std::string_view prefix, std::string_view suffix, std::size_t size_hint) {
    const Dataset& d = s.data;
    JsonWriter w;
    w.reserve(size_hint);
    w.raw(prefix);
    w.begin_object()
        .field("title", d.title)
        .field("language", d.language)
        .field("reviewed", d.reviewed)
        .field("intervention", d.intervention)
        .field("route", to_string(d.route))
        .key("topics")
        .begin_array();
    for (const auto& t : d.topics)
        w.begin_object().field("id", t.id).field("label", t.label).field("redFlags", t.red_flags).end_object();
    w.end_array().key("claims").begin_array();
    for (std::size_t i = 0; i < d.claims.size(); ++i) write_claim(w, d.claims[i], s.grades[i], s.evidence[i], d);
    w.end_array().key("references").begin_array();
    for (const auto& r : d.references) write_reference(w, r);
    w.end_array().key("harms").begin_array();
    for (const auto& h : d.harms)
        w.begin_object()
            .field("id", h.id)
            .field("statement", h.statement)
            .field("frequency", h.frequency)
            .field("seriousness", h.seriousness)
            .field("sources", h.sources)
            .end_object();
    w.end_array().key("redFlags").begin_array();
    for (const auto& f : d.red_flags)
        w.begin_object().field("statement", f.statement).field("sources", f.sources).end_object();
    w.end_array().field("gradingRule", grading_rule_text()).end_object();
    w.raw(suffix);
    return w.take();
}

}  // namespace benefits
