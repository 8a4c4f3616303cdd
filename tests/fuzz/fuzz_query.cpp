// libFuzzer target over the query parser and the search: an input is one query, the JSON text the api's query()
// takes ({"text","topic","verdict","certainty","route","sort"}), run over two datasets loaded once
// (tests/fixtures/mini.json and data/claims.json). Inputs go up to the query size limit (64 KiB) and a little
// over it (scripts/fuzz.sh sets -max_len); the custom mutator grows arrays of names to thousands of items.
//
// Besides crashes, sanitizer reports, leaks and hangs, the target aborts when:
// - api::query, api::query_positions and parse_query disagree on whether the query is refused, a refusal's
//   problems do not name their place, or the positions are not the answer's ids in the same order;
// - an accepted query is not a JSON object to nlohmann's parser;
// - an answer holds a claim that its topic, verdict or certainty filter excludes (the headline row's certainty;
//   "none" for a claim whose headline row has none), or (with no text or route
//   filter) leaves out a claim that the filters allow;
// - the answer is not in the documented order: by the sort key (certainty highest first, verdict in the
//   format's order), then by topic, then in dataset order;
// - dropping the text, a filter, or the sort changes the answer other than widening it (or, for the sort, other
//   than reordering it).
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/api.hpp"
#include "benefits/load.hpp"
#include "benefits/model.hpp"
#include "benefits/query.hpp"
#include "fuzz_checks.hpp"

namespace {

using fuzz::fail;
using fuzz::Json;

struct Dataset {
    fuzz::LoadedDataset loaded;
    std::set<std::string> ids;
    std::map<std::string, std::size_t> position;  // of each claim in the view
};

std::vector<Dataset> g_datasets;

std::size_t rank_of(const std::vector<std::string>& names, const std::string& name) {
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

// Names in the order the sort uses: certainty highest first and "none" (no certainty) last, verdicts in the
// enum's (the format's) order.
const std::vector<std::string>& certainty_order() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (int c = 3; c >= 0; --c) out.emplace_back(benefits::to_string(static_cast<benefits::Certainty>(c)));
        out.emplace_back("none");
        return out;
    }();
    return names;
}

const std::vector<std::string>& verdict_order() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (int v = 0; v <= static_cast<int>(benefits::Verdict::Contradicted); ++v)
            out.emplace_back(benefits::to_string(static_cast<benefits::Verdict>(v)));
        return out;
    }();
    return names;
}

// The claim's headline certainty as the query names it: "none" when it has none (null in the view).
std::string certainty_of(const Json& claim) {
    return claim["certainty"].is_null() ? "none" : claim["certainty"].get<std::string>();
}

bool allows(const Json& query, const char* key, const std::string& value) {
    auto it = query.find(key);
    if (it == query.end() || !it->is_array() || it->empty()) return true;
    return std::any_of(it->begin(), it->end(), [&](const Json& v) { return v.is_string() && v == value; });
}

// The answer's claims pass the topic, verdict and certainty filters, and are in the documented order; with no
// text and no route filter, every claim that passes is there.
void check_filters_and_order(const Dataset& d, const Json& query, const std::vector<std::string>& ids,
                             std::string_view input) {
    const Json& view = d.loaded.view;
    std::vector<std::string> topics;
    for (const auto& t : view["topics"]) topics.push_back(t["id"].get<std::string>());
    const std::string sort = query.contains("sort") && query["sort"].is_string() ? query["sort"].get<std::string>()
                                                                                   : "topic";
    auto key = [&](const Json& claim) {
        std::size_t primary = 0;
        if (sort == "certainty") primary = rank_of(certainty_order(), certainty_of(claim));
        if (sort == "verdict") primary = rank_of(verdict_order(), claim["verdict"].get<std::string>());
        return std::make_tuple(primary, rank_of(topics, claim["topic"].get<std::string>()),
                               d.position.at(claim["id"].get<std::string>()));
    };
    const Json* previous = nullptr;
    std::set<std::string> answered(ids.begin(), ids.end());
    for (const auto& id : ids) {
        const Json& claim = view["claims"][d.position.at(id)];
        if (!allows(query, "topic", claim["topic"].get<std::string>()) ||
            !allows(query, "verdict", claim["verdict"].get<std::string>()) ||
            !allows(query, "certainty", certainty_of(claim)))
            fail("query: a claim that its filters exclude", std::string(input) + "\nclaim: " + id);
        if (previous && !(key(*previous) < key(claim))) fail("query: claims out of order", std::string(input) + "\nat: " + id);
        previous = &claim;
    }
    const bool no_text = !query.contains("text") || query["text"] == "";
    const bool no_route = !query.contains("route") || query["route"].empty();
    if (!no_text || !no_route) return;
    for (const auto& claim : view["claims"]) {
        if (allows(query, "topic", claim["topic"].get<std::string>()) &&
            allows(query, "verdict", claim["verdict"].get<std::string>()) &&
            allows(query, "certainty", certainty_of(claim)) &&
            !answered.count(claim["id"].get<std::string>()))
            fail("query: a claim that its filters allow is missing", std::string(input) + "\nclaim: " + claim["id"].dump());
    }
}

