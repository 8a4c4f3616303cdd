// Embind bindings of the linter (docs/linter.md): lint(text), the editor's check. Its own module,
// benefits-lint, is loaded only in editor mode (web/src/core.js), so the page's module stays small;
// benefits-core and benefits-core-single link it next to bindings.cpp and carry all five functions.
#include <emscripten/bind.h>

#include "benefits/api.hpp"
#include "heap_room.hpp"
#include "js_string.hpp"

namespace {

using emscripten::val;
using namespace benefits::wasm;

val lint(const val& text) {
    val bytes = utf8_bytes(text);
    if (bytes.isNull()) return not_text("the dataset");
    std::string refused = benefits::api::refuse_oversized(byte_length(bytes));
    if (refused.empty()) refused = refuse_without_room(byte_length(bytes));
    if (!refused.empty()) return to_js(refused);
    return to_js(benefits::api::lint(copy_in(bytes)));
}

}  // namespace

EMSCRIPTEN_BINDINGS(benefits_lint) { emscripten::function("lint", &lint); }
