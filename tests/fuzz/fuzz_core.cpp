// libFuzzer target over the native core: the loader, the JSON api (load, query, release, lint), queries
// over a loaded dataset, and the linter (when the core library builds it).
//
// An input is a dataset, optionally followed by queries, each after a line "#query":
//     {…dataset…}\n#query\n{"text":"sleep"}\n#query\n{"sort":"verdict"}
// The dataset part is loaded with the default limits and with tight ones; every query (and the whole input,
// read as a query) also runs against tests/fixtures/mini.json, so queries are fuzzed over a dataset that
// always loads. Besides crashes, sanitizer reports, leaks and hangs, the target aborts when an answer of the
// api is not valid UTF-8 JSON of the documented shape (the view's promises per claim and outcome row:
// fuzz_checks.hpp, check_view), when the loader, api::load and api::lint disagree on
// whether the text loads, or when handles and query answers break their promises (see fail() calls).
//
// The core's JSON parser (core/src/json/parser.hpp, trees by streaming_parse.hpp) must accept exactly what
// nlohmann's parser accepts (but for text after a NUL byte: check_streaming_parse) and build the same tree, with
// the claims handed over one by one instead of kept in it.
//
// Inputs go up to the 16 MiB size limit and a little over (make_large_seeds.py writes seeds at every limit,
// grow_mutator.cpp grows inputs to it); one of more than 256 KiB gets one load through the api instead of the
// whole set of checks above (see kFullChecksUpTo). At exit the target prints how often each limit refused an
// input ("limits reached"), which scripts/fuzz.sh checks.
//
// Build and run: scripts/fuzz.sh [SECONDS]  (CMake option BENEFITS_FUZZ, clang-14).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/api.hpp"
#include "benefits/load.hpp"
#include "benefits/text_normalize.hpp"
#include "fuzz_checks.hpp"
#include "json/streaming_parse.hpp"  // core/src: the loader's parser, checked against nlohmann's own

// tests/fuzz/CMakeLists.txt defines BENEFITS_FUZZ_LINT when the core library builds the linter (api::lint).

namespace {

using fuzz::check_answer;
using fuzz::fail;
using fuzz::Json;

constexpr std::string_view kQuerySeparator = "\n#query\n";

// Inputs up to this size get every check; larger ones (the large seeds and what the mutator grows from them, up
// to the 16 MiB limit) one load only: see LLVMFuzzerTestOneInput.
constexpr std::size_t kFullChecksUpTo = 256 << 10;

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
        R"({"certainty":["none","high"],"sort":"certainty"})",
        R"({"topic":["headache"],"text":"magnesium"})",
    };
    std::string_view slice = input.substr(input.size() / 3, 24);
    out.push_back(Json{{"text", std::string(slice)}}.dump(-1, ' ', false, Json::error_handler_t::replace));
    return out;
}

fuzz::LoadedDataset g_mini;
std::set<std::string> g_mini_ids;
std::string g_mini_text;  // the fixture's text: the input is also applied to it as a translation

// The linter over a text: it must load exactly when benefits::load does, and each finding names its rule,
// place and problem.
void fuzz_lint([[maybe_unused]] std::string_view dataset, [[maybe_unused]] bool loads) {
#ifdef BENEFITS_FUZZ_LINT
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
        // In the editor's other language: the same findings, in the same places.
        Json spanish = check_answer(benefits::api::lint_with_profile(dataset, "strict", "es"), "lint in Spanish");
        auto others = spanish.find("findings");
        if (others == spanish.end() || !others->is_array() || others->size() != findings->size())
            fail("lint: another number of findings in Spanish", dataset);
        for (std::size_t k = 0; k < findings->size(); ++k)
            if (text_of((*others)[k], "path") != text_of((*findings)[k], "path") || text_of((*others)[k], "message").empty())
                fail("lint: a finding in Spanish at another place, or without its message", (*others)[k].dump());
    }
#endif
}

