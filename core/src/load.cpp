#include "benefits/load.hpp"
#include "benefits/text.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "json/nlohmann.hpp"
#include "json/reader.hpp"
#include "json/limits_scan.hpp"
#include "json/streaming_parse.hpp"
#include "json/tree_text.hpp"
#include "phrase_grammar.hpp"

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

// "[N]" at the start of key with N < count: the rest of key after it, or nullopt.
std::optional<std::string_view> after_index(std::string_view key, std::size_t count) {
    if (key.empty() || key.front() != '[') return std::nullopt;
    std::size_t digits = 0, index = 0;
    while (1 + digits < key.size() && digits < 6 && key[1 + digits] >= '0' && key[1 + digits] <= '9')
        index = index * 10 + static_cast<std::size_t>(key[1 + digits++] - '0');
    if (digits == 0 || 1 + digits >= key.size() || key[1 + digits] != ']' || index >= count) return std::nullopt;
    if (digits > 1 && key[1] == '0') return std::nullopt;  // "[01]"
    return key.substr(digits + 2);
}

// A field of a reference that a checking note may name: "authors", "harms[0]", "findings[1]",
// "findings[1].control", with indexes the reference has.
bool is_reference_field(std::string_view key, const Reference& ref) {
    static constexpr std::string_view kFields[] = {
        "title", "kind", "authors", "journal", "volume_pages", "pmid", "doi", "identifier", "dose", "setting",
        "population", "comparator", "conclusion", "year", "n_total", "n_magnesium", "n_control", "design", "route",
        "harms"};
    static constexpr std::string_view kFindingFields[] = {"outcome", "timepoint", "magnesium", "control",
                                                          "effect", "p", "direction"};
    if (std::find(std::begin(kFields), std::end(kFields), key) != std::end(kFields)) return true;
    for (auto [list, count] : {std::pair<std::string_view, std::size_t>{"harms", ref.harms.size()},
                               std::pair<std::string_view, std::size_t>{"findings", ref.findings.size()}}) {
        if (key.substr(0, list.size()) != list) continue;
        auto rest = after_index(key.substr(list.size()), count);
        if (!rest) return false;
        if (rest->empty()) return true;
        if (list != "findings" || rest->front() != '.') return false;
        rest->remove_prefix(1);
        return std::find(std::begin(kFindingFields), std::end(kFindingFields), *rest) != std::end(kFindingFields);
    }
    return false;
}

// Editor-only notes: field path -> the evidence file's original text of that field.
void read_checking_notes(JsonReader& r, const Json& j, Reference& ref) {
    const Json* notes = r.opt_object(j, "checking_notes");
    if (!notes) return;
    if (!r.count_ok("checking_notes", notes->size(), false)) return;
    auto scope = r.enter("checking_notes");
    for (const auto& item : notes->items()) {
        if (r.saturated()) return;
        const std::string& key = item.key();
        if (key.size() > r.limits().max_string) {
            r.problem("", "a field name is " + std::to_string(key.size()) + " bytes long; the limit is " +
                              std::to_string(r.limits().max_string));
            continue;
        }
        if (!is_reference_field(key, ref)) {
            r.problem(key, "not a field of this reference (e.g. \"authors\", \"harms[0]\", \"findings[0].control\")");
            continue;
        }
        if (auto text = r.opt_string(*notes, key.c_str())) ref.checking_notes.emplace_back(key, *text);
        else if (item.value().is_null()) r.problem(key, "expected a string, got null");
    }
}

// White space as JavaScript's \s has it (the schema's pattern): ASCII, U+00A0, U+1680, U+2000-U+200A,
// U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
bool has_white_space(std::string_view text) {
    if (text.find_first_of(" \t\r\n\f\v") != std::string_view::npos) return true;
    for (std::string_view wide : {"\xC2\xA0", "\xE1\x9A\x80", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF",
                                  "\xE2\x81\x9F", "\xE3\x80\x80", "\xEF\xBB\xBF"})
        if (text.find(wide) != std::string_view::npos) return true;
    for (std::size_t at = text.find("\xE2\x80"); at != std::string_view::npos; at = text.find("\xE2\x80", at + 1))
        if (at + 2 < text.size() && static_cast<unsigned char>(text[at + 2]) >= 0x80 &&
            static_cast<unsigned char>(text[at + 2]) <= 0x8A)
            return true;
    return false;
}

