// Embind bindings of the linter (docs/linter.md): lint(text) and lint_with_profile(text, profile, lang), the editor's
// check. Its own module,
// benefits-lint, is loaded only in editor mode (web/src/core.js), so the page's module stays small;
// benefits-core and benefits-core-single link it next to bindings.cpp and carry all five functions.
#include <emscripten/bind.h>

#include "benefits/api.hpp"
#include "heap_room.hpp"
#include "js_string.hpp"

namespace {

using emscripten::val;
using namespace benefits::wasm;

// lint_with_profile(text, "strict"|"lenient", lang): the editor's choice of profile (docs/linter.md, "Profiles")
// and the language the messages are written in (the page's: "es" → Spanish, anything else → English).
val lint_with_profile(const val& text, const val& profile, const val& lang) {
    val bytes = utf8_bytes(text);
    if (bytes.isNull()) return not_text("the dataset");
    std::string refused = benefits::api::refuse_oversized(byte_length(bytes));
    if (refused.empty()) refused = refuse_without_room(byte_length(bytes));
    if (!refused.empty()) return to_js(refused);
    std::string name = profile.isString() ? profile.as<std::string>() : std::string();
    std::string language = lang.isString() ? lang.as<std::string>() : std::string("en");
    return to_js(benefits::api::lint_with_profile(copy_in(bytes), name, language));
}

val lint(const val& text) { return lint_with_profile(text, val("strict"), val("en")); }

}  // namespace

EMSCRIPTEN_BINDINGS(benefits_lint) {
    emscripten::function("lint", &lint);
    emscripten::function("lint_with_profile", &lint_with_profile);
}
