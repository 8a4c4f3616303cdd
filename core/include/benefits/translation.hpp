// Translations of a dataset's patient text (docs/format.md, "Translations"): a document of texts keyed by
// where they are in the dataset ("claims.<id>.summary"), each with the original it was translated from.
// Validated against the dataset and applied to it; never throws; every problem names its key.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "benefits/load.hpp"
#include "benefits/model.hpp"

namespace benefits {

inline constexpr int kTranslationVersion = 1;

// One translatable text of a dataset: its key, the field, and where a fallback is recorded.
struct TextSlot {
    std::string key;           // "claims.rapid-relief.outcomes.main.outcome"
    std::string* text;         // the field in the dataset
    Grammar* grammar;          // set for outcome, intervention and comparator phrases: gender and number required
    Fallback* fallback;        // the list of the object the view shows it in
    std::string field;         // the field's name in that view object: "summary", "cautions[1]", "note"
    std::string* singular = nullptr;  // set for an absolute effect's event: its form for one person, required
};

// Every translatable text the dataset has (non-empty), in dataset order. Citations are not among them.
std::vector<TextSlot> text_slots(Dataset&);

// The numbers of a text as a translation must keep them: digit runs with their decimals, a decimal comma read
// as a point ("0,54" = "0.54"), in order of first appearance, each once.
std::vector<std::string> numbers_in(std::string_view text);

struct TranslationResult {
    std::vector<Problem> problems;  // empty: applied
};

// Validates the translation document against the dataset and, when it has no problems, applies it: the
// dataset's texts, language and grammar become the translation's; texts it lacks, or whose "from" no longer
// matches the original (stale), stay in the original and are listed in their object's fallback;
// dataset.translation records the counts. With problems, the dataset is left as it was.
TranslationResult apply_translation(Dataset&, std::string_view document, const Limits& limits = {});

// The skeleton a translator fills in: every text with its "from", "text" empty, gender and number empty on
// the phrases that need them (the same keys apply_translation accepts).
std::string translation_template(Dataset&, std::string_view language);

}  // namespace benefits