// How often api::load refused an input for each limit of benefits::Limits, printed when libFuzzer exits:
// scripts/fuzz.sh checks that every limit was reached.
struct LimitsReached {
    std::size_t size = 0, items = 0, values = 0, depth = 0, string = 0;
    LimitsReached() {
        std::atexit([] {
            const LimitsReached& r = limits_reached();
            std::fprintf(stderr, "fuzz: limits reached: size %zu, items %zu, values %zu, depth %zu, string %zu\n",
                         r.size, r.items, r.values, r.depth, r.string);
        });
    }
    static LimitsReached& limits_reached() {
        static LimitsReached reached;
        return reached;
    }
    void count(const Json& errors) {
        for (const auto& e : errors) {
            const std::string& m = e["message"].get_ref<const std::string&>();
            const auto has = [&](std::string_view part) { return m.find(part) != std::string::npos; };
            if (m.starts_with("the file is ") && has(" bytes; the limit is ")) ++size;
            if (has(" items; the limit is ")) ++items;
            if (has(" values in one item") || has(" values outside ")) ++values;
            if (m.starts_with("nested deeper than ")) ++depth;
            if (has(" bytes long; the limit is ")) ++string;
        }
    }
};

// The claim ids a view lists.
std::set<std::string> claim_ids_of(const Json& view) {
    std::set<std::string> ids;
    for (const auto& c : view["claims"]) ids.insert(c["id"].get<std::string>());
    return ids;
}

// api::load's answer when it is large: the view is only checked to be valid JSON (nlohmann's tree of a view of
// megabytes costs more than the load itself under the sanitizers).
Json check_large_load_answer(const std::string& out) {
    using Event = Json::parse_event_t;
    // The root's members are kept, but not the view's contents (they are still parsed, so checked).
    const Json shallow = Json::parse(out, [](int depth, Event event, Json&) {
        return depth == 0 || (depth == 1 && event != Event::object_start && event != Event::array_start);
    }, /*allow_exceptions=*/false);
    if (shallow.is_discarded() || !shallow.is_object()) fail("load: not valid JSON", out);
    if (!shallow.value("ok", false)) return check_answer(out, "load");  // a failure: each error is checked
    return shallow;
}

// api::load over a text (grades, index and view of a dataset that loads; `loads`: what benefits::load said,
// when it was asked), every query over it, and its handle's release.
void fuzz_api(std::string_view dataset, const std::vector<std::string>& queries, std::optional<bool> loads) {
    const bool large = dataset.size() > kFullChecksUpTo;
    const std::string out = benefits::api::load(dataset);
    Json answer = large && out.size() > kFullChecksUpTo ? check_large_load_answer(out) : check_answer(out, "load");
    const bool ok = answer.value("ok", false);
    if (loads && ok != *loads) fail("api::load and benefits::load disagree", dataset);
    if (!ok) {
        if (answer.contains("handle")) fail("load: a failure must not carry a handle", dataset);
        LimitsReached::limits_reached().count(answer["errors"]);
        return;
    }
    if (!answer["handle"].is_number_integer()) fail("load: no handle", dataset);
    const int handle = answer["handle"].get<int>();
    std::set<std::string> ids;
    if (answer.contains("view")) {
        if (!answer["view"].is_object()) fail("load: no view", dataset);
        fuzz::check_view(fuzz::with_details(answer["view"], handle), dataset);
        ids = claim_ids_of(answer["view"]);
    } else {  // a large view, not kept: its ids are those of the query {}
        const Json all = check_answer(benefits::api::query(handle, "{}"), "query");
        if (!all["ok"].get<bool>() || !all["ids"].is_array()) fail("load: the query {} refused", dataset);
        for (const auto& id : all["ids"])
            if (!id.is_string() || !ids.insert(id.get<std::string>()).second) fail("query: {} answered an id twice", dataset);
    }
    for (const auto& q : queries) fuzz::query_and_check(handle, q, ids);
    if (!check_answer(benefits::api::release(handle), "release")["ok"].get<bool>()) fail("release failed", dataset);
    if (check_answer(benefits::api::release(handle), "release")["ok"].get<bool>())
        fail("release: a handle released twice", dataset);
    if (check_answer(benefits::api::query(handle, "{}"), "query")["ok"].get<bool>())
        fail("query: answered on a released handle", dataset);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    g_mini = fuzz::load_fixed(BENEFITS_FIXTURES_DIR "/mini.json");
    g_mini_ids.insert(g_mini.ids.begin(), g_mini.ids.end());
    if (std::FILE* f = std::fopen(BENEFITS_FIXTURES_DIR "/mini.json", "rb")) {
        char buffer[4096];
        for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, f)) > 0;) g_mini_text.append(buffer, got);
        std::fclose(f);
    }
    return 0;
}

