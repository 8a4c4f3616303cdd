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
    // results: one per claim, as the Session computes them (counted evidence and grades per row). data must
    // outlive the index, at the same address (the Session holds both): the words are read from it on the first
    // query with text.
    Index(const Dataset& data, const std::vector<ClaimResult>& results);

    // Indices into data.claims, in the requested order.
    std::vector<std::size_t> run(const Query& query) const;

private:
    // The words of the claims' folded title, brief and summary and of their rows' intervention, comparator
    // and outcome (split where a query is split: space, tab, CR, LF). A query word, which holds none of those,
    // occurs in a text exactly when it occurs inside one of its words: so each word is looked for once per
    // query in the list of distinct words, and each claim is checked against its own word numbers, not its
    // text. Built on the first query with text, not by the load: folding every text was a good part of the
    // code a page's first load compiled and ran, for a search the visitor may never make.
    struct TextIndex {
        std::string vocabulary;                  // the distinct words, each followed by '\n'
        std::vector<std::size_t> word_start;     // word k is vocabulary[word_start[k], word_start[k + 1] - 1)
        std::vector<std::uint32_t> numbers;      // the distinct word numbers of each claim
        std::vector<std::size_t> numbers_start;  // claim i has numbers[numbers_start[i], numbers_start[i + 1])
        std::vector<std::uint64_t> signature;    // per claim: bit (number % 64) of each of its words; a query
                                                 // word whose matching words share no bit with it is not in it
        std::vector<std::string> sources;        // folded title and authors of each reference
    };
    static TextIndex build_text_index(const Dataset& data);
    const TextIndex& text_index() const;

    // One entry per claim, stored column by column in a few flat arrays (no allocation per claim).
    const Dataset* data_;
    mutable std::optional<TextIndex> text_index_;         // the core is single-threaded: built once, on first use
    std::vector<std::size_t> cited_;             // the sources each claim's rows cite, evidence and observations
                                                 // (positions in data.references), each once
    std::vector<std::size_t> cited_start_;       // claim i cites cited_[cited_start_[i], cited_start_[i + 1])
    std::vector<std::size_t> topic_rank_;        // position of the claim's topic in the dataset's topics
    std::vector<Verdict> verdict_;
    std::vector<std::uint8_t> certainty_;        // the headline row's Certainty; 4: none
    std::vector<std::uint8_t> routes_;           // bit per Route of the rows' body sources
    std::vector<std::string> topic_ids_;
};

}  // namespace benefits
