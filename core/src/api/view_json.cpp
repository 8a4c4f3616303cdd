#include "api/view_json.hpp"

#include <algorithm>
#include <set>

#include "benefits/text.hpp"
#include "benefits/wording.hpp"
#include "json/writer.hpp"

namespace benefits {
namespace {

// The fields of an object shown in the dataset's language because the translation lacks them (model.hpp).
void write_fallback(JsonWriter& w, const Fallback& fallback) {
    if (!fallback.empty()) w.field("fallback", fallback);
}

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
    write_fallback(w, f.fallback);
    w.end_object();
}

// Everything a patient may read of a source; its checking notes (editor-only) are never written.
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
        .field("duration", r.duration)
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
    w.end_array();
    write_fallback(w, r.fallback);
    w.end_object();
}

void write_group(JsonWriter& w, const GroupRate& g) {
    w.begin_object()
        .field("events", g.events)
        .field("total", g.total)
        .field("percent", g.percent)
        .field("per100", g.per100())
        .end_object();
}

void write_step(JsonWriter& w, const GradeStep& s) {
    w.begin_object()
        .field("domain", to_string(s.domain))
        .field("change", s.change)
        .field("reason", s.reason)
        .field("automatic", s.automatic)
        .field("differsFromRule", s.differs_from_rule)
        .end_object();
}

void write_grade(JsonWriter& w, const std::optional<Grade>& grade) {
    if (!grade) {
        w.null();
        return;
    }
    const Grade& g = *grade;
    w.begin_object()
        .field("start", to_string(g.start))
        .field("startReason", g.start_reason)
        .field("result", to_string(g.result))
        .key("steps")
        .begin_array();
    for (const auto& s : g.steps) write_step(w, s);
    w.end_array().key("lifted").begin_array();
    for (const auto& s : g.lifted) write_step(w, s);
    w.end_array().end_object();
}

void write_certainty(JsonWriter& w, const std::optional<Grade>& grade) {
    grade ? w.value(to_string(grade->result)) : w.null();
}

// {supports, contradicts, context, observations}: distinct sources, as counted once in the Session.
void write_counts(JsonWriter& w, const CountedEvidence& e) {
    w.begin_object()
        .field("supports", e.supports.size())
        .field("contradicts", e.contradicts.size())
        .field("context", e.context.size())
        .field("observations", e.observations.size())
        .end_object();
}

void write_link(JsonWriter& w, const EvidenceLink& link) {
    w.field("ref", link.ref).field("finding", link.finding).field("role", to_string(link.role)).field("note", link.note);
    write_fallback(w, link.fallback);
}

void write_links(JsonWriter& w, const std::vector<EvidenceLink>& links) {
    w.begin_array();
    for (const auto& link : links) {
        w.begin_object();
        write_link(w, link);
        w.end_object();
    }
    w.end_array();
}

void write_optional_number(JsonWriter& w, std::string_view name, const std::optional<double>& x) {
    w.key(name);
    x ? w.value(*x) : w.null();
}

// One absolute effect exactly as the source states it, and in words.
void write_absolute(JsonWriter& w, const AbsoluteEffect& a, const OutcomeRow& row, Lang lang) {
    w.begin_object()
        .field("kind", to_string(a.kind))
        .field("ref", a.ref)
        .field("finding", a.finding);
    switch (a.kind) {
        case AbsoluteKind::Rates:
            w.field("event", a.event).key("magnesium");
            write_group(w, a.magnesium);
            w.key("control");
            write_group(w, a.control);
            break;
        case AbsoluteKind::RiskDifference:
            w.field("event", a.event).field("per100", a.value);
            write_optional_number(w, "low", a.low);
            write_optional_number(w, "high", a.high);
            break;
        case AbsoluteKind::MeanDifference:
            w.field("value", a.value);
            write_optional_number(w, "low", a.low);
            write_optional_number(w, "high", a.high);
            w.field("scale", a.scale);
            break;
    }
    w.field("text", absolute_text(a, row, lang)).end_object();
}

