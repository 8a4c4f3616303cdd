#include "benefits/query.hpp"

#include <algorithm>
#include <unordered_map>

#include "benefits/session.hpp"
#include "benefits/text_normalize.hpp"
#include "json/nlohmann.hpp"
#include "json/reader.hpp"
#include "json/limits_scan.hpp"
#include "json/streaming_parse.hpp"

namespace benefits {
namespace {

// Where a query is split into words (text_normalize.cpp, search_words).
constexpr std::string_view kSeparators = " \t\r\n";

// certainty_ of a claim whose headline row has no certainty: sorted after very low.
constexpr std::uint8_t kNoCertainty = 4;

std::uint8_t certainty_code(std::optional<Certainty> c) {
    return c ? static_cast<std::uint8_t>(*c) : kNoCertainty;
}

std::optional<std::optional<Certainty>> parse_certainty_filter(std::string_view name) {
    if (name == "none") return std::optional<std::optional<Certainty>>{std::in_place};  // present: "no certainty"
    if (auto c = parse_certainty(name)) return std::optional<Certainty>{*c};
    return std::nullopt;
}

std::string certainty_filter_names() { return certainty_names() + "|none"; }

std::uint8_t bit(Route r) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(r)); }

template <typename T>
bool allowed(const std::vector<T>& wanted, const T& value) {
    return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

}  // namespace

Query parse_query(std::string_view text, std::vector<Problem>& problems) {
    Query q;
    Limits limits;
    if (auto problem = query_size_problem(text.size(), limits)) {
        problems.push_back(*problem);
        return q;
    }
    if (auto problem = scan_limits(text, limits)) {
        problems.push_back({problem->path == "(root)" ? "(query)" : problem->path, problem->message});
        return q;
    }
    auto parsed = parse_whole(text, limits);
    const Json& doc = parsed.root;
    if (!parsed.ok || !doc.is_object()) {
        problems.push_back({"(query)", "expected a JSON object"});
        return q;
    }
    JsonReader r(problems, limits);
    r.only_fields(doc, {"text", "topic", "verdict", "certainty", "route", "sort"});
    q.text = r.opt_string(doc, "text").value_or("");
    q.topics = r.opt_string_array(doc, "topic");
    auto names = [&](const char* key, auto parse, auto all_names, auto& out) {
        std::vector<std::string> words = r.opt_string_array(doc, key);
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (auto value = parse(words[i])) out.push_back(*value);
            else r.problem(std::string(key) + "[" + std::to_string(i) + "]",
                           "expected one of " + all_names() + ", got \"" + words[i] + "\"");
        }
    };
    names("verdict", parse_verdict, verdict_names, q.verdicts);
    names("certainty", parse_certainty_filter, certainty_filter_names, q.certainties);
    names("route", parse_route, route_names, q.routes);
    std::string sort = r.opt_string(doc, "sort").value_or("topic");
    if (sort == "topic") q.sort = SortKey::Topic;
    else if (sort == "certainty") q.sort = SortKey::Certainty;
    else if (sort == "verdict") q.sort = SortKey::Verdict;
    else r.problem("sort", "expected one of topic|certainty|verdict, got \"" + sort + "\"");
    return q;
}

