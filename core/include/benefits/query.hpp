// Filter, search and sort claims over an index prepared once per dataset.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/grade.hpp"
#include "benefits/load.hpp"
#include "benefits/model.hpp"

namespace benefits {

enum class SortKey { Topic, Certainty, Verdict };

struct Query {
    std::string text;                     // every word must occur (case and accents ignored)
    std::vector<std::string> topics;      // empty: any
    std::vector<Verdict> verdicts;        // empty: any
    std::vector<Certainty> certainties;   // empty: any; the graded certainty
    std::vector<Route> routes;            // empty: any; a route of any counted source
    SortKey sort = SortKey::Topic;
};

// {"text":"…","topic":[…],"verdict":[…],"certainty":[…],"route":[…],"sort":"topic|certainty|verdict"}
Query parse_query(std::string_view json, std::vector<Problem>& problems);

class Index {
public:
    Index(const Dataset& data, const std::vector<Grade>& grades);

    // Indices into data.claims, in the requested order.
    std::vector<std::size_t> run(const Query& query) const;

private:
    struct Entry {
        std::string haystack;      // folded title, brief and summary
        std::vector<std::size_t> sources;  // cited sources (positions in sources_), each once
        std::size_t topic_rank;
        Verdict verdict;
        Certainty certainty;
        std::uint8_t routes;       // bit per Route of counted sources
    };
    std::vector<Entry> entries_;
    std::vector<std::string> sources_;  // folded title and authors of each reference
    std::vector<std::string> topic_ids_;
};

}  // namespace benefits
