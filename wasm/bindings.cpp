// Embind bindings of the page's module: the core's JSON api (load, loadTranslated, query, release, gradingRule), unchanged,
// and queryPositions (query's answer as a Uint32Array, for the page's search-as-you-type).
// Strings cross the boundary (js_string.hpp); no handles leak. The linter has its own module
// (lint_bindings.cpp), loaded only in editor mode; benefits-core and benefits-core-single link both files.
#include <emscripten/bind.h>

#include <cmath>
#include <limits>
#include <string_view>
#include <unordered_map>

#include "benefits/api.hpp"
#include "benefits/load.hpp"
#include "heap_room.hpp"
#include "js_string.hpp"

namespace {

using emscripten::val;
using namespace benefits::wasm;

// The text size of every dataset loaded and not yet released. Together they may hold at most
// kMaxLoadedBytes of text (8 datasets at the size limit): a page needs one per explorer, and so many at the
// limit would take the module near the 2 GB it may grow to (heap_room.hpp is the check on the memory itself).
constexpr std::size_t kMaxLoadedBytes = 8 * benefits::Limits{}.max_bytes;
std::unordered_map<int, std::size_t> loaded_bytes;
std::size_t loaded_total = 0;

std::string refuse_too_many(std::size_t bytes) {
    if (loaded_total + bytes <= kMaxLoadedBytes) return "";
    return R"json({"ok":false,"errors":[{"path":"(root)","message":"too many datasets are loaded: )json" +
           std::to_string(loaded_bytes.size()) + " hold " + std::to_string(loaded_total) +
           " bytes of text, and with this one (" + std::to_string(bytes) + " bytes) they would pass the limit of " +
           std::to_string(kMaxLoadedBytes) +
           R"json( bytes together; release a dataset (release(handle)) before loading another"}]})json";
}

// The handle in load()'s answer when it succeeded ({"ok":true,"handle":N,…}), 0 otherwise.
int handle_in(std::string_view answer) {
    constexpr std::string_view kLoaded = R"json({"ok":true,"handle":)json";
    if (!answer.starts_with(kLoaded)) return 0;
    int handle = 0;
    for (std::size_t i = kLoaded.size(); i < answer.size() && answer[i] >= '0' && answer[i] <= '9'; ++i)
        handle = handle * 10 + (answer[i] - '0');
    return handle;
}

// A dataset, and the translation to apply to it (a translation document, the tag of one the dataset holds
// inline, or null/undefined for none: api::load_translated).
val load_translated(const val& text, const val& translation) {
    val bytes = utf8_bytes(text);
    if (bytes.isNull()) return not_text("the dataset");
    const bool translated = !translation.isNull() && !translation.isUndefined();
    val translation_bytes = translated ? utf8_bytes(translation) : val::null();
    if (translated && translation_bytes.isNull()) return not_text("the translation");
    const std::size_t size = byte_length(bytes);
    const std::size_t translation_size = translated ? byte_length(translation_bytes) : 0;
    // A text is refused before it is copied into the module's memory, which never shrinks.
    std::string refused = benefits::api::refuse_oversized(size);
    if (refused.empty()) refused = benefits::api::refuse_oversized(translation_size);
    if (refused.empty()) refused = refuse_too_many(size);
    if (refused.empty()) refused = refuse_without_room(size + translation_size);
    if (!refused.empty()) return to_js(refused);
    std::string answer = translated ? benefits::api::load_translated_taking(copy_in(bytes), copy_in(translation_bytes))
                                    : benefits::api::load_taking(copy_in(bytes));
    if (int handle = handle_in(answer)) {
        loaded_bytes[handle] = size;
        loaded_total += size;
    }
    return to_js(answer);
}

val load(const val& text) { return load_translated(text, val::null()); }

