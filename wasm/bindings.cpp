// Embind bindings only: the core's JSON api, unchanged. Strings cross the boundary; no handles leak.
#include <emscripten/bind.h>

#include "benefits/api.hpp"

namespace {

std::string load(const std::string& text) { return benefits::api::load(text); }
std::string query(int handle, const std::string& query_json) { return benefits::api::query(handle, query_json); }
std::string release(int handle) { return benefits::api::release(handle); }
std::string grading_rule() { return benefits::api::grading_rule(); }
std::string lint(const std::string& text) { return benefits::api::lint(text); }

}  // namespace

EMSCRIPTEN_BINDINGS(benefits_core) {
    emscripten::function("load", &load);
    emscripten::function("query", &query);
    emscripten::function("release", &release);
    emscripten::function("gradingRule", &grading_rule);
    emscripten::function("lint", &lint);
}
