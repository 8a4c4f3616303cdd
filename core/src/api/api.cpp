#include "benefits/api.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <memory>

#include "benefits/lint.hpp"
#include "benefits/load.hpp"
#include "benefits/session.hpp"
#include "benefits/translation.hpp"
#include "api/view_json.hpp"
#include "json/writer.hpp"
#include "json/limits_scan.hpp"

namespace benefits::api {
namespace {

std::map<int, std::unique_ptr<Session>>& sessions() {
    static std::map<int, std::unique_ptr<Session>> open;
    return open;
}

// Answers are written with JsonWriter (no JSON tree, and text that is not valid UTF-8 becomes U+FFFD).
std::string failure(const std::vector<Problem>& problems) {
    JsonWriter w;
    w.begin_object().field("ok", false).key("errors").begin_array();
    for (const auto& p : problems) w.begin_object().field("path", p.path).field("message", p.message).end_object();
    w.end_array().end_object();
    return w.take();
}

std::string unknown_handle(int handle) {
    return failure({{"(handle)", "no dataset is loaded under handle " + std::to_string(handle)}});
}

}  // namespace

namespace {

std::string answer_load(LoadResult result, std::size_t text_bytes) {
    if (!result.ok()) return failure(result.problems);
    // Handles count up from 1 and wrap before int overflows, skipping any still open.
    static int next_handle = 0;
    do next_handle = next_handle == std::numeric_limits<int>::max() ? 1 : next_handle + 1;
    while (sessions().count(next_handle));
    int handle = next_handle;
    auto session = std::make_unique<Session>(std::move(*result.dataset));
    // The view is written straight into the answer (no second copy of megabytes to wrap it). It carries what
    // the list shows of each claim, and every source: about half the file (0.47 of the default dataset, 0.49 of
    // bench/generate-dataset.mjs's), plus a few kilobytes of grading rule and vocabulary. Three fifths of the
    // file and 64 KB are reserved: outgrowing the buffer would double it, and the module's memory keeps its peak
    // (the old and the new buffer at once) for good; reserving more than the text's own size, just freed, would
    // put the buffer above it rather than in its place (10,000 claims: 34.9 MiB of growth with the file's size
    // reserved, 32.0 with three fifths, 41.6 with none).
    std::string answer = view_json(*session, "{\"ok\":true,\"handle\":" + std::to_string(handle) + ",\"view\":",
                                   "}", text_bytes * 3 / 5 + 65536);
    sessions()[handle] = std::move(session);
    return answer;
}

}  // namespace

std::string load(std::string_view text) { return answer_load(benefits::load(text), text.size()); }

std::string load_taking(std::string&& text) { return load_translated_taking(std::move(text), {}); }

std::string load_translated(std::string_view text, std::string_view translation) {
    return load_translated_taking(std::string(text), translation);
}

namespace {

// The translation asked for, applied to a loaded dataset: a translation document, or the tag of one the
// dataset holds inline. Its problems keep their paths (texts["claims.x.summary"]); "(root)" becomes
// "(translation)".
void translate(LoadResult& result, std::string_view translation) {
    std::size_t first = translation.find_first_not_of(" \t\r\n");
    if (!result.ok() || first == std::string_view::npos) return;
    Dataset& d = *result.dataset;
    std::string document;
    if (translation[first] != '{') {
        const auto* ref = [&]() -> const Dataset::TranslationRef* {
            for (const auto& t : d.translations)
                if (t.language == translation) return &t;
            return nullptr;
        }();
        if (!ref || ref->inline_json.empty()) {
            std::string why = !ref ? "the dataset names no translation \"" + std::string(translation) + "\""
                                   : "the translation \"" + ref->language + "\" is a file (" + ref->file +
                                         "): pass its text";
            result.problems.push_back({"(translation)", why});
            result.dataset.reset();
            return;
        }
        document = ref->inline_json;
        translation = document;
    }
    TranslationResult applied = apply_translation(d, translation);
    if (applied.problems.empty()) return;
    for (auto& p : applied.problems)
        if (p.path == "(root)") p.path = "(translation)";
    result.problems = std::move(applied.problems);
    result.dataset.reset();
}

}  // namespace

std::string load_translated_taking(std::string&& text, std::string_view translation) {
    LoadResult result = benefits::load(text);
    const std::size_t bytes = text.size();
    std::string().swap(text);
    translate(result, translation);
    return answer_load(std::move(result), bytes + translation.size());
}

std::string claim_details(int handle, std::int64_t position) {
    auto it = sessions().find(handle);
    if (it == sessions().end()) return unknown_handle(handle);
    const Session& s = *it->second;
    if (position < 0 || static_cast<std::uint64_t>(position) >= s.data.claims.size())
        return failure({{"(position)", "no claim at position " + std::to_string(position) + ": the view lists " +
                                           std::to_string(s.data.claims.size())}});
    return claim_details_json(s, static_cast<std::size_t>(position), "{\"ok\":true,\"claim\":", "}");
}

namespace {

// The session and the claims a query matches (their positions), or the failure answer.
std::string run_query(int handle, std::string_view query_json, const Session*& session,
                      std::vector<std::size_t>& hits) {
    auto it = sessions().find(handle);
    if (it == sessions().end()) return unknown_handle(handle);
    std::vector<Problem> problems;
    Query q = parse_query(query_json, problems);
    if (!problems.empty()) return failure(problems);
    session = it->second.get();
    hits = session->index.run(q);
    return {};
}

}  // namespace

std::string query_positions(int handle, std::string_view query_json, std::vector<std::uint32_t>& positions) {
    const Session* session = nullptr;
    std::vector<std::size_t> hits;
    std::string failed = run_query(handle, query_json, session, hits);
    positions.assign(hits.begin(), hits.end());  // below Limits::max_claims
    return failed;
}

std::string query(int handle, std::string_view query_json) {
    const Session* session = nullptr;
    std::vector<std::size_t> hits;
    std::string failed = run_query(handle, query_json, session, hits);
    if (!failed.empty()) return failed;
    const Session& s = *session;
    // Claim ids are [a-z0-9-]+ (the loader checks): written as they are, with no escaping to look for.
    // Sized once and filled in place: this runs on every keystroke, for thousands of ids.
    constexpr std::string_view head = "{\"ok\":true,\"ids\":[", tail = "]}";
    std::size_t bytes = head.size() + tail.size();
    for (std::size_t i : hits) bytes += s.data.claims[i].id.size() + 3;
    if (!hits.empty()) bytes -= 1;  // no comma before the first id
    std::string out(bytes, '\0');
    char* at = std::copy(head.begin(), head.end(), out.data());
    for (std::size_t k = 0; k < hits.size(); ++k) {
        if (k) *at++ = ',';
        *at++ = '"';
        const std::string& id = s.data.claims[hits[k]].id;
        at = std::copy(id.begin(), id.end(), at);
        *at++ = '"';
    }
    std::copy(tail.begin(), tail.end(), at);
    return out;
}

std::string release(int handle) {
    if (sessions().erase(handle) == 0) return unknown_handle(handle);
    return "{\"ok\":true}";
}

std::string grading_rule() {
    JsonWriter w;
    w.begin_object().field("ok", true).field("steps", grading_rule_text()).end_object();
    return w.take();
}

std::string refuse_oversized(std::size_t bytes) {
    auto problem = document_size_problem(bytes, Limits{});
    return problem ? failure({*problem}) : std::string();
}

std::string refuse_oversized_query(std::size_t bytes) {
    auto problem = query_size_problem(bytes, Limits{});
    return problem ? failure({*problem}) : std::string();
}

std::string lint(std::string_view text) { return lint_with_profile(text, "strict"); }

std::string lint_with_profile(std::string_view text, std::string_view profile, std::string_view language) {
    auto chosen = parse_lint_profile(profile);
    if (!chosen) return failure({{"(profile)", "unknown lint profile: use \"strict\" or \"lenient\""}});
    LoadResult result = benefits::load(text);
    if (!result.ok()) return failure(result.problems);
    const Lang messages = language_of(language);
    // The report is already JSON: put "ok" and the messages' language in front rather than parse it again.
    std::string report = lint_report_json(benefits::lint(Session(std::move(*result.dataset)), LintOptions{*chosen, messages}));
    return std::string("{\"ok\":true,\"lang\":\"") + (messages == Lang::Es ? "es" : "en") + "\"," + report.substr(1);
}

}  // namespace benefits::api