// A PMID as the schema has it (^[0-9]+$): digits only. One pasted as a PubMed address or with a "PMID:" prefix
// is refused with the number to write instead.
bool pmid_ok(JsonReader& r, std::string_view pmid) {
    auto digits_only = [](std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (digits_only(pmid)) return true;
    std::string_view bare = pmid;
    while (!bare.empty() && bare.back() == '/') bare.remove_suffix(1);
    for (std::string_view prefix : {"https://pubmed.ncbi.nlm.nih.gov/", "http://pubmed.ncbi.nlm.nih.gov/",
                                    "pubmed.ncbi.nlm.nih.gov/", "https://www.ncbi.nlm.nih.gov/pubmed/",
                                    "PMID: ", "PMID:", "pmid: ", "pmid:", "PMID ", "pmid "}) {
        if (bare.size() > prefix.size() && bare.substr(0, prefix.size()) == prefix &&
            digits_only(bare.substr(prefix.size()))) {
            r.problem("pmid", "write the PMID as its digits alone, \"" + std::string(bare.substr(prefix.size())) +
                                  "\", without \"" + std::string(prefix) + "\"");
            return false;
        }
    }
    r.problem("pmid", "expected a PubMed id of digits only, such as \"12345678\"");
    return false;
}

// A DOI as the schema has it (^10\.[0-9]{4,9}/\S+$): the bare DOI. One pasted as an address or with a "doi:"
// prefix is refused with the bare DOI to write instead.
bool doi_ok(JsonReader& r, std::string_view doi) {
    for (std::string_view prefix : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
                                    "doi.org/", "dx.doi.org/", "doi:", "DOI:", "doi: ", "DOI: "}) {
        if (doi.size() > prefix.size() && doi.substr(0, prefix.size()) == prefix &&
            doi.substr(prefix.size(), 3) == "10.") {
            r.problem("doi", "write the bare DOI \"" + std::string(doi.substr(prefix.size())) + "\", without \"" +
                               std::string(prefix) + "\" (the page makes the link)");
            return false;
        }
    }
    std::size_t digits = 0;
    while (3 + digits < doi.size() && doi[3 + digits] >= '0' && doi[3 + digits] <= '9') ++digits;
    const std::size_t slash = 3 + digits;
    const bool ok = doi.substr(0, 3) == "10." && digits >= 4 && digits <= 9 && slash + 1 < doi.size() &&
                    doi[slash] == '/' && !has_white_space(doi.substr(slash));
    if (!ok) r.problem("doi", "expected a bare DOI such as \"10.1000/xyz123\" (no address, no spaces)");
    return ok;
}

// "translations": {"es": "claims.es.json"}: a BCP 47 tag → a file name relative to the dataset's address, or
// the translation document itself (docs/format.md, "Translations"). Read here, applied on request.
void read_translations(JsonReader& r, const Json& doc, Dataset& d) {
    const Json* list = r.opt_object(doc, "translations");
    if (!list) return;
    auto scope = r.enter("translations");
    for (const auto& item : list->items()) {
        const std::string& tag = item.key();
        if (!is_language_tag(tag)) {
            r.problem(tag, "\"" + tag.substr(0, 64) + "\" is not a BCP 47 language tag: write the tag, e.g. \"es\"");
            continue;
        }
        if (tag == d.language) {
            r.problem(tag, "the dataset itself is in \"" + tag + "\"");
            continue;
        }
        const Json& value = item.value();
        if (value.is_object()) {
            d.translations.push_back({tag, "", json_text(value)});
        } else if (value.is_string()) {
            const std::string& file = value.get_ref<const std::string&>();
            if (file.empty() || file.size() > 200 || file.find("..") != std::string::npos ||
                file.find(':') != std::string::npos || file.front() == '/' || file.find('\\') != std::string::npos ||
                file.find('?') != std::string::npos || file.find('#') != std::string::npos)
                r.problem(tag, "expected a file name beside the dataset, such as \"claims." + tag +
                                   ".json\" (no address, no \"..\", no \"/\" at the start)");
            else
                d.translations.push_back({tag, file, ""});
        } else {
            r.problem(tag, "expected a file name (\"claims." + tag + ".json\") or the translation itself (an object), "
                           "got " + std::string(value.type_name()));
        }
    }
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
    if (ref.pmid && !pmid_ok(r, *ref.pmid)) ref.pmid.reset();
    ref.doi = r.opt_string(j, "doi");
    if (ref.doi && !doi_ok(r, *ref.doi)) ref.doi.reset();
    ref.identifier = r.opt_string(j, "identifier");
    ref.dose = r.opt_string(j, "dose");
    ref.duration = r.opt_string(j, "duration");
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
    read_checking_notes(r, j, ref);
    return ref;
}

