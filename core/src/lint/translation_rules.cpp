// A translation's texts (docs/format.md, translations; issue 16) read with the word rules of the translation's
// language: each text is judged as the field it translates is judged in the dataset (asserted text, a name or
// label, a harm or warning sign), so a Spanish translation of an English dataset is read with the Spanish
// tables. Findings are on `texts["<key>"].text`, naming the claim.
#include <string>

#include "benefits/lint.hpp"
#include "json/nlohmann.hpp"
#include "json/streaming_parse.hpp"
#include "lint_context.hpp"

namespace benefits {
namespace {

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// The claim a key is about ("claims.<id>.…"), or nullptr.
const Claim* claim_of(const Dataset& data, std::string_view key, std::size_t& index) {
    if (!key.starts_with("claims.")) return nullptr;
    std::string_view rest = key.substr(7);
    for (std::size_t i = 0; i < data.claims.size(); ++i) {
        const std::string& id = data.claims[i].id;
        if (rest.size() > id.size() && rest.substr(0, id.size()) == id && rest[id.size()] == '.') {
            index = i;
            return &data.claims[i];
        }
    }
    return nullptr;
}

}  // namespace

std::vector<LintFinding> lint_translation(const Dataset& data, std::string_view translation, LintOptions options,
                                          std::vector<Problem>* problems) {
    using namespace lint_detail;
    std::vector<LintFinding> findings;
    auto problem = [&](std::string path, std::string message) {
        if (problems) problems->push_back({std::move(path), std::move(message)});
    };
    const StreamingParse parsed = parse_whole(translation, Limits{});
    const Json& doc = parsed.root;
    if (!parsed.ok || !doc.is_object()) {
        problem("(translation)", "not a JSON object");
        return findings;
    }
    auto language = doc.find("language");
    auto texts = doc.find("texts");
    if (language == doc.end() || !language->is_string()) problem("language", "expected the translation's language tag");
    if (texts == doc.end() || !texts->is_object()) problem("texts", "expected an object of texts by key");
    if (problems && !problems->empty()) return findings;

    // The dataset as the translation shows it: its language is the translation's, and the rules read the
    // translated texts, one at a time, in place of the field each translates.
    Dataset shown;
    shown.language = language->get<std::string>();
    shown.claims = data.claims;
    // The rows' names as translated, so that a comparison names the row's comparator in the same language
    // ("mejor que el calcio solo" on a row whose comparator is "calcium alone", translated "calcio solo").
    for (auto it = texts->begin(); it != texts->end(); ++it) {
        std::size_t index = 0;
        const Claim* claim = claim_of(data, it.key(), index);
        auto text = it->is_object() ? it->find("text") : it->end();
        if (!claim || text == it->end() || !text->is_string()) continue;
        std::string_view field = std::string_view(it.key()).substr(7 + claim->id.size() + 1);
        if (!field.starts_with("outcomes.")) continue;
        for (auto& row : shown.claims[index].outcomes) {
            const std::string prefix = "outcomes." + row.id + ".";
            if (field == prefix + "comparator") row.comparator = text->get<std::string>();
            if (field == prefix + "intervention") row.intervention = text->get<std::string>();
        }
    }
    const std::vector<ClaimResult> none;
    const LintContext cx{shown, none, findings, options.profile, options.messages};
    for (auto it = texts->begin(); it != texts->end(); ++it) {
        const std::string& key = it.key();
        auto text = it->is_object() ? it->find("text") : it->end();
        if (!it->is_object() || text == it->end() || !text->is_string()) {
            problem("texts[\"" + key + "\"]", "expected {\"from\", \"text\"}");
            continue;
        }
        const std::string path = "texts[\"" + key + "\"].text";
        const std::string value = text->get<std::string>();
        std::size_t index = 0;
        const Claim* claim = claim_of(data, key, index);
        TranslatedKind kind = TranslatedKind::None;
        if (key == "title" || key == "intervention" || (key.starts_with("topics.") && ends_with(key, ".label")))
            kind = TranslatedKind::Name;
        else if (key.starts_with("harms.") || key.starts_with("red_flags."))
            kind = TranslatedKind::HarmOrWarning;
        else if (claim) {
            std::string_view field = std::string_view(key).substr(7 + claim->id.size() + 1);
            if (field == "title" || (field.starts_with("outcomes.") &&
                                     (ends_with(field, ".intervention") || ends_with(field, ".comparator"))))
                kind = TranslatedKind::Name;
            else if (field == "brief")
                kind = brief_is_asserted(*claim) ? TranslatedKind::Asserted : TranslatedKind::None;
            else if (field == "summary" || field == "verdict_reason" || field.starts_with("cautions.") ||
                     (field.starts_with("outcomes.") &&
                      (ends_with(field, ".outcome") || ends_with(field, ".timepoint") ||
                       ends_with(field, ".population"))))
                kind = TranslatedKind::Asserted;
        }
        // A claim's names on a claim not published as (partly) supported are warnings, as in the dataset.
        check_translated_text(cx, path, value, kind, claim ? &shown.claims[index] : nullptr,
                              claim ? brief_is_asserted(*claim) : true);
        // An event's form for one person is checked like its plural.
        if (auto one = it->find("singular"); one != it->end() && one->is_string())
            check_translated_text(cx, "texts[\"" + key + "\"].singular", one->get<std::string>(), kind,
                                  claim ? &shown.claims[index] : nullptr, claim ? brief_is_asserted(*claim) : true);
    }
    // Name the claim on each finding (the path is the translation's, not claims[i]).
    for (auto& f : findings) {
        std::size_t open = f.path.find("[\""), close = f.path.find("\"]");
        if (open == std::string::npos || close == std::string::npos) continue;
        std::size_t index = 0;
        if (const Claim* c = claim_of(data, std::string_view(f.path).substr(open + 2, close - open - 2), index)) {
            f.claim_id = c->id;
            f.claim_title = c->title;
        }
    }
    return findings;
}

}  // namespace benefits
