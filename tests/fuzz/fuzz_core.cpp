// libFuzzer target over the native core: the loader, the JSON api (load, query, release, lint), queries
// over a loaded dataset, and the linter (when the core library builds it).
//
// An input is a dataset, optionally followed by queries, each after a line "#query":
//     {…dataset…}\n#query\n{"text":"sleep"}\n#query\n{"sort":"verdict"}
// The dataset part is loaded with the default limits and with tight ones; every query (and the whole input,
// read as a query) also runs against tests/fixtures/mini.json, so queries are fuzzed over a dataset that
// always loads. Besides crashes, sanitizer reports, leaks and hangs, the target aborts when an answer of the
// api is not valid UTF-8 JSON of the documented shape, when the loader, api::load and api::lint disagree on
// whether the text loads, or when handles and query answers break their promises (see fail() calls).
//
// The loader's parser (core/src/streaming_parse.hpp) must accept exactly what nlohmann's parser accepts and
// build the same tree, with the claims handed over one by one instead of kept in it.
//
// Build and run: scripts/fuzz.sh [SECONDS]  (CMake option BENEFITS_FUZZ, clang-14).
#ifndef JSON_NOEXCEPTION
#define JSON_NOEXCEPTION  // the core is built this way; keep nlohmann's inline functions identical
#endif
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/api.hpp"
#include "benefits/load.hpp"
#include "benefits/text_normalize.hpp"
#include "streaming_parse.hpp"  // core/src: the loader's parser, checked against nlohmann's own

// tests/fuzz/CMakeLists.txt defines BENEFITS_FUZZ_LINT when the core library builds the linter (api::lint).

