#include "benefits/translation.hpp"
#include "benefits/text.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "json/limits_scan.hpp"
#include "json/nlohmann.hpp"
#include "json/reader.hpp"
#include "json/streaming_parse.hpp"
#include "phrase_grammar.hpp"

namespace benefits {
namespace {

// The keys of a dataset's texts, with where each lives (translation.hpp, docs/format.md "Translations").
class SlotList {
public:
    std::vector<TextSlot> slots;

    void add(std::string key, std::string& text, Fallback& fallback, std::string field, Grammar* grammar = nullptr) {
        if (text.empty()) return;
        slots.push_back({std::move(key), &text, grammar, &fallback, std::move(field)});
    }
    void add(std::string key, std::optional<std::string>& text, Fallback& fallback, std::string field) {
        if (text) add(std::move(key), *text, fallback, std::move(field));
    }
    // What happened to people in an absolute effect: a translation gives its plural and its singular, for
    // sentences that count one person ("1 persona más de cada 100 tuvo …").
    void add_event(std::string key, AbsoluteEffect& effect, Fallback& fallback, std::string field) {
        if (effect.event.empty()) return;
        add(std::move(key), effect.event, fallback, std::move(field));
        slots.back().singular = &effect.event_one;
    }
};

std::string at(std::size_t i) { return std::to_string(i); }
std::string bracket(std::size_t i) { return "[" + std::to_string(i) + "]"; }

void add_row(SlotList& s, const std::string& claim, OutcomeRow& row) {
    const std::string p = claim + ".outcomes." + row.id + ".";
    Fallback& f = row.fallback;
    s.add(p + "outcome", row.outcome, f, "outcome", &row.outcome_grammar);
    s.add(p + "timepoint", row.timepoint, f, "timepoint");
    s.add(p + "intervention", row.intervention, f, "intervention", &row.intervention_grammar);
    s.add(p + "comparator", row.comparator, f, "comparator", &row.comparator_grammar);
    s.add(p + "population", row.population, f, "population");
    for (std::size_t i = 0; i < row.absolute.size(); ++i) {
        s.add_event(p + "absolute." + at(i) + ".event", row.absolute[i], f, "absolute" + bracket(i) + ".event");
        s.add(p + "absolute." + at(i) + ".scale", row.absolute[i].scale, f, "absolute" + bracket(i) + ".scale");
    }
    for (auto [part, links] : {std::pair<const char*, std::vector<EvidenceLink>*>{"evidence", &row.evidence},
                               {"observations", &row.observations}})
        for (std::size_t i = 0; i < links->size(); ++i)
            s.add(p + part + "." + at(i) + ".note", (*links)[i].note, (*links)[i].fallback, "note");
    Grading& g = row.grading;
    for (auto [name, domain, judgement] :
         {std::tuple<const char*, const char*, std::optional<Judgement>*>{"risk_of_bias", "risk-of-bias", &g.risk_of_bias},
          {"inconsistency", "inconsistency", &g.inconsistency},
          {"indirectness", "indirectness", &g.indirectness},
          {"imprecision", "imprecision", &g.imprecision},
          {"publication_bias", "publication-bias", &g.publication_bias}})
        if (*judgement)
            s.add(p + "grading." + name + ".reason", (*judgement)->reason, f, std::string("grading.") + domain);
    s.add(p + "grading.large_effect.reason", g.large_effect_reason, f, "grading.large-effect");
}

// One number's digits, with a decimal comma written as a point.
std::string normalised_number(std::string_view digits) {
    std::string out(digits);
    std::replace(out.begin(), out.end(), ',', '.');
    return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string listed(const std::vector<std::string>& numbers) {
    std::string out;
    for (std::size_t i = 0; i < numbers.size(); ++i) out += (i ? ", " : "") + numbers[i];
    return out;
}

std::string quoted_key(std::string_view key) { return "texts[\"" + std::string(key) + "\"]"; }

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

struct Accepted {
    std::string text;
    std::optional<Grammar> grammar;
    std::string singular;
};

// The numbers a translated text drops from its original or adds: "" when it keeps exactly them.
std::string numbers_changed(const std::string& translated, const std::string& original) {
    const std::vector<std::string> mine = numbers_in(translated), theirs = numbers_in(original);
    std::vector<std::string> dropped, added;
    for (const auto& n : theirs)
        if (std::find(mine.begin(), mine.end(), n) == mine.end()) dropped.push_back(n);
    for (const auto& n : mine)
        if (std::find(theirs.begin(), theirs.end(), n) == theirs.end()) added.push_back(n);
    if (dropped.empty() && added.empty()) return "";
    std::string message = "the translation";
    if (!dropped.empty()) message += " drops " + listed(dropped);
    if (!dropped.empty() && !added.empty()) message += " and";
    if (!added.empty()) message += " adds " + listed(added);
    return message + ": every number of the original must be in the translation, and no other (a decimal "
                     "comma is fine: 0,54 = 0.54)";
}

}  // namespace

std::vector<TextSlot> text_slots(Dataset& d) {
    SlotList s;
    s.add("title", d.title, d.fallback, "title");
    s.add("intervention", d.intervention, d.fallback, "intervention", &d.intervention_grammar);
    s.add("emergency_line", d.emergency_line, d.fallback, "emergencyLine");
    for (auto& t : d.topics) s.add("topics." + t.id + ".label", t.label, t.fallback, "label");
    for (auto& c : d.claims) {
        const std::string p = "claims." + c.id;
        s.add(p + ".title", c.title, c.fallback, "title");
        s.add(p + ".brief", c.brief, c.fallback, "brief");
        s.add(p + ".summary", c.summary, c.fallback, "summary");
        s.add(p + ".verdict_reason", c.verdict_reason, c.fallback, "verdictReason");
        for (std::size_t i = 0; i < c.cautions.size(); ++i)
            s.add(p + ".cautions." + at(i), c.cautions[i], c.fallback, "cautions" + bracket(i));
        for (std::size_t i = 0; i < c.unsupported_figures.size(); ++i) {
            s.add(p + ".unsupported_figures." + at(i) + ".figure", c.unsupported_figures[i].figure, c.fallback,
                  "unsupportedFigures" + bracket(i) + ".figure");
            s.add(p + ".unsupported_figures." + at(i) + ".note", c.unsupported_figures[i].note, c.fallback,
                  "unsupportedFigures" + bracket(i) + ".note");
        }
        for (auto& row : c.outcomes) add_row(s, p, row);
    }
    for (auto& h : d.harms) {
        s.add("harms." + h.id + ".statement", h.statement, h.fallback, "statement");
        s.add("harms." + h.id + ".frequency", h.frequency, h.fallback, "frequency");
    }
    for (std::size_t i = 0; i < d.red_flags.size(); ++i)
        s.add("red_flags." + at(i) + ".statement", d.red_flags[i].statement, d.red_flags[i].fallback, "statement");
    for (auto& r : d.references) {
        const std::string p = "references." + r.id + ".";
        s.add(p + "dose", r.dose, r.fallback, "dose");
        s.add(p + "duration", r.duration, r.fallback, "duration");
        s.add(p + "setting", r.setting, r.fallback, "setting");
        s.add(p + "population", r.population, r.fallback, "population");
        s.add(p + "comparator", r.comparator, r.fallback, "comparator");
        s.add(p + "conclusion", r.conclusion, r.fallback, "conclusion");
        for (std::size_t i = 0; i < r.findings.size(); ++i) {
            Finding& f = r.findings[i];
            const std::string q = p + "findings." + at(i) + ".";
            s.add(q + "outcome", f.outcome, f.fallback, "outcome");
            s.add(q + "timepoint", f.timepoint, f.fallback, "timepoint");
            s.add(q + "magnesium", f.magnesium, f.fallback, "magnesium");
            s.add(q + "control", f.control, f.fallback, "control");
            s.add(q + "effect", f.effect, f.fallback, "effect");
            s.add(q + "p", f.p, f.fallback, "p");
        }
        for (std::size_t i = 0; i < r.harms.size(); ++i)
            s.add(p + "harms." + at(i), r.harms[i], r.fallback, "harms" + bracket(i));
    }
    return std::move(s.slots);
}

// The numbers of a text as written, each once ("0,54" and "0.54" alike), to compare a translation's with its
// original's. Not lint/figures.cpp's reader: that one reads values, percentages and ranges for the claims linter,
// which the page's module does not carry; this check runs in the page and needs only the digits to match.
std::vector<std::string> numbers_in(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < text.size() && is_digit(text[i])) ++i;
        // "0.54", "0,54", "1,200": a point or comma between digits belongs to the number
        while (i + 1 < text.size() && (text[i] == '.' || text[i] == ',') && is_digit(text[i + 1])) {
            ++i;
            while (i < text.size() && is_digit(text[i])) ++i;
        }
        std::string n = normalised_number(text.substr(start, i - start));
        if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
    }
    return out;
}