// Every judgement the editor gives carries its reason: the page shows it beside the step it causes.
std::optional<Judgement> read_judgement(JsonReader& r, const Json& j, const char* key) {
    const Json* node = r.opt_object(j, key);
    if (!node) return std::nullopt;
    Judgement out;
    auto scope = r.enter(key);
    r.only_fields(*node, {"level", "reason"});
    if (auto level = r.req_enum(*node, "level", parse_concern, concern_names)) out.level = *level;
    if (!node->contains("reason") || (*node)["reason"].is_null())
        r.problem("reason", "missing required field: every judgement gives its reason, \"none\" included");
    else
        out.reason = r.req_string(*node, "reason");
    return out;
}

Grading read_grading(JsonReader& r, const Json& j) {
    Grading g;
    const Json* node = r.opt_object(j, "grading");
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
        if (!large->contains("applies") || (*large)["applies"].is_null())
            r.problem("applies", "missing required field (true or false)");
        g.large_effect = r.opt_bool(*large, "applies").value_or(false);
        if (!large->contains("reason") || (*large)["reason"].is_null())
            r.problem("reason", "missing required field: every judgement gives its reason");
        else
            g.large_effect_reason = r.req_string(*large, "reason");
    }
    return g;
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

// low and high: both or neither, low <= value <= high.
void read_interval(JsonReader& r, const Json& j, AbsoluteEffect& a, const char* value_key, double bound) {
    a.low = r.opt_number(j, "low", -bound, bound);
    a.high = r.opt_number(j, "high", -bound, bound);
    bool has_low = j.contains("low") && !j["low"].is_null(), has_high = j.contains("high") && !j["high"].is_null();
    if (has_low != has_high) {
        r.problem(has_low ? "high" : "low", "give both low and high, or neither");
        return;
    }
    if (!a.low || !a.high) return;
    const auto text = [](double v) {  // -7, not -7.0
        return std::floor(v) == v && std::fabs(v) < 1e15 ? std::to_string(static_cast<long long>(v)) : number_text(v);
    };
    if (*a.low > *a.high)
        r.problem("low", "the interval runs from low to high: got low " + text(*a.low) + ", high " + text(*a.high));
    else if (a.value < *a.low || a.value > *a.high)
        r.problem(value_key, text(a.value) + " lies outside its interval (" + text(*a.low) + " to " +
                                 text(*a.high) + ")");
}

// Text that may be left out or empty (""), but not blank-looking: "  " or invisible characters alone.
std::string opt_text(JsonReader& r, const Json& j, const char* key) {
    auto text = r.opt_string(j, key);
    if (!text || text->empty()) return {};
    if (!r.visible_text(key, *text)) return {};
    return *text;
}

// A phrase the core's sentences put an article before: a string, or {"text", "gender", "number"} (a dataset in
// Spanish gives the object: check_spanish_grammar).
std::string read_phrase(JsonReader& r, const Json& j, const char* key, Grammar& grammar, bool required) {
    if (!j.contains(key) || !j[key].is_object()) return required ? r.req_string(j, key) : opt_text(r, j, key);
    const Json& phrase = j[key];
    auto scope = r.enter(key);
    r.only_fields(phrase, {"text", "gender", "number"});
    std::string text = r.req_string(phrase, "text");
    if (auto g = read_grammar(r, phrase, r.path_to(""))) grammar = *g;
    grammar.stated = true;  // given, if wrongly: its problems are at its fields
    return text;
}