// graded: the row has a body of evidence and so a grade; observations-only: no body, but uncontrolled
// reports; no-studies: neither.
std::string_view row_kind(const OutcomeRow& row, const RowResult& result) {
    if (result.grade) return "graded";
    if (!row.observations.empty()) return "observations-only";
    return "no-studies";
}

void write_row(JsonWriter& w, const OutcomeRow& row, const RowResult& result, Lang lang) {
    const std::optional<Certainty> certainty =
        result.grade ? std::optional<Certainty>(result.grade->result) : std::nullopt;
    const CountedEvidence& e = result.evidence;
    w.begin_object()
        .field("id", row.id)
        .field("intervention", row.intervention)
        .field("route", to_string(row.route))
        .field("comparator", row.comparator)
        .field("outcome", row.outcome)
        .field("timepoint", row.timepoint)
        .field("population", row.population)
        .key("direction");
    row.direction ? w.value(to_string(*row.direction)) : w.null();
    w.field("size", to_string(row.size))
        .field("kind", row_kind(row, result))
        .field("statement", row_statement(row, certainty, lang))
        .key("certainty");
    write_certainty(w, result.grade);
    w.key("grading");
    write_grade(w, result.grade);
    w.key("counts");
    write_counts(w, e);
    w.field("sources", e.body.size())
        .field("participants", e.participants)
        .field("participantsFromReview", e.participants_from_review)
        .field("indirect", !e.body.empty() && !e.route_matches)
        .key("evidence");
    write_links(w, row.evidence);
    w.key("observations");
    write_links(w, row.observations);
    w.key("absolute").begin_array();
    for (const auto& a : row.absolute) write_absolute(w, a, row, lang);
    w.end_array();
    write_fallback(w, row.fallback);
    w.end_object();
}

// "oral magnesium", "IM magnesium": what the evidence of a row given another way is about.
std::string_view route_words(const Texts& t, Route r) {
    switch (r) {
        case Route::IV: return t.route_words[0];
        case Route::IM: return t.route_words[1];
        case Route::Oral: return t.route_words[2];
        case Route::Mixed: return t.route_words[3];
    }
    return t.route_words[3];
}

std::string_view way_given(const Texts& t, Route r) {
    switch (r) {
        case Route::IV: return t.way_given[0];
        case Route::IM: return t.way_given[1];
        case Route::Oral: return t.way_given[2];
        case Route::Mixed: return t.way_given[3];
    }
    return t.way_given[4];
}

// Indirect: no row asked about the clinic's route has a body of evidence, but a row about another route does.
// The routes of those rows, in row order; none when the claim is not indirect.
std::vector<Route> indirect_routes(const Claim& c, const ClaimResult& result, Route clinic) {
    std::vector<Route> other;
    for (std::size_t k = 0; k < c.outcomes.size() && k < result.rows.size(); ++k) {
        if (result.rows[k].evidence.body.empty()) continue;
        if (c.outcomes[k].route == clinic) return {};
        if (std::find(other.begin(), other.end(), c.outcomes[k].route) == other.end())
            other.push_back(c.outcomes[k].route);
    }
    return other;
}

std::string indirect_reason(const Texts& t, const Claim& c, const ClaimResult& result, Route clinic) {
    const std::vector<Route> other = indirect_routes(c, result, clinic);
    if (other.empty()) return {};
    std::string about;
    for (std::size_t k = 0; k < other.size(); ++k) {
        if (k) about += k + 1 == other.size() ? t.list_and : ", ";
        about += route_words(t, other[k]);
    }
    return t.fill(t.indirect, {{"route", to_string(clinic)}, {"way", way_given(t, clinic)}, {"about", about}});
}

const OutcomeRow& headline_row(const Claim& c) {
    static const OutcomeRow kNoRow;
    return c.outcomes.empty() ? kNoRow : c.outcomes.front();
}

