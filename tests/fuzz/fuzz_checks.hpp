// What every fuzz target checks of the core's answers, and the record of the largest input run.
#pragma once

#ifndef JSON_NOEXCEPTION
#define JSON_NOEXCEPTION  // the core is built this way; keep nlohmann's inline functions identical
#endif
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "benefits/api.hpp"

namespace fuzz {

using Json = nlohmann::json;

[[noreturn]] inline void fail(const char* what, std::string_view detail) {
    std::fprintf(stderr, "\n*** fuzz invariant broken: %s\n%.*s\n", what,
                 static_cast<int>(std::min<std::size_t>(detail.size(), 2000)), detail.data());
    std::abort();
}

// Every api answer: valid (UTF-8) JSON, an object with a boolean "ok"; a failure lists errors, each with a
// non-empty path and message.
inline Json check_answer(const std::string& out, const char* function) {
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

// The view with each claim's details put in, as asked of the api by position: each answer a claim's details
// with the claim's id and exactly the fields the view names in "claimDetails", none of which the view carries.
inline Json with_details(Json view, int handle) {
    const Json& names = view["claimDetails"];
    if (!names.is_array() || names.empty()) fail("view: no claimDetails", view.dump());
    for (std::size_t i = 0; i < view["claims"].size(); ++i) {
        Json& claim = view["claims"][i];
        Json answer = check_answer(benefits::api::claim_details(handle, static_cast<std::int64_t>(i)), "claim_details");
        if (!answer["ok"].get<bool>()) fail("claim_details: refused a position of the view", answer.dump());
        Json& details = answer["claim"];
        if (!details.is_object() || details["id"] != claim["id"] || details.size() != names.size() + 1)
            fail("claim_details: not the claim's details", details.dump());
        for (const auto& name : names) {
            const std::string key = name.get<std::string>();
            if (claim.contains(key) || !details.contains(key)) fail("view: a detail field in the list or missing", key);
            claim[key] = std::move(details[key]);
        }
    }
    if (check_answer(benefits::api::claim_details(handle, static_cast<std::int64_t>(view["claims"].size())),
                     "claim_details")["ok"].get<bool>())
        fail("claim_details: answered past the end of the list", view.dump());
    return view;
}

// What the view promises (docs/architecture.md, "View"), per claim and per outcome row: a row has a certainty
// exactly when it has a grading and is "graded"; its body sources support or contradict; the claim's counts are
// of the union of its rows' sources (never fewer than a row's, the body never more than their sum); the claim-level
// certainty, grading and statement are the headline row's; the claim's links are every row's; no checking
// note is written anywhere.
inline void check_view(const Json& view, std::string_view input) {
    auto number = [&](const Json& j, const char* key) -> std::size_t {
        auto it = j.find(key);
        if (it == j.end() || !it->is_number_unsigned()) fail("view: a count that is not a whole number", j.dump());
        return it->get<std::size_t>();
    };
    auto claims = view.find("claims");
    if (claims == view.end() || !claims->is_array()) fail("view: no claims", input);
    for (const auto& c : *claims) {
        const Json& rows = c["outcomes"];
        if (!rows.is_array() || rows.empty()) fail("view: a claim without outcome rows", c.dump());
        std::size_t row_sources = 0, links = 0, largest_sources = 0;
        for (const auto& row : rows) {
            const bool graded = !row["certainty"].is_null();
            if (graded != row["grading"].is_object() || graded != (row["kind"] == "graded"))
                fail("view: a row's certainty, grading and kind disagree", row.dump());
            if (!graded && (number(row, "sources") != 0 || number(row, "participants") != 0))
                fail("view: a row without a certainty has a body of evidence", row.dump());
            if (graded && row["grading"]["result"] != row["certainty"]) fail("view: a row's grade is not its certainty", row.dump());
            if (!row["statement"].is_string() || row["statement"].get_ref<const std::string&>().empty())
                fail("view: a row without a statement", row.dump());
            const std::size_t sources = number(row, "sources");
            if (sources > number(row["counts"], "supports") + number(row["counts"], "contradicts"))
                fail("view: more body sources than sources that support or contradict", row.dump());
            // (Not observations: a source observed in one row may be evidence in another, and the claim
            // counts as observations only the sources that are nowhere evidence.)
            for (const char* role : {"supports", "contradicts", "context"})
                if (number(row["counts"], role) > number(c["counts"], role))
                    fail("view: a row counts more sources than its claim", c.dump());
            row_sources += sources;
            largest_sources = std::max(largest_sources, sources);
            links += row["evidence"].size() + row["observations"].size();
        }
        const std::size_t study_count = number(c, "studyCount");
        if (study_count < largest_sources || study_count > row_sources)
            fail("view: the claim's body is not the union of its rows' bodies", c.dump());
        if (c["evidence"].size() != links) fail("view: the claim's links are not every row's", c.dump());
        if (c["certainty"] != rows[0]["certainty"] || c["grading"] != rows[0]["grading"] ||
            c["plainLanguage"] != rows[0]["statement"])
            fail("view: the claim's certainty is not its headline row's", c.dump());
    }
    for (const auto& r : view["references"])
        if (r.contains("checkingNotes") || r.contains("checking_notes")) fail("view: a checking note", r.dump());
}

inline std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A dataset loaded once for the whole run (tests/fixtures/mini.json, data/claims.json): its handle and the
// view's claim ids, in the view's order.
struct LoadedDataset {
    int handle = 0;
    std::vector<std::string> ids;
    Json view;
};

inline LoadedDataset load_fixed(const char* path) {
    std::string text = read_file(path);
    Json answer = Json::parse(benefits::api::load(text), nullptr, false);
    if (answer.is_discarded() || !answer.value("ok", false)) fail("a fixed dataset does not load", path);
    LoadedDataset d;
    d.handle = answer["handle"].get<int>();
    d.view = with_details(std::move(answer["view"]), d.handle);
    check_view(d.view, path);
    for (const auto& c : d.view["claims"]) d.ids.push_back(c["id"].get<std::string>());
    return d;
}

// Runs a query and checks that its ids are distinct claims of the dataset (every claim for {}); false when the
// query is refused. The ids, in the answer's order, go to ids_out.
inline bool query_and_check(int handle, const std::string& q, const std::set<std::string>& claim_ids,
                            std::vector<std::string>* ids_out = nullptr) {
    Json answer = check_answer(benefits::api::query(handle, q), "query");
    if (!answer["ok"].get<bool>()) return false;
    auto ids = answer.find("ids");
    if (ids == answer.end() || !ids->is_array()) fail("query: no ids", q);
    std::set<std::string> seen;
    for (const auto& id : *ids) {
        if (!id.is_string() || !claim_ids.count(id.get<std::string>()) || !seen.insert(id.get<std::string>()).second)
            fail("query: an id that is not a distinct claim of the dataset", q);
        if (ids_out) ids_out->push_back(id.get<std::string>());
    }
    if (q == "{}" && seen.size() != claim_ids.size()) fail("query: {} must return every claim", q);
    return true;
}

// The largest input a target ran, printed when libFuzzer exits (scripts/fuzz.sh reports it).
inline std::size_t& largest_input() {
    static std::size_t bytes = 0;
    return bytes;
}

inline void note_input_size(std::size_t bytes) {
    static bool registered = false;
    if (!registered) {
        registered = true;
        std::atexit([] { std::fprintf(stderr, "fuzz: largest input run: %zu bytes\n", largest_input()); });
    }
    largest_input() = std::max(largest_input(), bytes);
}

}  // namespace fuzz