// The tree as text: the same text means the same types (5 and 5.0 differ) and the same doubles.
std::string tree_text(const Json& tree) { return tree.dump(-1, ' ', false, Json::error_handler_t::replace); }

// The core's parser (parse_whole and parse_streaming) against nlohmann's DOM parser: the same texts accepted,
// the same tree. One difference is by design: nlohmann's lexer takes a NUL byte for the end of the text, so it
// accepts a document followed by a NUL and anything after it; the core refuses it ("unexpected control character
// U+0000 after the end of the document"), and must then accept the text cut at that NUL.
void check_streaming_parse(std::string_view text) {
    const benefits::Limits limits;
    const Json dom = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    const auto whole = benefits::parse_whole(text, limits);
    if (whole.too_big) return;  // a limit nlohmann does not have
    if (!whole.ok && !dom.is_discarded() && text.find('\0') != std::string_view::npos) {
        const std::string_view before_nul = text.substr(0, text.find('\0'));
        const auto cut = benefits::parse_whole(before_nul, limits);
        if (!cut.too_big && (!cut.ok || tree_text(cut.root) != tree_text(dom)))
            fail("nlohmann accepts a text up to a NUL byte that the core's parser does not", text);
        return;
    }
    if (whole.ok == dom.is_discarded()) fail("parse_whole and nlohmann disagree on whether the text parses", text);
    if (whole.ok && tree_text(whole.root) != tree_text(dom)) fail("parse_whole built another tree than nlohmann", text);

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
    if (tree_text(rebuilt) != tree_text(dom)) fail("parse_streaming's root and items do not make nlohmann's tree", text);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    fuzz::note_input_size(size);
    const std::string_view input(reinterpret_cast<const char*>(bytes), size);
    std::string_view dataset;
    std::vector<std::string> queries = split_queries(input, dataset);
    for (auto& q : standard_queries(input)) queries.push_back(std::move(q));
    // The loader with tight limits (so that every limit is reached often; over 4096 bytes: refused at once).
    benefits::Limits tight;
    tight.max_bytes = 4096;
    tight.max_string = 64;
    tight.max_claims = 3;
    tight.max_references = 4;
    tight.max_findings = 2;
    tight.max_array = 8;
    tight.max_depth = 6;
    check_problems(benefits::load(dataset, tight), dataset);

    if (size <= kFullChecksUpTo) {
        // The loader with the default limits, nlohmann's parser, the linter and the api (grades, index, view),
        // which must agree on whether the text loads.
        benefits::LoadResult result = benefits::load(dataset);
        check_problems(result, dataset);
        check_streaming_parse(dataset);
        fuzz_lint(dataset, result.ok());
        fuzz_api(dataset, queries, result.ok());
        // The dataset part as a translation of mini.json (core/src/translation.cpp): a view or path-named problems.
        Json translated = check_answer(benefits::api::load_translated(g_mini_text, dataset), "load_translated");
        if (translated["ok"].get<bool>()) {
            fuzz::check_view(fuzz::with_details(translated["view"], translated["handle"].get<int>()), dataset);
            benefits::api::release(translated["handle"].get<int>());
        }
    } else {
        // Each of those costs about one load, which for megabytes takes seconds under the sanitizers: a large
        // input gets one load, through the api (its problems, or its view and every query over it).
        fuzz_api(dataset, queries, std::nullopt);
    }

    // Queries over a dataset that always loads, and the whole input read as a query.
    for (const auto& q : queries) fuzz::query_and_check(g_mini.handle, q, g_mini_ids);
    fuzz::query_and_check(g_mini.handle, std::string(input), g_mini_ids);
    if (fuzz::check_answer(benefits::api::query(g_mini.handle, "{}"), "query")["ids"].size() != g_mini_ids.size())
        fail("mini.json handle lost claims", "");

    // Search folding over raw bytes (a large input's first part: its cost grows with its size, not its kind).
    (void)benefits::search_words(input.substr(0, kFullChecksUpTo));
    return 0;
}