// What happened to people: a string, or {"text", "singular"} with its form for one person.
std::string read_event(JsonReader& r, const Json& j, std::string& singular) {
    if (!j.contains("event") || !j["event"].is_object()) return r.req_string(j, "event");
    const Json& event = j["event"];
    auto scope = r.enter("event");
    r.only_fields(event, {"text", "singular"});
    std::string text = r.req_string(event, "text");
    singular = r.req_string(event, "singular");
    if (singular.empty()) singular = text;  // refused at event.singular already: not again at the event
    return text;
}

AbsoluteEffect read_absolute(JsonReader& r, const Json& j) {
    AbsoluteEffect a;
    auto kind = r.req_enum(j, "kind", parse_absolute_kind, absolute_kind_names);
    if (!kind) {
        r.only_fields(j, {"kind", "ref", "finding", "event", "magnesium", "control", "per100", "value", "low",
                          "high", "scale"});
    } else if (*kind == AbsoluteKind::Rates) {
        r.only_fields(j, {"kind", "ref", "finding", "event", "magnesium", "control"});
    } else if (*kind == AbsoluteKind::RiskDifference) {
        r.only_fields(j, {"kind", "ref", "finding", "event", "per100", "low", "high"});
    } else {
        r.only_fields(j, {"kind", "ref", "finding", "value", "low", "high", "scale"});
    }
    a.ref = r.req_string(j, "ref");
    a.finding = r.opt_int(j, "finding", 0, 100000).value_or(-1);
    if (!kind) return a;
    a.kind = *kind;
    switch (a.kind) {
        case AbsoluteKind::Rates:
            a.event = read_event(r, j, a.event_one);
            a.magnesium = read_group_rate(r, j, "magnesium");
            a.control = read_group_rate(r, j, "control");
            break;
        case AbsoluteKind::RiskDifference:
            a.event = read_event(r, j, a.event_one);
            if (!j.contains("per100") || j["per100"].is_null())
                r.problem("per100", "missing required field: people in every 100 (-7 = 7 fewer)");
            else if (auto v = r.opt_number(j, "per100", -100.0, 100.0))
                a.value = *v;
            else
                return a;
            read_interval(r, j, a, "per100", 100.0);
            break;
        case AbsoluteKind::MeanDifference:
            if (!j.contains("value") || j["value"].is_null())
                r.problem("value", "missing required field");
            else if (auto v = r.opt_number(j, "value", -1e9, 1e9))
                a.value = *v;
            else
                return a;
            a.scale = r.req_string(j, "scale");
            read_interval(r, j, a, "value", 1e9);
            break;
    }
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

OutcomeRow read_row(JsonReader& r, const Json& j) {
    OutcomeRow row;
    r.only_fields(j, {"id", "intervention", "route", "comparator", "outcome", "timepoint", "population",
                      "direction", "size", "evidence", "observations", "absolute", "grading", "certainty"});
    if (j.contains("certainty"))
        r.problem("certainty", "a row's certainty is not typed: it is worked out from its evidence and grading "
                               "(docs/grading.md); remove it");
    row.id = r.req_id(j, "id");
    row.intervention = read_phrase(r, j, "intervention", row.intervention_grammar, true);
    if (auto route = r.req_enum(j, "route", parse_route, route_names)) row.route = *route;
    row.comparator = read_phrase(r, j, "comparator", row.comparator_grammar, false);
    row.outcome = read_phrase(r, j, "outcome", row.outcome_grammar, true);
    row.timepoint = opt_text(r, j, "timepoint");
    row.population = r.req_string(j, "population");
    row.direction = r.opt_enum(j, "direction", parse_effect_direction, effect_direction_names);
    if (auto size = r.opt_enum(j, "size", parse_effect_size, effect_size_names)) row.size = *size;
    r.each(j, "evidence", false, [&](const Json& e) { row.evidence.push_back(read_evidence(r, e)); });
    r.each(j, "observations", false, [&](const Json& e) { row.observations.push_back(read_evidence(r, e)); });
    r.each(j, "absolute", false, [&](const Json& a) { row.absolute.push_back(read_absolute(r, a)); });
    row.grading = read_grading(r, j);
    const bool has_direction = j.contains("direction") && !j["direction"].is_null();
    if (!row.evidence.empty() && !has_direction)
        r.problem("direction", "missing required field: say what the evidence shows (one of " +
                                   effect_direction_names() + ")");
    else if (row.evidence.empty() && has_direction)
        r.problem("direction", "a row without evidence shows no direction: remove it, or cite the controlled "
                               "studies in \"evidence\"");
    return row;
}

// Where each format-1 field of a claim went.
constexpr std::pair<std::string_view, std::string_view> kMovedClaimFields[] = {
    {"population", "moved into outcomes[] in format 2"},
    {"timeframe", "moved into outcomes[] in format 2 (each row's \"timepoint\")"},
    {"certainty", "moved into outcomes[] in format 2: each row's certainty is worked out from its evidence and "
                  "grading"},
    {"effect", "moved into outcomes[] in format 2"},
    {"grading", "moved into outcomes[] in format 2"},
    {"evidence", "moved into outcomes[] in format 2"},
    {"absolute", "moved into outcomes[] in format 2"},
};

// Duplicate row ids within one claim: "outcomes[2].id: duplicate id "main" (first at outcomes[0].id)".
void check_row_ids(JsonReader& r, const std::vector<OutcomeRow>& rows) {
    std::map<std::string_view, std::size_t> first;  // a claim may hold tens of thousands of rows: no pairwise scan
    for (std::size_t k = 0; k < rows.size() && !r.saturated(); ++k) {
        if (rows[k].id.empty()) continue;
        auto [it, inserted] = first.emplace(rows[k].id, k);
        if (!inserted)
            r.problem("outcomes[" + std::to_string(k) + "].id",
                      "duplicate id \"" + rows[k].id + "\" (first at " +
                          r.path_to("outcomes[" + std::to_string(it->second) + "].id") + ")");
    }
}

Claim read_claim(JsonReader& r, const Json& j) {
    Claim c;
    r.only_fields(j, {"id", "topic", "title", "brief", "summary", "verdict", "verdict_reason", "outcomes", "harms",
                      "cautions", "unsupported_figures", "population", "timeframe", "certainty", "effect",
                      "grading", "evidence", "absolute"});
    for (const auto& [field, where] : kMovedClaimFields)
        if (j.contains(field)) r.problem(field, std::string(where));
    c.id = r.req_id(j, "id");
    c.topic = r.req_string(j, "topic");
    c.title = r.req_string(j, "title");
    c.brief = r.req_string(j, "brief");
    c.summary = r.req_string(j, "summary");
    if (auto v = r.req_enum(j, "verdict", parse_verdict, verdict_names)) c.verdict = *v;
    c.verdict_reason = r.req_string(j, "verdict_reason");
    r.each(j, "outcomes", true, [&](const Json& row) { c.outcomes.push_back(read_row(r, row)); });
    check_row_ids(r, c.outcomes);
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
    r.only_fields(j, {"id", "statement", "frequency", "seriousness", "source_ids"});
    h.id = r.req_id(j, "id");
    h.statement = r.req_string(j, "statement");
    h.frequency = r.opt_string(j, "frequency");
    if (auto s = r.req_enum(j, "seriousness", parse_seriousness, seriousness_names)) h.seriousness = *s;
    h.sources = r.opt_string_array(j, "source_ids");
    return h;
}

RedFlag read_red_flag(JsonReader& r, const Json& j) {
    RedFlag f;
    r.only_fields(j, {"statement", "urgency", "source_ids"});
    f.statement = r.req_string(j, "statement");
    if (!j.contains("urgency") || j["urgency"].is_null())
        r.problem("urgency", "missing required field: \"emergency\" (call the emergency number now) or "
                             "\"see-doctor\" (see a doctor before any infusion)");
    else if (auto u = r.opt_enum(j, "urgency", parse_urgency, urgency_names))
        f.urgency = *u;
    f.sources = r.opt_string_array(j, "source_ids");
    return f;
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

// "unknown reference "trial-iv-c" (did you mean "trial-iv-a"?)": the suggestion only when a known id is close.
// Suggestions are looked for only while problems are still listed (a hostile file may hold 100,000 bad links).
// The work is capped for the whole load (kSuggestionBudget cells of the edit-distance table, some tens of
// milliseconds): a hostile file may name 200 unknown 64-letter ids among 20,000 sources of 64 letters.
constexpr std::size_t kSuggestionBudget = 20'000'000;

std::string unknown_id(JsonReader& r, const char* what, const std::string& id,
                       const std::vector<std::string_view>& known, std::size_t& budget) {
    std::string message = std::string("unknown ") + what + " \"" + id + "\"";
    if (r.saturated()) return message;
    if (auto nearest = nearest_name(id, known, budget); !nearest.empty())
        message += " (did you mean \"" + std::string(nearest) + "\"?)";
    return message;
}

template <typename T>
std::vector<std::string_view> ids_of(const std::vector<T>& items) {
    std::vector<std::string_view> out;
    out.reserve(items.size());
    for (const auto& item : items) out.push_back(item.id);
    return out;
}

// The ids a misspelt one is compared with, and what is left of the budget for comparing.
struct KnownIds {
    std::vector<std::string_view> references, harms;
    std::size_t budget = kSuggestionBudget;
};

void check_source_ids(JsonReader& r, const Dataset& d, const std::vector<std::string>& ids,
                      const std::string& path, KnownIds& known) {
    for (std::size_t k = 0; k < ids.size(); ++k)
        if (!d.find_reference(ids[k]))
            r.problem_at(path + "[" + std::to_string(k) + "]",
                         unknown_id(r, "reference", ids[k], known.references, known.budget));
}

bool check_finding_index(JsonReader& r, const Reference& ref, int finding, const std::string& path) {
    if (finding < 0 || static_cast<std::size_t>(finding) < ref.findings.size()) return true;
    std::string range = ref.findings.empty()
                            ? "no findings"
                            : std::to_string(ref.findings.size()) + " findings (0-" +
                                  std::to_string(ref.findings.size() - 1) + ")";
    r.problem_at(path, "source \"" + ref.id + "\" has " + range + ", got " + std::to_string(finding));
    return false;
}

// The links of one list of a row: known sources, findings in range; open-label sources only as observations.
// False when a link names an unknown source or finding.
bool check_links(JsonReader& r, const Dataset& d, const std::vector<EvidenceLink>& links, const std::string& at,
                 bool graded, KnownIds& known) {
    bool all_known = true;
    for (std::size_t k = 0; k < links.size(); ++k) {
        const auto& e = links[k];
        const std::string here = at + "[" + std::to_string(k) + "]";
        if (e.ref.empty()) continue;
        const Reference* ref = d.find_reference(e.ref);
        if (!ref) {
            r.problem_at(here + ".ref", unknown_id(r, "reference", e.ref, known.references, known.budget));
            all_known = false;
            continue;
        }
        if (graded && ref->design == Design::OpenLabel)
            r.problem_at(here + ".ref", "\"" + e.ref +
                                            "\" is an uncontrolled series (open-label): list it under observations");
        all_known &= check_finding_index(r, *ref, e.finding, here + ".finding");
    }
    return all_known;
}

// What a row cites, for its absolute effects: a row may hold tens of thousands of links and figures, so each
// figure is looked up, not compared with every link.
struct RowCitations {
    std::set<std::string_view> sources, whole;              // cited at all; cited as a whole (no finding)
    std::set<std::pair<std::string_view, int>> findings;    // cited for a finding
    explicit RowCitations(const OutcomeRow& row) {
        for (const auto* links : {&row.evidence, &row.observations})
            for (const auto& e : *links) {
                sources.insert(e.ref);
                if (e.finding < 0) whole.insert(e.ref);
                else findings.emplace(e.ref, e.finding);
            }
    }
};

// An absolute effect shows a figure of a source the row cites (the whole source, or that finding).
void check_absolute_cited(JsonReader& r, const RowCitations& cited, const AbsoluteEffect& a, const std::string& here) {
    if (!cited.sources.count(a.ref))
        r.problem_at(here + ".ref", "\"" + a.ref + "\" is not cited by this row: cite it in its evidence or "
                                                     "observations");
    else if (a.finding >= 0 && !cited.whole.count(a.ref) && !cited.findings.count({a.ref, a.finding}))
        r.problem_at(here + ".finding", "finding " + std::to_string(a.finding) + " of \"" + a.ref +
                                            "\" is not cited by this row: cite it in its evidence or observations");
}

void check_row(JsonReader& r, const Dataset& d, const OutcomeRow& row, const std::string& at,
               KnownIds& known) {
    // A mistyped link may be the very citation of a figure: the figures are checked against links that are right.
    bool links_known = check_links(r, d, row.evidence, at + ".evidence", true, known);
    links_known &= check_links(r, d, row.observations, at + ".observations", false, known);
    if (row.absolute.empty()) return;
    const RowCitations cited(row);
    for (std::size_t k = 0; k < row.absolute.size(); ++k) {
        const auto& a = row.absolute[k];
        const std::string here = at + ".absolute[" + std::to_string(k) + "]";
        if (a.ref.empty()) continue;
        const Reference* ref = d.find_reference(a.ref);
        if (!ref) {
            r.problem_at(here + ".ref", unknown_id(r, "reference", a.ref, known.references, known.budget));
            continue;
        }
        if (check_finding_index(r, *ref, a.finding, here + ".finding") && links_known)
            check_absolute_cited(r, cited, a, here);
    }
}

void check_cross_references(JsonReader& r, const Dataset& d) {
    check_unique_ids(r, d.topics, "topics");
    check_unique_ids(r, d.claims, "claims");
    check_unique_ids(r, d.references, "references");
    check_unique_ids(r, d.harms, "harms");

    std::set<std::string> harm_ids;
    for (const auto& h : d.harms) harm_ids.insert(h.id);
    KnownIds ids{ids_of(d.references), ids_of(d.harms)};

    for (std::size_t i = 0; i < d.claims.size() && !r.saturated(); ++i) {
        const Claim& c = d.claims[i];
        const std::string at = "claims[" + std::to_string(i) + "]";
        if (!c.topic.empty() && !d.find_topic(c.topic)) {
            std::string known;
            for (std::size_t t = 0; t < d.topics.size() && t < 20; ++t) known += (t ? ", " : "") + d.topics[t].id;
            if (d.topics.size() > 20) known += ", …";
            r.problem_at(at + ".topic", "unknown topic \"" + c.topic + "\" (topics: " + known + ")");
        }
        for (std::size_t o = 0; o < c.outcomes.size() && !r.saturated(); ++o)
            check_row(r, d, c.outcomes[o], at + ".outcomes[" + std::to_string(o) + "]", ids);
        for (std::size_t k = 0; k < c.harms.size(); ++k)
            if (!harm_ids.count(c.harms[k]))
                r.problem_at(at + ".harms[" + std::to_string(k) + "]",
                             unknown_id(r, "harm", c.harms[k], ids.harms, ids.budget));
    }
    for (std::size_t k = 0; k < d.infusion_cautions.size(); ++k)
        if (!harm_ids.count(d.infusion_cautions[k]))
            r.problem_at("infusion_cautions[" + std::to_string(k) + "]",
                         unknown_id(r, "harm", d.infusion_cautions[k], ids.harms, ids.budget) +
                             " (infusion cautions name harms by id)");
    for (std::size_t i = 0; i < d.harms.size(); ++i)
        check_source_ids(r, d, d.harms[i].sources, "harms[" + std::to_string(i) + "].source_ids", ids);
    for (std::size_t i = 0; i < d.red_flags.size(); ++i)
        check_source_ids(r, d, d.red_flags[i].sources, "red_flags[" + std::to_string(i) + "].source_ids", ids);
}

// A dataset in Spanish: its sentences put an article before each phrase and make the verb agree with it, and
// write an event after a count that may be 1 (docs/format.md, "A dataset in Spanish"). Read after the whole
// document, since the claims stream in before the language may have been read.
void check_spanish_grammar(JsonReader& r, const Dataset& d) {
    if (d.language.empty() || !texts(language_of(d.language)).needs_grammar) return;
    const auto phrase = [&](const std::string& path, const std::string& text, const Grammar& grammar) {
        if (text.empty() || grammar.stated || r.saturated()) return;
        r.problem_at(path, "a dataset in Spanish gives each phrase its gender and number, which the page's sentences "
                           "agree with (el/la, reduce/reducen): write {\"text\": \"" + text +
                               "\", \"gender\": \"masculine\" or \"feminine\", \"number\": \"singular\" or "
                               "\"plural\"}");
    };
    phrase("intervention", d.intervention, d.intervention_grammar);
    for (std::size_t i = 0; i < d.claims.size() && !r.saturated(); ++i) {
        for (std::size_t o = 0; o < d.claims[i].outcomes.size(); ++o) {
            const OutcomeRow& row = d.claims[i].outcomes[o];
            const std::string at = "claims[" + std::to_string(i) + "].outcomes[" + std::to_string(o) + "]";
            phrase(at + ".intervention", row.intervention, row.intervention_grammar);
            phrase(at + ".comparator", row.comparator, row.comparator_grammar);
            phrase(at + ".outcome", row.outcome, row.outcome_grammar);
            for (std::size_t k = 0; k < row.absolute.size() && !r.saturated(); ++k) {
                const AbsoluteEffect& a = row.absolute[k];
                if (a.event.empty() || !a.event_one.empty()) continue;
                r.problem_at(at + ".absolute[" + std::to_string(k) + "].event",
                             "a dataset in Spanish gives each event its form for one person: " +
                                 std::string(kSingularExample) + ": write {\"text\": \"" + a.event +
                                 "\", \"singular\": \"…\"}");
            }
        }
    }
}

}  // namespace

// A BCP 47 tag as the schema checks it (^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$): "en", "es", "en-GB".
bool is_language_tag(std::string_view tag) {
    const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const auto alnum = [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); };
    std::size_t i = 0;
    while (i < tag.size() && alpha(tag[i])) ++i;
    if (i < 2 || i > 3) return false;
    while (i < tag.size()) {
        if (tag[i] != '-') return false;
        std::size_t start = ++i;
        while (i < tag.size() && alnum(tag[i])) ++i;
        if (i == start || i - start > 8) return false;
    }
    return true;
}

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
        result.problems.push_back(invalid_json_problem(text));
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
        if (*format == 1) {
            r.problem("format", "format 1 is no longer read: convert it with \"python3 scripts/convert-format1.py "
                                "OLD.json > NEW.json\" (docs/format.md, \"From format 1\")");
            return result;
        }
        if (*format != kFormatVersion) {
            r.problem("format", "unsupported format version " + std::to_string(*format) +
                                    " (this widget reads format " + std::to_string(kFormatVersion) + ")");
            return result;  // the rest would be read with the wrong rules
        }
        d.format = *format;
    }
    r.only_fields(doc, {"$schema", "format", "title", "language", "reviewed", "intervention", "route",
                        "emergency_line", "infusion_cautions", "topics", "claims", "references", "harms",
                        "red_flags", "translations"});
    d.title = r.req_string(doc, "title");
    d.language = r.req_string(doc, "language");
    if (!d.language.empty() && !is_language_tag(d.language)) {
        r.problem("language", "\"" + d.language + "\" is not a BCP 47 language tag: write the tag, e.g. \"en\" "
                              "(English), \"es\" (Spanish) or \"en-GB\"");
        d.language.clear();
    }
    d.source_language = d.language;
    d.reviewed = r.req_date(doc, "reviewed");
    read_translations(r, doc, d);
    d.intervention = read_phrase(r, doc, "intervention", d.intervention_grammar, true);
    if (auto route = r.req_enum(doc, "route", parse_route, route_names)) d.route = *route;
    if (auto line = r.opt_string(doc, "emergency_line"); line && r.visible_text("emergency_line", *line))
        d.emergency_line = *line;
    d.infusion_cautions = r.opt_string_array(doc, "infusion_cautions");
    r.each(doc, "topics", true, [&](const Json& t) { d.topics.push_back(read_topic(r, t)); });
    r.each(doc, "references", true, [&](const Json& j) { d.references.push_back(read_reference(r, j)); },
           limits.max_references);
    r.each(doc, "harms", false, [&](const Json& j) { d.harms.push_back(read_harm(r, j)); });
    r.each(doc, "red_flags", false, [&](const Json& j) { d.red_flags.push_back(read_red_flag(r, j)); });
    if (!parsed.streamed) {  // missing, or not an array: the usual messages
        r.each(doc, "claims", true, [&](const Json& c) { d.claims.push_back(read_claim(r, c)); },
               limits.max_claims);
    } else if (r.count_ok("claims", parsed.items, true, limits.max_claims)) {
        for (auto& p : claim_problems) r.problem_at(std::move(p.path), std::move(p.message));
        d.claims = std::move(claims);
    }

    d.index_ids();
    check_cross_references(r, d);
    check_spanish_grammar(r, d);
    if (result.problems.empty()) result.dataset = std::move(d);
    return result;
}

}  // namespace benefits