const RowResult& headline_result(const ClaimResult& result) {
    static const RowResult kNoResult;
    return result.rows.empty() ? kNoResult : result.rows.front();
}

// The fields of a claim's details (write_claim_details, besides its id): the view names them for the page.
constexpr std::string_view kClaimDetails[] = {"summary", "population", "timeframe", "indirectReason", "grading",
                                              "evidence", "absolute", "outcomes", "harms", "cautions",
                                              "unsupportedFigures"};

// What the list shows of a claim: its row, its filters and its counts. The rest is in its details.
void write_claim(JsonWriter& w, const Claim& c, const ClaimResult& result, const Dataset& data) {
    const Lang lang = language_of(data.language);
    const CountedEvidence& evidence = result.evidence;
    const Topic* topic = data.find_topic(c.topic);
    const OutcomeRow& headline = headline_row(c);
    const RowResult& headline_graded = headline_result(result);

    w.begin_object()
        .field("id", c.id)
        .field("topic", c.topic)
        .field("title", c.title)
        .field("brief", c.brief)
        .field("verdict", to_string(c.verdict))
        .field("verdictReason", c.verdict_reason)
        .key("certainty");
    write_certainty(w, headline_graded.grade);
    w.field("kind", row_kind(headline, headline_graded))
        .field("plainLanguage", c.outcomes.empty() ? std::string()
                                                   : row_statement(headline, result.certainty(), lang));
    std::set<std::string> route_names;  // by name, as the view has always listed them
    for (Route r : evidence.routes) route_names.insert(std::string(to_string(r)));
    w.field("evidenceRoutes", std::vector<std::string>(route_names.begin(), route_names.end()))
        .field("indirect", !indirect_routes(c, result, data.route).empty())
        .field("studyCount", evidence.body.size())
        .field("participants", evidence.participants)
        .field("participantsFromReview", evidence.participants_from_review)
        .key("counts");
    write_counts(w, evidence);
    w.field("redFlags", topic && topic->red_flags);
    // The claim shows its headline row's population and time point as its own.
    Fallback fallback = c.fallback;
    for (const auto& [row_field, claim_field] : {std::pair<std::string_view, std::string_view>{"population", "population"},
                                                 {"timepoint", "timeframe"}})
        if (std::find(headline.fallback.begin(), headline.fallback.end(), row_field) != headline.fallback.end())
            fallback.emplace_back(claim_field);
    write_fallback(w, fallback);
    w.end_object();
}

// What a claim's card shows beyond its row: its outcome rows with their grades, links and effects.
void write_claim_details(JsonWriter& w, const Claim& c, const ClaimResult& result, const Dataset& data) {
    const Lang lang = language_of(data.language);
    static const RowResult kNoResult;
    const OutcomeRow& headline = headline_row(c);

    // The claim's own harms, then the cautions every infusion carries that it does not already list.
    std::vector<std::string> harms = c.harms;
    for (const auto& id : data.infusion_cautions)
        if (std::find(harms.begin(), harms.end(), id) == harms.end()) harms.push_back(id);

    w.begin_object()
        .field("id", c.id)
        .field("summary", c.summary)
        .field("population", headline.population)
        .field("timeframe", headline.timepoint)
        .field("indirectReason", indirect_reason(texts(lang), c, result, data.route))
        .key("grading");
    write_grade(w, headline_result(result).grade);
    w.key("evidence").begin_array();
    for (const auto& row : c.outcomes)
        for (const auto* links : {&row.evidence, &row.observations})
            for (const auto& link : *links) {
                w.begin_object();
                write_link(w, link);
                w.field("row", row.id).field("observation", links == &row.observations).end_object();
            }
    w.end_array().key("absolute").begin_array();
    for (const auto& row : c.outcomes)
        for (const auto& a : row.absolute) {
            if (a.kind != AbsoluteKind::Rates) continue;
            w.begin_object()
                .field("outcome", row.outcome)
                .field("row", row.id)
                .field("ref", a.ref)
                .field("finding", a.finding)
                .field("comparator", row.comparator)
                .key("magnesium");
            write_group(w, a.magnesium);
            w.key("control");
            write_group(w, a.control);
            w.end_object();
        }
    w.end_array().key("outcomes").begin_array();
    for (std::size_t k = 0; k < c.outcomes.size(); ++k)
        write_row(w, c.outcomes[k], k < result.rows.size() ? result.rows[k] : kNoResult, lang);
    w.end_array().field("harms", harms).field("cautions", c.cautions).key("unsupportedFigures").begin_array();
    for (const auto& u : c.unsupported_figures)
        w.begin_object().field("figure", u.figure).field("note", u.note).end_object();
    w.end_array().end_object();
}