Index::TextIndex Index::build_text_index(const Dataset& data) {
    TextIndex w;
    // Each source's title and authors are folded once and shared by the claims that cite it: copying them
    // into every claim's text would let a file of a few megabytes grow to gigabytes.
    w.sources.reserve(data.references.size());
    for (const auto& ref : data.references)
        w.sources.push_back(fold_for_search(ref.title + '\n' + ref.authors.value_or("")));
    const std::size_t n = data.claims.size();
    // Folded texts are kept until every word has a number (the map's keys point into them).
    std::vector<std::string> folded;
    folded.reserve(n);
    for (const auto& c : data.claims) {
        std::string text = c.title + '\n' + c.brief + '\n' + c.summary;
        for (const auto& row : c.outcomes) text += '\n' + row.intervention + '\n' + row.comparator + '\n' + row.outcome;
        folded.push_back(fold_for_search(text));
    }
    std::unordered_map<std::string_view, std::uint32_t> numbers;
    w.numbers_start.reserve(n + 1);
    w.signature.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        w.numbers_start.push_back(w.numbers.size());
        const std::string_view text = folded[i];
        for (std::size_t at = 0; at < text.size();) {
            std::size_t end = text.find_first_of(kSeparators, at);
            if (end == std::string_view::npos) end = text.size();
            if (end > at) {
                auto [it, added] = numbers.try_emplace(text.substr(at, end - at), static_cast<std::uint32_t>(numbers.size()));
                w.numbers.push_back(it->second);
            }
            at = end + 1;
        }
        auto claim_words = w.numbers.begin() + static_cast<std::ptrdiff_t>(w.numbers_start.back());
        std::sort(claim_words, w.numbers.end());
        w.numbers.erase(std::unique(claim_words, w.numbers.end()), w.numbers.end());
        std::uint64_t signature = 0;
        for (auto it = claim_words; it != w.numbers.end(); ++it) signature |= std::uint64_t{1} << (*it % 64);
        w.signature.push_back(signature);
    }
    w.numbers_start.push_back(w.numbers.size());
    w.numbers.shrink_to_fit();
    // The vocabulary in number order.
    std::vector<std::string_view> by_number(numbers.size());
    std::size_t vocabulary_bytes = 0;
    for (const auto& [word, number] : numbers) {
        by_number[number] = word;
        vocabulary_bytes += word.size() + 1;
    }
    w.vocabulary.reserve(vocabulary_bytes);
    w.word_start.reserve(by_number.size() + 1);
    for (auto word : by_number) {
        w.word_start.push_back(w.vocabulary.size());
        w.vocabulary.append(word);
        w.vocabulary += '\n';
    }
    w.word_start.push_back(w.vocabulary.size());
    return w;
}

const Index::TextIndex& Index::text_index() const {
    if (!text_index_) text_index_ = build_text_index(*data_);
    return *text_index_;
}

Index::Index(const Dataset& data, const std::vector<ClaimResult>& results) : data_(&data) {
    const std::size_t n = data.claims.size();
    cited_start_.reserve(n + 1);
    topic_rank_.reserve(n);
    verdict_.reserve(n);
    certainty_.reserve(n);
    routes_.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Claim& c = data.claims[i];
        cited_start_.push_back(cited_.size());
        for (const auto& row : c.outcomes)
            for (const auto* links : {&row.evidence, &row.observations})
                for (const auto& link : *links) {
                    const Reference* ref = data.find_reference(link.ref);
                    if (ref) cited_.push_back(static_cast<std::size_t>(ref - data.references.data()));
                }
        std::uint8_t routes = 0;
        if (i < results.size())
            for (Route r : results[i].evidence.routes) routes |= bit(r);
        auto first = cited_.begin() + static_cast<std::ptrdiff_t>(cited_start_.back());
        std::sort(first, cited_.end());
        cited_.erase(std::unique(first, cited_.end()), cited_.end());
        const Topic* topic = data.find_topic(c.topic);
        topic_rank_.push_back(topic ? static_cast<std::size_t>(topic - data.topics.data()) : data.topics.size());
        verdict_.push_back(c.verdict);
        certainty_.push_back(i < results.size() ? certainty_code(results[i].certainty()) : kNoCertainty);
        routes_.push_back(routes);
    }
    cited_start_.push_back(cited_.size());
    topic_ids_.reserve(data.topics.size());
    for (const auto& t : data.topics) topic_ids_.push_back(t.id);
}