TranslationResult apply_translation(Dataset& d, std::string_view document, const Limits& limits) {
    TranslationResult result;
    std::vector<Problem>& problems = result.problems;
    if (auto problem = scan_limits(document, limits)) {
        problems.push_back(*problem);
        return result;
    }
    StreamingParse parsed = parse_whole(document, limits);
    if (parsed.too_big) {
        problems.push_back(*parsed.too_big);
        return result;
    }
    if (!parsed.ok) {
        problems.push_back(invalid_json_problem(document));
        return result;
    }
    const Json& doc = parsed.root;
    if (!doc.is_object()) {
        problems.push_back({"(root)", "expected a translation: an object with \"translation\", \"language\", "
                                      "\"source\" and \"texts\", got " + std::string(doc.type_name())});
        return result;
    }
    JsonReader r(problems, limits);
    r.only_fields(doc, {"$schema", "translation", "language", "source", "translated", "clinician_reviewed", "texts"});
    if (auto version = r.req_int(doc, "translation", 0, 1000000); version && *version != kTranslationVersion)
        r.problem("translation", "unsupported translation version " + std::to_string(*version) +
                                     " (this widget reads version " + std::to_string(kTranslationVersion) + ")");
    TranslationInfo info;
    info.language = r.req_string(doc, "language");
    if (!info.language.empty() && !is_language_tag(info.language))
        r.problem("language", "\"" + info.language + "\" is not a BCP 47 language tag: write the tag, e.g. \"es\" "
                              "(Spanish) or \"es-MX\"");
    else if (!info.language.empty() && info.language == d.language)
        r.problem("language", "the dataset is already in \"" + d.language + "\": a translation is into another language");
    if (const Json* source = r.req_object(doc, "source")) {
        auto scope = r.enter("source");
        r.only_fields(*source, {"title", "language", "reviewed"});
        std::string title = r.req_string(*source, "title");
        if (!title.empty() && title != d.title)
            r.problem("title", "\"" + title + "\" is not this dataset's title (\"" + d.title +
                                   "\"): this translation is of another dataset");
        std::string language = r.req_string(*source, "language");
        if (!language.empty() && language != d.language)
            r.problem("language", "\"" + language + "\" is not this dataset's language (\"" + d.language + "\")");
        if (source->contains("reviewed")) r.req_date(*source, "reviewed");
    }
    info.translated = r.req_date(doc, "translated");
    if (!doc.contains("clinician_reviewed"))
        r.problem("clinician_reviewed", "missing required field: null (no clinician has reviewed this translation) "
                                        "or the date a clinician reviewed it, YYYY-MM-DD");
    else if (!doc["clinician_reviewed"].is_null())
        if (std::string date = r.req_date(doc, "clinician_reviewed"); !date.empty()) info.clinician_reviewed = date;

    // Only Spanish sentences agree with a phrase's gender and number and take an event's singular: a translation
    // into Spanish must give them; one into another language may (they are then checked, and the singular used).
    const bool needs_grammar = texts(language_of(info.language)).needs_grammar;
    std::vector<TextSlot> slots = text_slots(d);
    std::map<std::string_view, const TextSlot*> by_key;
    for (const auto& slot : slots) by_key.emplace(slot.key, &slot);
    std::vector<std::string_view> known;
    known.reserve(slots.size());
    for (const auto& slot : slots) known.push_back(slot.key);
    std::size_t suggestion_budget = 4u << 20;

    std::map<const TextSlot*, Accepted> accepted;
    if (const Json* texts = r.req_object(doc, "texts"); texts && r.count_ok("texts", texts->size(), false)) {
        for (const auto& item : texts->items()) {
            if (r.saturated()) break;
            const std::string& key = item.key();
            const std::string path = quoted_key(key.size() > 200 ? key.substr(0, 200) + "…" : key);
            auto found = by_key.find(key);
            if (found == by_key.end()) {
                std::string_view near = nearest_name(key, known, suggestion_budget);
                r.problem_at(path, near.empty() ? "not a text of this dataset (the keys are in docs/format.md, "
                                                  "\"Translations\"; claims-lint --translation-template writes them all)"
                                                : "not a text of this dataset; did you mean \"" + std::string(near) + "\"?");
                continue;
            }
            const TextSlot& slot = *found->second;
            const Json& entry = item.value();
            if (!entry.is_object()) {
                r.problem_at(path, "expected an object {\"from\", \"text\"}, got " + std::string(entry.type_name()));
                continue;
            }
            for (const auto& field : entry.items())
                if (field.key() != "from" && field.key() != "text" && field.key() != "gender" &&
                    field.key() != "number" && field.key() != "singular")
                    r.problem_at(path + "." + field.key(), "unknown field (a text has \"from\", \"text\"; on "
                                                          "outcome, intervention and comparator \"gender\" and "
                                                          "\"number\"; on an event \"singular\")");
            const Json* from = entry.contains("from") ? &entry["from"] : nullptr;
            const Json* text = entry.contains("text") ? &entry["text"] : nullptr;
            if (!from || !from->is_string()) {
                r.problem_at(path + ".from", "missing required field: the original text this was translated from");
                continue;
            }
            if (!text || !text->is_string()) {
                r.problem_at(path + ".text", "missing required field: the translation (\"\" while untranslated)");
                continue;
            }
            const std::string& original = *slot.text;
            const std::string& translated = text->get_ref<const std::string&>();
            if (translated.size() > limits.max_string) {
                r.problem_at(path + ".text", "the text is " + std::to_string(translated.size()) +
                                                 " bytes long; the limit is " + std::to_string(limits.max_string));
                continue;
            }
            std::optional<Grammar> grammar;
            const bool has_gender = entry.contains("gender"), has_number = entry.contains("number");
            const auto given = [&](const char* field) {
                return entry.contains(field) && !(entry[field].is_string() && entry[field].get_ref<const std::string&>().empty());
            };
            if (slot.grammar) {
                if (!blank(translated) && (needs_grammar || given("gender") || given("number"))) {
                    grammar = read_grammar(r, entry, path);
                    if (!grammar) continue;
                }
            } else if (has_gender || has_number) {
                r.problem_at(path + (has_gender ? ".gender" : ".number"),
                             "only an outcome, intervention or comparator phrase has a gender and number");
                continue;
            }
            const Json* singular = entry.contains("singular") ? &entry["singular"] : nullptr;
            if (!slot.singular && singular) {
                r.problem_at(path + ".singular", "only an absolute effect's event has a singular form");
                continue;
            }
            const bool has_singular =
                singular && singular->is_string() && !blank(singular->get_ref<const std::string&>());
            if (slot.singular && !blank(translated) && !has_singular && (needs_grammar || given("singular"))) {
                r.problem_at(path + ".singular", std::string("expected the phrase for one person (\"tuvo alivio\" "
                                                             "beside \"tuvieron alivio\"): ") + kSingularExample);
                continue;
            }
            if (blank(translated)) continue;  // untranslated: the original is shown
            if (from->get_ref<const std::string&>() != original) {
                info.stale.push_back(key);  // the original changed since: it is shown until the text is updated
                continue;
            }
            if (std::string changed = numbers_changed(translated, original); !changed.empty()) {
                r.problem_at(path, changed);
                continue;
            }
            std::string one;  // none: the text serves after a count of one too ("1 more person … had")
            if (slot.singular && has_singular) {
                one = singular->get<std::string>();
                if (one.size() > limits.max_string) {
                    r.problem_at(path + ".singular", "the text is " + std::to_string(one.size()) +
                                                         " bytes long; the limit is " + std::to_string(limits.max_string));
                    continue;
                }
                if (std::string changed = numbers_changed(one, original); !changed.empty()) {
                    r.problem_at(path + ".singular", changed);
                    continue;
                }
            }
            accepted[&slot] = {translated, grammar, std::move(one)};
        }
    }
    if (!problems.empty()) return result;

    info.total = slots.size();
    for (const auto& slot : slots) {
        auto it = accepted.find(&slot);
        if (it == accepted.end()) {
            slot.fallback->push_back(slot.field);
            ++info.untranslated;
            continue;
        }
        *slot.text = std::move(it->second.text);
        if (slot.grammar && it->second.grammar) *slot.grammar = *it->second.grammar;
        if (slot.singular) *slot.singular = std::move(it->second.singular);
    }
    d.source_language = d.language;
    d.language = info.language;
    d.translation = std::move(info);
    return result;
}

std::string translation_template(Dataset& d, std::string_view language) {
    const bool grammar = texts(language_of(language)).needs_grammar;  // what apply_translation asks for
    nlohmann::ordered_json texts = nlohmann::ordered_json::object();
    for (const auto& slot : text_slots(d)) {
        nlohmann::ordered_json entry = {{"from", *slot.text}, {"text", ""}};
        if (slot.grammar && grammar) {
            entry["gender"] = "";
            entry["number"] = "";
        }
        if (slot.singular && grammar) entry["singular"] = "";
        texts[slot.key] = std::move(entry);
    }
    nlohmann::ordered_json doc = {
        {"translation", kTranslationVersion},
        {"language", std::string(language)},
        {"source", {{"title", d.title}, {"language", d.language}, {"reviewed", d.reviewed}}},
        {"translated", ""},
        {"clinician_reviewed", nullptr},
        {"texts", std::move(texts)}};
    return doc.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace benefits