void write_vocabulary(JsonWriter& w) {
    w.begin_object();
    for (const auto& v : vocabularies()) {
        w.key(v.name).begin_array();
        for (auto name : v.values) w.value(name);
        w.end_array();
    }
    w.end_object();
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
        .field("source_language", d.source_language.empty() ? d.language : d.source_language)
        .key("translation");
    if (d.translation) {
        const TranslationInfo& t = *d.translation;
        w.begin_object()
            .field("language", t.language)
            .field("clinician_reviewed", t.clinician_reviewed)
            .field("translated", t.translated)
            .field("untranslated", t.untranslated)
            .field("total", t.total)
            .end_object();
    } else {
        w.null();
    }
    w.key("translations").begin_object();
    for (const auto& t : d.translations) {
        w.key(t.language);
        t.file.empty() ? w.value(true) : w.value(t.file);
    }
    w.end_object();
    write_fallback(w, d.fallback);
    w.field("reviewed", d.reviewed)
        .field("intervention", d.intervention)
        .field("route", to_string(d.route))
        .key("emergencyLine");
    d.emergency_line.empty() ? w.null() : w.value(d.emergency_line);
    w.field("infusionCautions", d.infusion_cautions)
        .key("topics")
        .begin_array();
    for (const auto& t : d.topics)
    {
        w.begin_object().field("id", t.id).field("label", t.label).field("redFlags", t.red_flags);
        write_fallback(w, t.fallback);
        w.end_object();
    }
    w.end_array().key("claims").begin_array();
    for (std::size_t i = 0; i < d.claims.size(); ++i) write_claim(w, d.claims[i], s.results[i], d);
    w.end_array().key("references").begin_array();
    for (const auto& r : d.references) write_reference(w, r);
    w.end_array().key("harms").begin_array();
    for (const auto& h : d.harms) {
        w.begin_object()
            .field("id", h.id)
            .field("statement", h.statement)
            .field("frequency", h.frequency)
            .field("seriousness", to_string(h.seriousness))
            .field("sources", h.sources);
        write_fallback(w, h.fallback);
        w.end_object();
    }
    w.end_array().key("redFlags").begin_array();
    for (const auto& f : d.red_flags) {
        w.begin_object()
            .field("statement", f.statement)
            .field("urgency", to_string(f.urgency))
            .field("sources", f.sources);
        write_fallback(w, f.fallback);
        w.end_object();
    }
    w.end_array().field("gradingRule", grading_rule_text(language_of(d.language))).key("claimDetails").begin_array();
    for (auto name : kClaimDetails) w.value(name);
    w.end_array().key("vocabulary");
    write_vocabulary(w);
    w.end_object();
    w.raw(suffix);
    return w.take();
}

std::string claim_details_json(const Session& s, std::size_t position, std::string_view prefix,
                               std::string_view suffix) {
    JsonWriter w;
    w.raw(prefix);
    write_claim_details(w, s.data.claims[position], s.results[position], s.data);
    w.raw(suffix);
    return w.take();
}

}  // namespace benefits
