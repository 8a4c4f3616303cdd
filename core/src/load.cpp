#include "benefits/load.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "json_fwd.hpp"
#include "json_reader.hpp"
#include "limits_scan.hpp"
#include "streaming_parse.hpp"

namespace benefits {
namespace {

Finding read_finding(JsonReader& r, const Json& j) {
    Finding f;
    f.outcome = r.opt_string(j, "outcome");
    f.timepoint = r.opt_string(j, "timepoint");
    f.magnesium = r.opt_string(j, "magnesium");
    f.control = r.opt_string(j, "control");
    f.effect = r.opt_string(j, "effect");
    f.p = r.opt_string(j, "p");
    if (auto d = r.opt_enum(j, "direction", parse_direction, direction_names)) f.direction = *d;
    return f;
}

Reference read_reference(JsonReader& r, const Json& j) {
    Reference ref;
    ref.id = r.req_string(j, "id");
    ref.title = r.req_string(j, "title");
    ref.kind = r.opt_string(j, "kind");
    ref.authors = r.opt_string(j, "authors");
    ref.journal = r.opt_string(j, "journal");
    ref.volume_pages = r.opt_string(j, "volume_pages");
    ref.pmid = r.opt_string(j, "pmid");
    ref.doi = r.opt_string(j, "doi");
    ref.identifier = r.opt_string(j, "identifier");
    ref.dose = r.opt_string(j, "dose");
    ref.setting = r.opt_string(j, "setting");
    ref.population = r.opt_string(j, "population");
    ref.comparator = r.opt_string(j, "comparator");
    ref.conclusion = r.opt_string(j, "conclusion");
    ref.year = r.opt_int(j, "year", 0, 3000);
    ref.n_total = r.opt_int(j, "n_total", 0, 100000000);
    ref.n_magnesium = r.opt_int(j, "n_magnesium", 0, 100000000);
    ref.n_control = r.opt_int(j, "n_control", 0, 100000000);
    if (auto d = r.opt_enum(j, "design", parse_design, design_names)) ref.design = *d;
    ref.route = r.opt_enum(j, "route", parse_route, route_names);
    r.each(j, "findings", false, [&](const Json& f) { ref.findings.push_back(read_finding(r, f)); },
           r.limits().max_findings);
    ref.harms = r.opt_string_array(j, "harms");
    return ref;
}

Judgement read_judgement(JsonReader& r, const Json& j, const char* key) {
    Judgement out;
    const Json* node = r.opt_object(j, key);
    if (!node) return out;
    auto scope = r.enter(key);
    r.only_fields(*node, {"level", "reason"});
    if (auto level = r.req_enum(*node, "level", parse_concern, concern_names)) out.level = *level;
    out.reason = r.opt_string(*node, "reason").value_or("");
    if (out.level != Concern::None && out.reason.empty())
        r.problem("reason", "a reason is required when the level is not \"none\"");
    return out;
}

Grading read_grading(JsonReader& r, const Json& j) {
    Grading g;
    const Json* node = r.req_object(j, "grading");
    if (!node) return g;
    auto scope = r.enter("grading");
    r.only_fields(*node, {"risk_of_bias", "inconsistency", "indirectness", "imprecision",
                          "publication_bias", "large_effect"});
    g.risk_of_bias = read_judgement(r, *node, "risk_of_bias");
    g.inconsistency = read_judgement(r, *node, "inconsistency");
    g.indirectness = read_judgement(r, *node, "indirectness");
    g.imprecision = read_judgement(r, *node, "imprecision");
    g.publication_bias = read_judgement(r, *node, "publication_bias");
    if (const Json* large = r.opt_object(*node, "large_effect")) {
        auto inner = r.enter("large_effect");
        r.only_fields(*large, {"applies", "reason"});
        g.large_effect = r.opt_bool(*large, "applies").value_or(false);
        g.large_effect_reason = r.opt_string(*large, "reason").value_or("");
        if (g.large_effect && g.large_effect_reason.empty())
            r.problem("reason", "a reason is required when a large effect applies");
    }
    return g;
}

Effect read_effect(JsonReader& r, const Json& j) {
    Effect e;
    const Json* node = r.req_object(j, "effect");
    if (!node) return e;
    auto scope = r.enter("effect");
    r.only_fields(*node, {"intervention", "outcome", "direction"});
    e.intervention = r.req_string(*node, "intervention");
    e.outcome = r.req_string(*node, "outcome");
    if (auto d = r.req_enum(*node, "direction", parse_effect_direction, effect_direction_names))
        e.direction = *d;
    return e;
}

GroupRate read_group_rate(JsonReader& r, const Json& j, const char* key) {
    GroupRate g;
    const Json* node = r.req_object(j, key);
    if (!node) return g;
    auto scope = r.enter(key);
    r.only_fields(*node, {"events", "total", "percent"});
    g.events = r.opt_int(*node, "events", 0, 100000000);
    g.total = r.opt_int(*node, "total", 1, 100000000);
    g.percent = r.opt_number(*node, "percent", 0.0, 100.0);
    bool counts = g.events.has_value() || g.total.has_value();
    if (counts && !(g.events && g.total))
        r.problem("", "give both events and total, or a percent");
    else if (!counts && !g.percent)
        r.problem("", "give events and total, or a percent");
    else if (counts && g.percent)
        r.problem("", "give events and total, or a percent, not both");
    else if (g.events && g.total && *g.events > *g.total)
        r.problem("events", "events (" + std::to_string(*g.events) + ") exceed total (" +
                                std::to_string(*g.total) + ")");
    return g;
}

AbsoluteRate read_absolute(JsonReader& r, const Json& j) {
    AbsoluteRate a;
    r.only_fields(j, {"outcome", "ref", "finding", "magnesium", "control"});
    a.outcome = r.req_string(j, "outcome");
    a.ref = r.req_string(j, "ref");
    a.finding = r.opt_int(j, "finding", 0, 100000).value_or(-1);
    a.magnesium = read_group_rate(r, j, "magnesium");
    a.control = read_group_rate(r, j, "control");
    return a;
}

EvidenceLink read_evidence(JsonReader& r, const Json& j) {
    EvidenceLink e;
    r.only_fields(j, {"ref", "finding", "role", "note"});
    e.ref = r.req_string(j, "ref");
    e.finding = r.opt_int(j, "finding", 0, 100000).value_or(-1);
    if (auto role = r.req_enum(j, "role", parse_role, role_names)) e.role = *role;
    e.note = r.req_string(j, "note");
    return e;
}

Claim read_claim(JsonReader& r, const Json& j) {
    Claim c;
    r.only_fields(j, {"id", "topic", "title", "brief", "summary", "verdict", "verdict_reason", "population",
                      "timeframe", "certainty", "effect", "grading", "evidence", "absolute", "harms",
                      "cautions", "unsupported_figures"});
    c.id = r.req_id(j, "id");
    c.topic = r.req_string(j, "topic");
    c.title = r.req_string(j, "title");
    c.brief = r.req_string(j, "brief");
    c.summary = r.req_string(j, "summary");
    if (auto v = r.req_enum(j, "verdict", parse_verdict, verdict_names)) c.verdict = *v;
    c.verdict_reason = r.req_string(j, "verdict_reason");
    c.population = r.req_string(j, "population");
    c.timeframe = r.req_string(j, "timeframe");
    c.stated_certainty = r.opt_enum(j, "certainty", parse_certainty, certainty_names);
    c.effect = read_effect(r, j);
    c.grading = read_grading(r, j);
    r.each(j, "evidence", true, [&](const Json& e) { c.evidence.push_back(read_evidence(r, e)); });
    r.each(j, "absolute", false, [&](const Json& a) { c.absolute.push_back(read_absolute(r, a)); });
    c.harms = r.opt_string_array(j, "harms");
    c.cautions = r.opt_string_array(j, "cautions");
    for (std::size_t k = 0; k < c.cautions.size(); ++k)  // an empty caution would satisfy L6 and show an empty box
        r.visible_text("cautions[" + std::to_string(k) + "]", c.cautions[k]);
    r.each(j, "unsupported_figures", false, [&](const Json& u) {
        r.only_fields(u, {"figure", "note"});
        c.unsupported_figures.push_back({r.req_string(u, "figure"), r.req_string(u, "note")});
    });
    return c;
}

Topic read_topic(JsonReader& r, const Json& j) {
    Topic t;
    r.only_fields(j, {"id", "label", "red_flags"});
    t.id = r.req_id(j, "id");
    t.label = r.req_string(j, "label");
    t.red_flags = r.opt_bool(j, "red_flags").value_or(false);
    return t;
}

Harm read_harm(JsonReader& r, const Json& j) {
    Harm h;
    h.id = r.req_id(j, "id");
    h.statement = r.req_string(j, "statement");
    h.frequency = r.opt_string(j, "frequency");
    h.seriousness = r.req_one_of(j, "seriousness", {"common-mild", "warning", "serious", "contraindication"});
    h.sources = r.opt_string_array(j, "source_ids");
    return h;
}

// Duplicate ids within one list: "claims[5].id: duplicate id "aura" (first at claims[1].id)".
template <typename T>
void check_unique_ids(JsonReader& r, const std::vector<T>& items, const char* list) {
    std::map<std::string, std::size_t> first;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id.empty()) continue;
        auto [it, inserted] = first.emplace(items[i].id, i);
        if (!inserted)
            r.problem_at(std::string(list) + "[" + std::to_string(i) + "].id",
                         "duplicate id \"" + items[i].id + "\" (first at " + list + "[" +
                             std::to_string(it->second) + "].id)");
    }
}

