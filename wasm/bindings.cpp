// Embind bindings of the page's module: the core's JSON api (load, query, release, gradingRule), unchanged,
// and queryPositions (query's answer as a Uint32Array, for the page's search-as-you-type).
// Strings cross the boundary (js_string.hpp); no handles leak. The linter has its own module
// (lint_bindings.cpp), loaded only in editor mode; benefits-core and benefits-core-single link both files.
#include <emscripten/bind.h>

#include "benefits/api.hpp"
#include "benefits/load.hpp"
#include "js_string.hpp"

namespace {

using emscripten::val;
using namespace benefits::wasm;

val load(const val& text) {
    val bytes = utf8_bytes(text);
    if (bytes.isNull()) return not_text("the dataset");
    // An oversized text is refused before it is copied into the module's memory, which never shrinks.
    std::string refused = benefits::api::refuse_oversized(byte_length(bytes));
    if (!refused.empty()) return to_js(refused);
    std::string answer = benefits::api::load_taking(copy_in(bytes));
    return to_js(answer);
}

// The query's text copied into the module's memory; false with the answer that refuses it (not a string, or
// over the size limit) in `refusal`.
bool query_text(const val& query_json, std::string& text, val& refusal) {
    val bytes = utf8_bytes(query_json);
    if (bytes.isNull()) {
        refusal = not_text("the query");
        return false;
    }
    std::string refused = benefits::api::refuse_oversized_query(byte_length(bytes));
    if (!refused.empty()) {
        refusal = to_js(refused);
        return false;
    }
    text = copy_in(bytes);
    return true;
}

val query(int handle, const val& query_json) {
    std::string text;
    val refusal = val::undefined();
    if (!query_text(query_json, text, refusal)) return refusal;
    return to_js(benefits::api::query(handle, text));
}

// query()'s claims as a Uint32Array of positions in the view's "claims" (a copy, in the JS heap), or
// query()'s failure answer as a string.
val query_positions(int handle, const val& query_json) {
    std::string text;
    val refusal = val::undefined();
    if (!query_text(query_json, text, refusal)) return refusal;
    std::vector<std::uint32_t> positions;
    std::string failed = benefits::api::query_positions(handle, text, positions);
    if (!failed.empty()) return to_js(failed);
    return val(emscripten::typed_memory_view(positions.size(), positions.data())).call<val>("slice");
}

val release(int handle) { return to_js(benefits::api::release(handle)); }
val grading_rule() { return to_js(benefits::api::grading_rule()); }

}  // namespace

EMSCRIPTEN_BINDINGS(benefits_core) {
    emscripten::function("load", &load);
    emscripten::function("query", &query);
    emscripten::function("queryPositions", &query_positions);
    emscripten::function("release", &release);
    emscripten::function("gradingRule", &grading_rule);
}

// The size limit of a dataset in bytes (benefits::Limits::max_bytes): the page's streamed download stops
// reading there (web/src/dataset-source.js), so the limit has this one place.
EMSCRIPTEN_BINDINGS(benefits_limits) {
    emscripten::function("maxBytes", +[]() { return static_cast<double>(benefits::Limits{}.max_bytes); });
}