std::vector<std::size_t> Index::run(const Query& q) const {
    std::vector<std::string> words = search_words(q.text);
    std::sort(words.begin(), words.end());  // a word given twice is looked for once
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::vector<std::size_t> topic_ranks;
    for (const auto& id : q.topics) {
        auto it = std::find(topic_ids_.begin(), topic_ids_.end(), id);
        topic_ranks.push_back(it == topic_ids_.end() ? topic_ids_.size() + 1
                                                     : static_cast<std::size_t>(it - topic_ids_.begin()));
    }
    std::uint8_t route_mask = 0;
    for (Route r : q.routes) route_mask |= bit(r);
    std::vector<std::uint8_t> certainties;
    for (auto c : q.certainties) certainties.push_back(certainty_code(c));

    // The claims the filters allow, then narrowed word by word (a query word is looked for once in the
    // vocabulary and once in the sources, not once per claim). One word's tables at a time: memory stays in
    // proportion to the dataset, however many words the query has.
    std::vector<std::size_t> hits;
    const std::size_t n = topic_rank_.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (!allowed(topic_ranks, topic_rank_[i]) || !allowed(q.verdicts, verdict_[i]) ||
            !allowed(certainties, certainty_[i]))
            continue;
        if (route_mask && !(routes_[i] & route_mask)) continue;
        hits.push_back(i);
    }
    std::vector<char> in_word;    // per vocabulary word: it holds the query word
    std::vector<char> in_source;  // per source: its title or authors hold the query word
    for (const std::string& word : words) {
        if (hits.empty()) break;
        const TextIndex& w = text_index();
        in_word.assign(w.word_start.size() - 1, 0);
        std::uint64_t signature = 0;
        for (std::size_t at = w.vocabulary.find(word); at != std::string::npos;) {
            // The word that holds this occurrence (occurrences never cross the '\n' between words).
            auto next = std::upper_bound(w.word_start.begin(), w.word_start.end(), at);
            const auto number = static_cast<std::size_t>(next - w.word_start.begin()) - 1;
            in_word[number] = 1;
            signature |= std::uint64_t{1} << (number % 64);
            at = next == w.word_start.end() ? std::string::npos : w.vocabulary.find(word, *next);
        }
        in_source.assign(w.sources.size(), 0);
        bool any_source = false;
        for (std::size_t s = 0; s < w.sources.size(); ++s)
            any_source |= in_source[s] = w.sources[s].find(word) != std::string::npos;

        // Cited sources first: a claim cites a few, but has tens of words.
        std::size_t kept = 0;
        for (std::size_t i : hits) {
            bool found = false;
            if (any_source)
                for (std::size_t k = cited_start_[i]; k < cited_start_[i + 1] && !found; ++k) found = in_source[cited_[k]];
            if (!found && (w.signature[i] & signature))
                for (std::size_t k = w.numbers_start[i]; k < w.numbers_start[i + 1] && !found; ++k) found = in_word[w.numbers[k]];
            if (found) hits[kept++] = i;
        }
        hits.resize(kept);
    }

    // Ordered by the sort key, then by topic, then in dataset order. Both keys are small whole numbers: a
    // counting sort (stable, linear) unless the topics are so many that its table would be large.
    auto key = [&](std::size_t i) -> std::size_t {
        switch (q.sort) {
            case SortKey::Certainty:  // high first, none last
                return certainty_[i] == kNoCertainty ? 4 : 3 - static_cast<std::size_t>(certainty_[i]);
            case SortKey::Verdict: return static_cast<std::size_t>(verdict_[i]);
            default: return 0;
        }
    };
    const std::size_t ranks = topic_ids_.size() + 1;
    // Keys: certainty 0-4 (none last), verdict 0-5 (six verdicts since contested): six ranks cover both.
    const std::size_t buckets = (q.sort == SortKey::Topic ? 1 : 6) * ranks;
    if (buckets <= hits.size() + 1024) {
        std::vector<std::size_t> count(buckets + 1, 0);
        for (std::size_t i : hits) ++count[key(i) * ranks + topic_rank_[i] + 1];
        for (std::size_t b = 1; b <= buckets; ++b) count[b] += count[b - 1];
        std::vector<std::size_t> sorted(hits.size());
        for (std::size_t i : hits) sorted[count[key(i) * ranks + topic_rank_[i]]++] = i;
        return sorted;
    }
    // Ties broken by position: a plain sort, stable by construction.
    std::sort(hits.begin(), hits.end(), [&](std::size_t a, std::size_t b) {
        std::size_t ka = key(a), kb = key(b);
        if (ka != kb) return ka < kb;
        if (topic_rank_[a] != topic_rank_[b]) return topic_rank_[a] < topic_rank_[b];
        return a < b;
    });
    return hits;
}

}  // namespace benefits