std::set<std::string> answer_set(const Dataset& d, const std::string& query, std::string_view input) {
    std::vector<std::string> ids;
    if (!fuzz::query_and_check(d.loaded.handle, query, d.ids, &ids))
        fail("query: refused once a member was dropped", std::string(input) + "\nnow: " + query);
    return {ids.begin(), ids.end()};
}

// Dropping a member of an accepted query only widens its answer (the sort: the same claims).
void check_relaxations(const Dataset& d, const Json& query, const std::vector<std::string>& ids,
                       std::string_view input) {
    const std::set<std::string> answered(ids.begin(), ids.end());
    for (const auto& [key, value] : query.items()) {
        Json relaxed = query;
        relaxed.erase(key);
        const std::set<std::string> wider = answer_set(d, relaxed.dump(), input);
        if (key == "sort" ? wider != answered : !std::includes(wider.begin(), wider.end(), answered.begin(), answered.end()))
            fail("query: dropping a member narrowed or changed the answer", std::string(input) + "\ndropped: " + key);
    }
}

void check_query(const Dataset& d, const std::string& input) {
    std::vector<std::string> ids;
    const bool accepted = fuzz::query_and_check(d.loaded.handle, input, d.ids, &ids);

    std::vector<std::uint32_t> positions;
    const std::string refused = benefits::api::query_positions(d.loaded.handle, input, positions);
    if (refused.empty() != accepted) fail("query_positions and query disagree on whether the query is refused", input);
    if (accepted) {
        if (positions.size() != ids.size()) fail("query_positions: another number of claims than query", input);
        for (std::size_t k = 0; k < ids.size(); ++k)
            if (positions[k] >= d.loaded.ids.size() || d.loaded.ids[positions[k]] != ids[k])
                fail("query_positions: not the positions of query's ids", input);
    } else if (refused != benefits::api::query(d.loaded.handle, input)) {
        fail("query_positions and query refuse with other problems", input);
    }

    std::vector<benefits::Problem> problems;
    (void)benefits::parse_query(input, problems);
    if (problems.empty() != accepted) fail("parse_query and api::query disagree on whether the query is refused", input);
    for (const auto& p : problems)
        if (p.path.empty() || p.message.empty()) fail("parse_query: a problem without a path or message", input);
    if (!accepted) return;

    const Json query = Json::parse(input, nullptr, /*allow_exceptions=*/false);
    if (query.is_discarded() || !query.is_object()) fail("query: accepted, but not a JSON object to nlohmann", input);
    check_filters_and_order(d, query, ids, input);
    check_relaxations(d, query, ids, input);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    for (const char* path : {BENEFITS_FIXTURES_DIR "/mini.json", BENEFITS_DATA_DIR "/claims.json"}) {
        Dataset d;
        d.loaded = fuzz::load_fixed(path);
        for (std::size_t k = 0; k < d.loaded.ids.size(); ++k) d.position[d.loaded.ids[k]] = k;
        d.ids.insert(d.loaded.ids.begin(), d.loaded.ids.end());
        g_datasets.push_back(std::move(d));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    fuzz::note_input_size(size);
    const std::string input(reinterpret_cast<const char*>(bytes), size);
    for (const Dataset& d : g_datasets) check_query(d, input);
    // A handle that is not open: refused with its place, whatever the query.
    if (fuzz::check_answer(benefits::api::query(-1, input), "query")["ok"].get<bool>())
        fail("query: answered on a handle that was never opened", input);
    return 0;
}
