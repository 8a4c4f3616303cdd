// Native micro-benchmarks of the core's load, search and filter, so that browser and native costs can be
// told apart (bench/run.sh prints both). The workload is bench/queries.json, the same as the browser's.
//
// Usage: bench_core [--queries FILE] [--json OUT] [--lift-limits] DATASET...
//   load_ms    api::load(text), what the wasm module's load() runs: parse, validate, grade, index, view JSON
//              (its parts are reported as parse_ms, session_ms and view_ms)
//   search_ms  api::query(handle, json) per keystroke, median (index_ms: the Index::run part alone)
//   filter_ms  api::query for each filter of the workload, median
//   peak_heap_bytes / retained_heap_bytes: C++ heap in use at the peak of api::load and after it, counted
//              by this program's operator new (the wasm module's memory holds at least the peak)
// A dataset over the core's limits (benefits::Limits) is reported as "over limit" with the core's message;
// with --lift-limits it is also measured with the limits lifted, and marked so.
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <new>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "benefits/api.hpp"
#include "benefits/load.hpp"
#include "benefits/query.hpp"
#include "benefits/session.hpp"
#include "api/view_json.hpp"

// ---- Heap accounting: every C++ allocation of this program goes through these.
namespace {
std::size_t g_heap_now = 0, g_heap_peak = 0;

void* counted_alloc(std::size_t size) {
    void* p = std::malloc(size ? size : 1);
    if (!p) throw std::bad_alloc();
    g_heap_now += malloc_usable_size(p);
    g_heap_peak = std::max(g_heap_peak, g_heap_now);
    return p;
}
void counted_free(void* p) noexcept {
    if (!p) return;
    g_heap_now -= malloc_usable_size(p);
    std::free(p);
}
}  // namespace

