// Filter, search and sort claims over an index prepared once per dataset.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/counted_evidence.hpp"
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
    // grades and evidence: one per claim, as the Session computes them.
    Index(const Dataset& data, const std::vector<Grade>& grades, const std::vector<CountedEvidence>& evidence);

    // Indices into data.claims, in the requested order.
    std::vector<std::size_t> run(const Query& query) const;

private:
    // One entry per claim, stored column by column in a few flat arrays (no allocation per claim).
    // The words of the claims' folded title, brief and summary (split where a query is split: space, tab,
    // CR, LF). A query word, which holds none of those, occurs in a text exactly when it occurs inside one of
    // its words: so each word is looked for once per query in the list of distinct words, and each claim is
    // checked against its own word numbers, not its text.
    std::string vocabulary_;                     // the distinct words, each followed by '\n'
    std::vector<std::size_t> word_start_;        // word k is vocabulary_[word_start_[k], word_start_[k + 1] - 1)
    std::vector<std::uint32_t> words_;           // the distinct word numbers of each claim
    std::vector<std::size_t> words_start_;       // claim i has words_[words_start_[i], words_start_[i + 1])
    std::vector<std::uint64_t> signature_;       // per claim: bit (number % 64) of each of its words; a query word
                                                 // whose matching words share no bit with it is not in the claim
    std::vector<std::size_t> cited_;             // the sources each claim cites (positions in sources_), each once
    std::vector<std::size_t> cited_start_;       // claim i cites cited_[cited_start_[i], cited_start_[i + 1])
    std::vector<std::size_t> topic_rank_;        // position of the claim's topic in the dataset's topics
    std::vector<Verdict> verdict_;
    std::vector<Certainty> certainty_;           // the graded certainty
    std::vector<std::uint8_t> routes_;           // bit per Route of counted sources
    std::vector<std::string> sources_;           // folded title and authors of each reference
    std::vector<std::string> topic_ids_;
};

}  // namespace benefits