void check_source_ids(JsonReader& r, const Dataset& d, const std::vector<std::string>& ids,
                      const std::string& path) {
    for (std::size_t k = 0; k < ids.size(); ++k)
        if (!d.find_reference(ids[k]))
            r.problem_at(path + "[" + std::to_string(k) + "]", "unknown reference \"" + ids[k] + "\"");
}

void check_finding_index(JsonReader& r, const Reference& ref, int finding, const std::string& path) {
    if (finding < 0 || static_cast<std::size_t>(finding) < ref.findings.size()) return;
    std::string range = ref.findings.empty()
                            ? "no findings"
                            : std::to_string(ref.findings.size()) + " findings (0-" +
                                  std::to_string(ref.findings.size() - 1) + ")";
    r.problem_at(path, "source \"" + ref.id + "\" has " + range + ", got " + std::to_string(finding));
}

void check_cross_references(JsonReader& r, const Dataset& d) {
    check_unique_ids(r, d.topics, "topics");
    check_unique_ids(r, d.claims, "claims");
    check_unique_ids(r, d.references, "references");
    check_unique_ids(r, d.harms, "harms");

    std::set<std::string> harm_ids;
    for (const auto& h : d.harms) harm_ids.insert(h.id);

    for (std::size_t i = 0; i < d.claims.size() && !r.saturated(); ++i) {
        const Claim& c = d.claims[i];
        const std::string at = "claims[" + std::to_string(i) + "]";
        if (!c.topic.empty() && !d.find_topic(c.topic)) {
            std::string known;
            for (std::size_t t = 0; t < d.topics.size() && t < 20; ++t) known += (t ? ", " : "") + d.topics[t].id;
            if (d.topics.size() > 20) known += ", …";
            r.problem_at(at + ".topic", "unknown topic \"" + c.topic + "\" (topics: " + known + ")");
        }
        for (std::size_t k = 0; k < c.evidence.size(); ++k) {
            const auto& e = c.evidence[k];
            const std::string here = at + ".evidence[" + std::to_string(k) + "]";
            if (e.ref.empty()) continue;
            const Reference* ref = d.find_reference(e.ref);
            if (!ref) r.problem_at(here + ".ref", "unknown reference \"" + e.ref + "\"");
            else check_finding_index(r, *ref, e.finding, here + ".finding");
        }
        for (std::size_t k = 0; k < c.absolute.size(); ++k) {
            const auto& a = c.absolute[k];
            const std::string here = at + ".absolute[" + std::to_string(k) + "]";
            if (a.ref.empty()) continue;
            const Reference* ref = d.find_reference(a.ref);
            if (!ref) r.problem_at(here + ".ref", "unknown reference \"" + a.ref + "\"");
            else check_finding_index(r, *ref, a.finding, here + ".finding");
        }
        for (std::size_t k = 0; k < c.harms.size(); ++k)
            if (!harm_ids.count(c.harms[k]))
                r.problem_at(at + ".harms[" + std::to_string(k) + "]", "unknown harm \"" + c.harms[k] + "\"");
    }
    for (std::size_t i = 0; i < d.harms.size(); ++i)
        check_source_ids(r, d, d.harms[i].sources, "harms[" + std::to_string(i) + "].source_ids");
    for (std::size_t i = 0; i < d.red_flags.size(); ++i)
        check_source_ids(r, d, d.red_flags[i].sources, "red_flags[" + std::to_string(i) + "].source_ids");
}

}  // namespace