void* operator new(std::size_t size) { return counted_alloc(size); }
void* operator new[](std::size_t size) { return counted_alloc(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try { return counted_alloc(size); } catch (...) { return nullptr; }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    try { return counted_alloc(size); } catch (...) { return nullptr; }
}
void operator delete(void* p) noexcept { counted_free(p); }
void operator delete[](void* p) noexcept { counted_free(p); }
void operator delete(void* p, std::size_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::size_t) noexcept { counted_free(p); }

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

double ms_since(Clock::time_point since) {
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Mean time of one call of fn, over enough repetitions to last about 0.2 ms (at most 200).
template <typename Fn>
double timed(Fn&& fn) {
    auto start = Clock::now();
    fn();
    double once = ms_since(start);
    int reps = once >= 0.2 ? 1 : std::min(200, static_cast<int>(0.2 / std::max(once, 1e-4)) + 1);
    if (reps == 1) return once;
    start = Clock::now();
    for (int i = 0; i < reps; ++i) fn();
    return ms_since(start) / reps;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "bench_core: cannot read " << path << "\n";
        std::exit(2);
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

struct Workload {
    std::vector<std::string> keystrokes;  // every prefix of every text, as query JSON
    std::vector<std::string> filters;     // query JSON
    std::vector<benefits::Query> keystroke_queries;
};

Workload read_workload(const std::string& path) {
    json doc = json::parse(read_file(path), nullptr, false);
    if (doc.is_discarded() || !doc.contains("texts") || !doc.contains("filters")) {
        std::cerr << "bench_core: " << path << " is not a workload (texts, filters)\n";
        std::exit(2);
    }
    Workload w;
    for (const auto& text : doc["texts"]) {
        // One character at a time: prefixes end on UTF-8 character boundaries.
        const std::string s = text.get<std::string>();
        for (std::size_t n = 1; n <= s.size(); ++n) {
            if (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) continue;
            w.keystrokes.push_back(json{{"text", s.substr(0, n)}}.dump());
            benefits::Query q;
            q.text = s.substr(0, n);
            w.keystroke_queries.push_back(q);
        }
    }
    for (const auto& f : doc["filters"]) w.filters.push_back(f.dump());
    return w;
}

int handle_of(const std::string& response) {
    const std::string tag = "\"handle\":";
    auto at = response.find(tag);
    return at == std::string::npos ? 0 : std::atoi(response.c_str() + at + tag.size());
}

std::string first_error(const std::string& response) {
    json doc = json::parse(response, nullptr, false);
    if (doc.is_discarded() || !doc.contains("errors") || doc["errors"].empty()) return response.substr(0, 200);
    const auto& e = doc["errors"][0];
    return e.value("path", "") + ": " + e.value("message", "");
}

struct Row {
    std::string file;
    std::size_t bytes = 0, claims = 0;
    std::string over_limit;     // the core's message, when the file is over its limits
    bool limits_lifted = false; // figures measured with the limits lifted (informational)
    bool measured = false;
    double load_ms = 0, parse_ms = 0, session_ms = 0, view_ms = 0;
    double search_ms = 0, index_ms = 0, filter_ms = 0;
    std::size_t peak_heap = 0, retained_heap = 0, view_bytes = 0;
    int load_runs = 0;
};

// The parts of api::load: benefits::load, Session (grades + index), view_json.
void measure_parts(Row& row, const std::string& text, const benefits::Limits& limits, int runs) {
    std::vector<double> parse, session, view;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        auto result = benefits::load(text, limits);
        parse.push_back(ms_since(start));
        if (!result.ok()) {
            std::cerr << row.file << ": " << benefits::to_string(result.problems.front()) << "\n";
            std::exit(1);
        }
        start = Clock::now();
        benefits::Session s(std::move(*result.dataset));
        session.push_back(ms_since(start));
        start = Clock::now();
        std::string v = benefits::view_json(s);
        view.push_back(ms_since(start));
        row.claims = s.data.claims.size();
        row.view_bytes = v.size();
    }
    row.parse_ms = median(parse);
    row.session_ms = median(session);
    row.view_ms = median(view);
}

// With the limits lifted api::load cannot be used (it applies the default limits): the same steps by hand.
void measure_lifted(Row& row, const std::string& text, const Workload& w, int runs) {
    benefits::Limits lifted;
    lifted.max_bytes = std::size_t{1} << 32;
    lifted.max_claims = lifted.max_array = std::size_t{1} << 30;
    std::size_t before = g_heap_now;
    g_heap_peak = g_heap_now;
    std::optional<benefits::Session> session;
    {
        auto result = benefits::load(text, lifted);
        if (!result.ok()) {
            std::cerr << row.file << ": " << benefits::to_string(result.problems.front()) << "\n";
            std::exit(1);
        }
        session.emplace(std::move(*result.dataset));
        std::string v = benefits::view_json(*session);
        row.peak_heap = g_heap_peak - before;
    }
    row.retained_heap = g_heap_now - before;
    measure_parts(row, text, lifted, runs);
    row.load_ms = row.parse_ms + row.session_ms + row.view_ms;
    row.load_runs = runs;
    std::vector<double> keys;
    for (const auto& q : w.keystroke_queries) keys.push_back(timed([&] { session->index.run(q); }));
    row.index_ms = median(keys);
    row.search_ms = row.index_ms;  // no api::query without a handle: the index part only
    std::vector<double> filters;
    for (const auto& f : w.filters) {
        std::vector<benefits::Problem> problems;
        benefits::Query q = benefits::parse_query(f, problems);
        filters.push_back(timed([&] { session->index.run(q); }));
    }
    row.filter_ms = median(filters);
    row.limits_lifted = true;
    row.measured = true;
}

Row measure(const std::string& path, const Workload& w, bool lift) {
    const std::string text = read_file(path);
    Row row;
    row.file = path;
    row.bytes = text.size();
    const int runs = text.size() > (64u << 20) ? 1 : text.size() > (4u << 20) ? 3 : 5;

    // The api, as the wasm module runs it.
    std::size_t before = g_heap_now;
    g_heap_peak = g_heap_now;
    std::string first = benefits::api::load(text);
    int handle = handle_of(first);
    if (!handle) {
        row.over_limit = first_error(first);
        if (lift) measure_lifted(row, text, w, runs);
        return row;
    }
    row.peak_heap = g_heap_peak - before;
    std::string().swap(first);  // frees it (assigning an empty string would keep its buffer)
    row.retained_heap = g_heap_now - before;

    std::vector<double> loads;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        std::string response = benefits::api::load(text);
        loads.push_back(ms_since(start));
        benefits::api::release(handle_of(response));
    }
    row.load_ms = median(loads);
    row.load_runs = runs;
    measure_parts(row, text, benefits::Limits{}, runs);

    std::vector<double> keys;
    for (const auto& q : w.keystrokes) keys.push_back(timed([&] { benefits::api::query(handle, q); }));
    row.search_ms = median(keys);
    std::vector<double> filters;
    for (const auto& q : w.filters) filters.push_back(timed([&] { benefits::api::query(handle, q); }));
    row.filter_ms = median(filters);

    // The index alone (no query parsing, no ids JSON): needs the Session, which api keeps private.
    {
        auto result = benefits::load(text);
        benefits::Session s(std::move(*result.dataset));
        std::vector<double> index;
        for (const auto& q : w.keystroke_queries) index.push_back(timed([&] { s.index.run(q); }));
        row.index_ms = median(index);
    }
    benefits::api::release(handle);
    row.measured = true;
    return row;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> files;
    std::string json_out, queries = "bench/queries.json";
    bool lift = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--json" && i + 1 < argc) json_out = argv[++i];
        else if (arg == "--queries" && i + 1 < argc) queries = argv[++i];
        else if (arg == "--lift-limits") lift = true;
        else files.push_back(arg);
    }
    if (files.empty()) {
        std::cerr << "usage: bench_core [--queries FILE] [--json OUT] [--lift-limits] DATASET...\n";
        return 2;
    }
    const Workload w = read_workload(queries);
    std::printf("%-28s %10s %7s %9s %8s %8s %8s %10s %10s %10s %11s %11s\n", "native core (median)", "bytes",
                "claims", "load ms", "parse", "session", "view", "search ms", "index ms", "filter ms",
                "peak heap", "retained");
    json out = json::array();
    for (const auto& file : files) {
        Row r = measure(file, w, lift);
        json j = {{"file", r.file}, {"bytes", r.bytes}};
        if (!r.over_limit.empty()) j["over_limit"] = r.over_limit;
        if (r.measured) {
            j.update({{"claims", r.claims},
                      {"load_ms", r.load_ms},
                      {"load_runs", r.load_runs},
                      {"parse_ms", r.parse_ms},
                      {"session_ms", r.session_ms},
                      {"view_ms", r.view_ms},
                      {"view_bytes", r.view_bytes},
                      {"search_ms", r.search_ms},
                      {"index_ms", r.index_ms},
                      {"filter_ms", r.filter_ms},
                      {"peak_heap_bytes", r.peak_heap},
                      {"retained_heap_bytes", r.retained_heap},
                      {"limits_lifted", r.limits_lifted}});
        }
        out.push_back(j);
        std::string name = file.substr(file.find_last_of('/') + 1);
        if (!r.measured) {
            std::printf("%-28s %10zu   over limit: %s\n", name.c_str(), r.bytes, r.over_limit.c_str());
            continue;
        }
        if (r.limits_lifted) name += " (lifted)";
        std::printf("%-28s %10zu %7zu %9.2f %8.2f %8.2f %8.2f %10.4f %10.4f %10.4f %11zu %11zu\n", name.c_str(),
                    r.bytes, r.claims, r.load_ms, r.parse_ms, r.session_ms, r.view_ms, r.search_ms, r.index_ms,
                    r.filter_ms, r.peak_heap, r.retained_heap);
        if (r.limits_lifted)
            std::printf("%-28s   over limit (%s): measured with the limits lifted, informational only;\n"
                        "%-28s   search/filter are the index part only\n",
                        "", r.over_limit.c_str(), "");
    }
    if (!json_out.empty()) std::ofstream(json_out) << out.dump(2) << "\n";
    return 0;
}
