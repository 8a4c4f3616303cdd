#include "phrase_grammar.hpp"

namespace benefits {

std::optional<Grammar> read_grammar(JsonReader& r, const Json& entry, const std::string& path) {
    const auto word = [&](const char* key) -> std::string_view {
        if (!entry.contains(key) || !entry[key].is_string()) return {};
        return entry[key].get_ref<const std::string&>();
    };
    const std::optional<bool> feminine = parse_feminine(word("gender"));
    const std::optional<bool> plural = parse_plural(word("number"));
    if (!feminine)
        r.problem_at(path + ".gender", "expected \"masculine\" or \"feminine\": the sentences the page writes agree "
                                       "with it (el/la)");
    if (!plural)
        r.problem_at(path + ".number", "expected \"singular\" or \"plural\": the sentences the page writes agree "
                                       "with it (reduce/reducen)");
    if (!feminine || !plural) return std::nullopt;
    return Grammar{*feminine, *plural, true};
}

}  // namespace benefits