std::string to_string(const Problem& p) { return p.path + ": " + p.message; }

LoadResult load(std::string_view text, const Limits& limits) {
    LoadResult result;
    if (auto problem = scan_limits(text, limits)) {
        result.problems.push_back(*problem);
        return result;
    }
    // The claims are read as the parse completes each one (streaming_parse.hpp); their problems wait here
    // to be listed where the claims come in the order of checks.
    std::vector<Claim> claims;
    std::vector<Problem> claim_problems;
    JsonReader claim_reader(claim_problems, limits);
    auto in_claims = claim_reader.enter("claims");
    auto parsed = parse_streaming(
        text, "claims", limits,
        [&] {
            claims.clear();
            claim_problems.clear();
        },
        [&](std::size_t index, const Json& element) {
            if (index >= limits.max_claims) return;  // refused below, by count
            // With the problem list full the file is refused: keeping 200,000 broken claims cost seconds.
            if (claim_reader.saturated()) return;
            claim_reader.item(index, element, [&](const Json& c) { claims.push_back(read_claim(claim_reader, c)); });
        });
    if (parsed.too_big) {
        result.problems.push_back(*parsed.too_big);
        return result;
    }
    if (!parsed.ok) {
        result.problems.push_back({"(root)", "invalid JSON " + describe_syntax_error(text)});
        return result;
    }
    const Json& doc = parsed.root;
    if (!doc.is_object()) {
        result.problems.push_back({"(root)", "expected an object with \"format\" and \"claims\", got " +
                                                 std::string(doc.type_name())});
        return result;
    }

    JsonReader r(result.problems, limits);
    Dataset d;
    if (auto format = r.req_int(doc, "format", 0, 1000000)) {
        if (*format != kFormatVersion) {
            r.problem("format", "unsupported format version " + std::to_string(*format) +
                                    " (this widget reads format " + std::to_string(kFormatVersion) + ")");
            return result;  // the rest would be read with the wrong rules
        }
        d.format = *format;
    }
    r.only_fields(doc, {"$schema", "format", "title", "language", "reviewed", "intervention", "route", "topics",
                        "claims", "references", "harms", "red_flags"});
    d.title = r.req_string(doc, "title");
    d.language = r.req_string(doc, "language");
    d.reviewed = r.req_date(doc, "reviewed");
    d.intervention = r.req_string(doc, "intervention");
    if (auto route = r.req_enum(doc, "route", parse_route, route_names)) d.route = *route;
    r.each(doc, "topics", true, [&](const Json& t) { d.topics.push_back(read_topic(r, t)); });
    r.each(doc, "references", true, [&](const Json& j) { d.references.push_back(read_reference(r, j)); },
           limits.max_references);
    r.each(doc, "harms", false, [&](const Json& j) { d.harms.push_back(read_harm(r, j)); });
    r.each(doc, "red_flags", false, [&](const Json& j) {
        d.red_flags.push_back({r.req_string(j, "statement"), r.opt_string_array(j, "source_ids")});
    });
    if (!parsed.streamed) {  // missing, or not an array: the usual messages
        r.each(doc, "claims", true, [&](const Json& c) { d.claims.push_back(read_claim(r, c)); },
               limits.max_claims);
    } else if (r.count_ok("claims", parsed.items, true, limits.max_claims)) {
        for (auto& p : claim_problems) r.problem_at(std::move(p.path), std::move(p.message));
        d.claims = std::move(claims);
    }

    d.index_ids();
    check_cross_references(r, d);
    if (result.problems.empty()) result.dataset = std::move(d);
    return result;
}

}  // namespace benefits
