// Native micro-benchmarks of the core's load, search and filter, so browser and native costs can be
// told apart. Usage: bench_core FILE... (datasets from bench/generate-dataset.mjs); prints a table and,
// with --json OUT, writes the figures.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "benefits/load.hpp"
#include "benefits/query.hpp"
#include "benefits/session.hpp"
#include "benefits/view.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double elapsed_ms(Clock::time_point since) {
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// The same fixed queries as the browser benchmark, typed one character at a time.
const std::vector<std::string> kQueries = {"migraine", "nausea light", "placebo trial", "sleep", "café"};

std::vector<benefits::Query> filters() {
    std::vector<benefits::Query> out(4);
    out[0].topics = {"headache"};
    out[1].verdicts = {benefits::Verdict::Supported, benefits::Verdict::PartlySupported};
    out[2].certainties = {benefits::Certainty::Low, benefits::Certainty::VeryLow};
    out[3].routes = {benefits::Route::Oral};
    out[3].sort = benefits::SortKey::Certainty;
    return out;
}

struct Row {
    std::string file;
    std::size_t bytes = 0, claims = 0;
    double load_ms = 0, view_ms = 0, search_ms = 0, filter_ms = 0;
};

Row measure(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    benefits::Limits limits;
    limits.max_bytes = 1u << 30;

    Row row{path, text.size()};
    std::vector<double> loads, views;
    std::optional<benefits::Session> session;
    for (int run = 0; run < 5; ++run) {
        auto start = Clock::now();
        auto result = benefits::load(text, limits);
        if (!result.ok()) {
            std::cerr << path << ": " << benefits::to_string(result.problems.front()) << "\n";
            std::exit(1);
        }
        session.emplace(std::move(*result.dataset));
        loads.push_back(elapsed_ms(start));
        start = Clock::now();
        std::string view = benefits::view_json(*session);
        views.push_back(elapsed_ms(start));
    }
    row.claims = session->data.claims.size();
    row.load_ms = median(loads);
    row.view_ms = median(views);

    std::vector<double> keystrokes;
    for (const auto& query : kQueries)
        for (std::size_t n = 1; n <= query.size(); ++n) {
            benefits::Query q;
            q.text = query.substr(0, n);
            auto start = Clock::now();
            auto hits = session->index.run(q);
            keystrokes.push_back(elapsed_ms(start));
            if (hits.size() > row.claims) std::abort();
        }
    row.search_ms = median(keystrokes);

    std::vector<double> filter_runs;
    for (int run = 0; run < 5; ++run)
        for (const auto& q : filters()) {
            auto start = Clock::now();
            auto hits = session->index.run(q);
            filter_runs.push_back(elapsed_ms(start));
            if (hits.size() > row.claims) std::abort();
        }
    row.filter_ms = median(filter_runs);
    return row;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> files;
    std::string json_out;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--json" && i + 1 < argc) json_out = argv[++i];
        else files.push_back(arg);
    }
    if (files.empty()) {
        std::cerr << "usage: bench_core [--json OUT] FILE...\n";
        return 2;
    }
    std::printf("%-34s %10s %8s %10s %10s %11s %11s\n", "native core", "bytes", "claims", "load ms", "view ms",
                "search ms", "filter ms");
    std::ostringstream json;
    json << "[";
    for (std::size_t i = 0; i < files.size(); ++i) {
        Row r = measure(files[i]);
        std::printf("%-34s %10zu %8zu %10.2f %10.2f %11.4f %11.4f\n", r.file.c_str(), r.bytes, r.claims, r.load_ms,
                    r.view_ms, r.search_ms, r.filter_ms);
        json << (i ? "," : "") << "{\"claims\":" << r.claims << ",\"bytes\":" << r.bytes << ",\"load_ms\":" << r.load_ms
             << ",\"view_ms\":" << r.view_ms << ",\"search_ms\":" << r.search_ms << ",\"filter_ms\":" << r.filter_ms
             << "}";
    }
    json << "]\n";
    if (!json_out.empty()) std::ofstream(json_out) << json.str();
    return 0;
}
