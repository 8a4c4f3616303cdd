// Filter, search and sort claims over an index prepared once per dataset.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/load.hpp"
#include "benefits/model.hpp"

namespace benefits {

struct ClaimResult;  // session.hpp, which includes this header

enum class SortKey { Topic, Certainty, Verdict };

struct Query {
    std::string text;                     // every word must occur (case and accents ignored)
    std::vector<std::string> topics;      // empty: any
    std::vector<Verdict> verdicts;        // empty: any
    // empty: any. The certainty of the claim's headline row (its first); nullopt ("none" in the JSON): the
    // headline row has no certainty (no studies, or only uncontrolled observations).
    std::vector<std::optional<Certainty>> certainties;
    std::vector<Route> routes;            // empty: any; a route of any source in a row's body of evidence
    SortKey sort = SortKey::Topic;
};

// {"text":"…","topic":[…],"verdict":[…],"certainty":[…],"route":[…],"sort":"topic|certainty|verdict"};
// certainty names are high|moderate|low|very-low|none.
Query parse_query(std::string_view json, std::vector<Problem>& problems);

class Index {
public:
    // results: one per claim, as the Session computes them (counted evidence and grades per row).
    Index(const Dataset& data, const std::vector<ClaimResult>& results);

    // Indices into data.claims, in the requested order.
    std::vector<std::size_t> run(const Query& query) const;

private:
    // One entry per claim, stored column by column in a few flat arrays (no allocation per claim).
    // The words of the claims' folded title, brief and summary and of their rows' intervention, comparator
    // and outcome (split where a query is split: space, tab,
    // CR, LF). A query word, which holds none of those, occurs in a text exactly when it occurs inside one of
    // its words: so each word is looked for once per query in the list of distinct words, and each claim is
    // checked against its own word numbers, not its text.
    std::string vocabulary_;                     // the distinct words, each followed by '\n'
    std::vector<std::size_t> word_start_;        // word k is vocabulary_[word_start_[k], word_start_[k + 1] - 1)
    std::vector<std::uint32_t> words_;           // the distinct word numbers of each claim
    std::vector<std::size_t> words_start_;       // claim i has words_[words_start_[i], words_start_[i + 1])
    std::vector<std::uint64_t> signature_;       // per claim: bit (number % 64) of each of its words; a query word
                                                 // whose matching words share no bit with it is not in the claim
    std::vector<std::size_t> cited_;             // the sources each claim's rows cite, evidence and observations
                                                 // (positions in sources_), each once
    std::vector<std::size_t> cited_start_;       // claim i cites cited_[cited_start_[i], cited_start_[i + 1])
    std::vector<std::size_t> topic_rank_;        // position of the claim's topic in the dataset's topics
    std::vector<Verdict> verdict_;
    std::vector<std::uint8_t> certainty_;        // the headline row's Certainty; 4: none
    std::vector<std::uint8_t> routes_;           // bit per Route of the rows' body sources
    std::vector<std::string> sources_;           // folded title and authors of each reference
    std::vector<std::string> topic_ids_;
};

}  // namespace benefits