namespace {

using Json = nlohmann::json;

constexpr std::string_view kQuerySeparator = "\n#query\n";

[[noreturn]] void fail(const char* what, std::string_view detail) {
    std::fprintf(stderr, "\n*** fuzz_core invariant broken: %s\n%.*s\n", what,
                 static_cast<int>(std::min<std::size_t>(detail.size(), 2000)), detail.data());
    std::abort();
}

// Every api answer: valid (UTF-8) JSON, an object with a boolean "ok"; a failure lists errors, each with a
// non-empty path and message.
Json check_answer(const std::string& out, const char* function) {
    Json j = Json::parse(out, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) fail(function, out);
    auto ok = j.find("ok");
    if (!j.is_object() || ok == j.end() || !ok->is_boolean()) fail(function, out);
    if (!ok->get<bool>()) {
        auto errors = j.find("errors");
        if (errors == j.end() || !errors->is_array() || errors->empty()) fail(function, out);
        for (const auto& e : *errors) {
            auto path = e.find("path"), message = e.find("message");
            if (path == e.end() || !path->is_string() || path->get_ref<const std::string&>().empty() ||
                message == e.end() || !message->is_string() || message->get_ref<const std::string&>().empty())
                fail(function, out);
        }
    }
    return j;
}

void check_problems(const benefits::LoadResult& result, std::string_view text) {
    if (result.ok() != result.problems.empty()) fail("load: ok() must mean no problems", text);
    for (const auto& p : result.problems)
        if (p.path.empty() || p.message.empty()) fail("load: a problem without a path or message", text);
}

std::vector<std::string> split_queries(std::string_view input, std::string_view& dataset) {
    std::vector<std::string> queries;
    std::size_t at = input.find(kQuerySeparator);
    dataset = input.substr(0, at);
    while (at != std::string_view::npos) {
        std::size_t start = at + kQuerySeparator.size();
        at = input.find(kQuerySeparator, start);
        queries.emplace_back(input.substr(start, at == std::string_view::npos ? at : at - start));
        if (queries.size() == 16) break;
    }
    return queries;
}

// Fixed queries, plus a search for a slice of the input itself (any bytes, made into a JSON string).
std::vector<std::string> standard_queries(std::string_view input) {
    std::vector<std::string> out = {
        "{}",
        R"({"sort":"certainty"})",
        R"({"sort":"verdict","verdict":["supported","contradicted"]})",
        R"({"route":["IV","oral"],"certainty":["low","very-low"]})",
        R"({"topic":["headache"],"text":"magnesium"})",
    };
    std::string_view slice = input.substr(input.size() / 3, 24);
    out.push_back(Json{{"text", std::string(slice)}}.dump(-1, ' ', false, Json::error_handler_t::replace));
    return out;
}

int g_mini_handle = 0;
std::size_t g_mini_claims = 0;

std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs one query against an open handle: the ids must be distinct claims of that dataset.
void query_and_check(int handle, const std::string& q, const std::set<std::string>& claim_ids) {
    Json answer = check_answer(benefits::api::query(handle, q), "query");
    if (!answer["ok"].get<bool>()) return;
    auto ids = answer.find("ids");
    if (ids == answer.end() || !ids->is_array()) fail("query: no ids", q);
    std::set<std::string> seen;
    for (const auto& id : *ids) {
        if (!id.is_string() || !claim_ids.count(id.get<std::string>()) || !seen.insert(id.get<std::string>()).second)
            fail("query: an id that is not a distinct claim of the dataset", q);
    }
    if (q == "{}" && seen.size() != claim_ids.size()) fail("query: {} must return every claim", q);
}

std::set<std::string> claim_ids_of(const Json& view) {
    std::set<std::string> ids;
    for (const auto& c : view["claims"]) ids.insert(c["id"].get<std::string>());
    return ids;
}

void fuzz_api(std::string_view dataset, const std::vector<std::string>& queries, bool loads) {
#ifdef BENEFITS_FUZZ_LINT
    // The linter over the same text: each finding names its rule, place and problem.
    Json report = check_answer(benefits::api::lint(dataset), "lint");
    if (report["ok"].get<bool>() != loads) fail("api::lint and benefits::load disagree", dataset);
    if (loads) {
        auto findings = report.find("findings");
        if (findings == report.end() || !findings->is_array()) fail("lint: no findings list", dataset);
        auto text_of = [](const Json& f, const char* key) {
            auto it = f.find(key);
            return it != f.end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        for (const auto& f : *findings)
            if (text_of(f, "rule").empty() || text_of(f, "path").empty() || text_of(f, "message").empty())
                fail("lint: a finding without rule, path or message", f.dump());
    }
#endif
    Json answer = check_answer(benefits::api::load(dataset), "load");
    bool ok = answer["ok"].get<bool>();
    if (ok != loads) fail("api::load and benefits::load disagree", dataset);
    if (!ok) {
        if (answer.contains("handle")) fail("load: a failure must not carry a handle", dataset);
        return;
    }
    if (!answer["handle"].is_number_integer() || !answer["view"].is_object()) fail("load: no handle or view", dataset);
    int handle = answer["handle"].get<int>();
    std::set<std::string> ids = claim_ids_of(answer["view"]);
    for (const auto& q : queries) query_and_check(handle, q, ids);
    if (!check_answer(benefits::api::release(handle), "release")["ok"].get<bool>()) fail("release failed", dataset);
    if (check_answer(benefits::api::release(handle), "release")["ok"].get<bool>())
        fail("release: a handle released twice", dataset);
    if (check_answer(benefits::api::query(handle, "{}"), "query")["ok"].get<bool>())
        fail("query: answered on a released handle", dataset);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    std::string mini = read_file(BENEFITS_FIXTURES_DIR "/mini.json");
    Json answer = Json::parse(benefits::api::load(mini), nullptr, false);
    if (answer.is_discarded() || !answer.value("ok", false)) fail("tests/fixtures/mini.json does not load", mini);
    g_mini_handle = answer["handle"].get<int>();
    g_mini_claims = answer["view"]["claims"].size();
    return 0;
}

// parse_whole and parse_streaming against nlohmann's DOM parser: the same texts accepted, the same tree.
void check_streaming_parse(std::string_view text) {
    const benefits::Limits limits;
    const Json dom = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    const auto whole = benefits::parse_whole(text, limits);
    if (whole.too_big) return;  // a limit nlohmann does not have
    if (whole.ok == dom.is_discarded()) fail("parse_whole and nlohmann disagree on whether the text parses", text);
    if (whole.ok && whole.root != dom) fail("parse_whole built another tree than nlohmann", text);

    std::vector<Json> items;
    const auto streamed = benefits::parse_streaming(
        text, "claims", limits, [&] { items.clear(); }, [&](std::size_t index, const Json& item) {
            if (index != items.size()) fail("streamed items out of order", text);
            items.push_back(item);
        });
    if (streamed.too_big) return;
    if (streamed.ok != whole.ok) fail("parse_streaming and parse_whole disagree on whether the text parses", text);
    if (!streamed.ok) return;
    Json rebuilt = streamed.root;
    if (streamed.streamed) {
        if (items.size() != streamed.items) fail("parse_streaming miscounted its items", text);
        rebuilt["claims"] = Json(items);
    }
    if (rebuilt != dom) fail("parse_streaming's root and items do not make nlohmann's tree", text);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(bytes), size);
    std::string_view dataset;
    std::vector<std::string> queries = split_queries(input, dataset);
    for (auto& q : standard_queries(input)) queries.push_back(std::move(q));

    // The loader, with the default limits and with tight ones (so every limit is reached often).
    benefits::LoadResult result = benefits::load(dataset);
    check_problems(result, dataset);
    benefits::Limits tight;
    tight.max_bytes = 4096;
    tight.max_string = 64;
    tight.max_claims = 3;
    tight.max_references = 4;
    tight.max_findings = 2;
    tight.max_array = 8;
    tight.max_depth = 6;
    check_problems(benefits::load(dataset, tight), dataset);

    check_streaming_parse(dataset);

    // The api over the same text (grades, index and view of a dataset that loads), with every query.
    fuzz_api(dataset, queries, result.ok());

    // Queries over a dataset that always loads, and the whole input read as a query.
    std::set<std::string> mini_ids;
    {
        Json view = Json::parse(benefits::api::query(g_mini_handle, "{}"), nullptr, false);
        for (const auto& id : view["ids"]) mini_ids.insert(id.get<std::string>());
        if (mini_ids.size() != g_mini_claims) fail("mini.json handle lost claims", "");
    }
    for (const auto& q : queries) query_and_check(g_mini_handle, q, mini_ids);
    query_and_check(g_mini_handle, std::string(input), mini_ids);

    // Search folding over raw bytes.
    (void)benefits::search_words(input);
    return 0;
}