// The handle a JS value names: a number that is an integer from 1 to INT_MAX, as load() gives them. Anything
// else (2**32 + h, true, "5", 5.9, a BigInt, a Symbol) is refused, never coerced, with the answer in `refusal`.
bool handle_of(const val& value, int& handle, val& refusal) {
    constexpr int kLargest = std::numeric_limits<int>::max();
    if (value.isNumber()) {
        const double number = value.as<double>();
        if (number >= 1 && number <= kLargest && number == std::floor(number)) {
            handle = static_cast<int>(number);
            return true;
        }
    }
    std::string got;
    if (value.isNumber()) got = val::global("String")(value).as<std::string>();  // "4294967301", "5.9", "NaN"
    else if (value.isNull()) got = "null";
    else {
        const std::string type = value.typeOf().as<std::string>();  // "boolean", "string", "bigint", "symbol", …
        got = type == "undefined" ? type : (type == "object" ? "an " : "a ") + type;
    }
    refusal = to_js(R"json({"ok":false,"errors":[{"path":"(handle)","message":"expected a handle from load(), an )json"
                    "integer from 1 to " + std::to_string(kLargest) + ", got " + got + R"json("}]})json");
    return false;
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

val query(const val& handle_value, const val& query_json) {
    int handle = 0;
    std::string text;
    val refusal = val::undefined();
    if (!handle_of(handle_value, handle, refusal) || !query_text(query_json, text, refusal)) return refusal;
    return to_js(benefits::api::query(handle, text));
}

// query()'s claims as a Uint32Array of positions in the view's "claims" (a copy, in the JS heap), or
// query()'s failure answer as a string.
val query_positions(const val& handle_value, const val& query_json) {
    int handle = 0;
    std::string text;
    val refusal = val::undefined();
    if (!handle_of(handle_value, handle, refusal) || !query_text(query_json, text, refusal)) return refusal;
    std::vector<std::uint32_t> positions;
    std::string failed = benefits::api::query_positions(handle, text, positions);
    if (!failed.empty()) return to_js(failed);
    return val(emscripten::typed_memory_view(positions.size(), positions.data())).call<val>("slice");
}

val release(const val& handle_value) {
    int handle = 0;
    val refusal = val::undefined();
    if (!handle_of(handle_value, handle, refusal)) return refusal;
    std::string answer = benefits::api::release(handle);
    if (auto it = loaded_bytes.find(handle); it != loaded_bytes.end()) {
        loaded_total -= it->second;
        loaded_bytes.erase(it);
    }
    return to_js(answer);
}
// The details of the claim at a position of the view's "claims": a number that is an integer (from 0),
// never coerced; the core answers for one outside the list.
val claim_details(const val& handle_value, const val& position_value) {
    int handle = 0;
    val refusal = val::undefined();
    if (!handle_of(handle_value, handle, refusal)) return refusal;
    const double position = position_value.isNumber() ? position_value.as<double>() : -1;
    if (!(position >= 0 && position <= 9007199254740991.0 && position == std::floor(position)))
        return to_js(R"json({"ok":false,"errors":[{"path":"(position)","message":"expected a position in the )json"
                     R"json(view's claims, an integer from 0"}]})json");
    return to_js(benefits::api::claim_details(handle, static_cast<std::int64_t>(position)));
}

val grading_rule() { return to_js(benefits::api::grading_rule()); }

}  // namespace

EMSCRIPTEN_BINDINGS(benefits_core) {
    emscripten::function("load", &load);
    emscripten::function("loadTranslated", &load_translated);
    emscripten::function("query", &query);
    emscripten::function("queryPositions", &query_positions);
    emscripten::function("release", &release);
    emscripten::function("claimDetails", &claim_details);
    emscripten::function("gradingRule", &grading_rule);
}

// The size limit of a dataset in bytes (benefits::Limits::max_bytes): the page's streamed download stops
// reading there (web/src/dataset-source.js), so the limit has this one place.
EMSCRIPTEN_BINDINGS(benefits_limits) {
    emscripten::function("maxBytes", +[]() { return static_cast<double>(benefits::Limits{}.max_bytes); });
}
