#include "benefits/query.hpp"

#include <algorithm>

#include "benefits/text_normalize.hpp"
#include "json_fwd.hpp"
#include "json_reader.hpp"
#include "limits_scan.hpp"

namespace benefits {
namespace {

std::uint8_t bit(Route r) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(r)); }

template <typename T>
bool allowed(const std::vector<T>& wanted, const T& value) {
    return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

}  // namespace

Query parse_query(std::string_view text, std::vector<Problem>& problems) {
    Query q;
    Limits limits;
    if (text.size() > limits.max_query) {
        problems.push_back({"(query)", "the query is " + std::to_string(text.size()) + " bytes; the limit is " +
                                           std::to_string(limits.max_query)});
        return q;
    }
    if (auto problem = scan_limits(text, limits)) {
        problems.push_back({problem->path == "(root)" ? "(query)" : problem->path, problem->message});
        return q;
    }
    Json doc = Json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
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
    names("certainty", parse_certainty, certainty_names, q.certainties);
    names("route", parse_route, route_names, q.routes);
    std::string sort = r.opt_string(doc, "sort").value_or("topic");
    if (sort == "topic") q.sort = SortKey::Topic;
    else if (sort == "certainty") q.sort = SortKey::Certainty;
    else if (sort == "verdict") q.sort = SortKey::Verdict;
    else r.problem("sort", "expected one of topic|certainty|verdict, got \"" + sort + "\"");
    return q;
}

Index::Index(const Dataset& data, const std::vector<Grade>& grades) {
    // Each source's title and authors are folded once and shared by the claims that cite it: copying them
    // into every claim's text would let a file of a few megabytes grow to gigabytes.
    sources_.reserve(data.references.size());
    for (const auto& ref : data.references)
        sources_.push_back(fold_for_search(ref.title + '\n' + ref.authors.value_or("")));
    entries_.reserve(data.claims.size());
    for (std::size_t i = 0; i < data.claims.size(); ++i) {
        const Claim& c = data.claims[i];
        Entry e;
        e.haystack = fold_for_search(c.title + '\n' + c.brief + '\n' + c.summary);
        e.routes = 0;
        for (const auto& link : c.evidence) {
            const Reference* ref = data.find_reference(link.ref);
            if (!ref) continue;
            e.sources.push_back(static_cast<std::size_t>(ref - data.references.data()));
            if (ref->route && counts_for_grading(link, *ref)) e.routes |= bit(*ref->route);
        }
        std::sort(e.sources.begin(), e.sources.end());
        e.sources.erase(std::unique(e.sources.begin(), e.sources.end()), e.sources.end());
        const Topic* topic = data.find_topic(c.topic);
        e.topic_rank = topic ? static_cast<std::size_t>(topic - data.topics.data()) : data.topics.size();
        e.verdict = c.verdict;
        e.certainty = i < grades.size() ? grades[i].result : Certainty::VeryLow;
        entries_.push_back(std::move(e));
    }
    topic_ids_.reserve(data.topics.size());
    for (const auto& t : data.topics) topic_ids_.push_back(t.id);
}

std::vector<std::size_t> Index::run(const Query& q) const {
    std::vector<std::string> words = search_words(q.text);
    std::vector<std::size_t> topic_ranks;
    for (const auto& id : q.topics) {
        auto it = std::find(topic_ids_.begin(), topic_ids_.end(), id);
        topic_ranks.push_back(it == topic_ids_.end() ? topic_ids_.size() + 1
                                                     : static_cast<std::size_t>(it - topic_ids_.begin()));
    }
    std::uint8_t route_mask = 0;
    for (Route r : q.routes) route_mask |= bit(r);

    std::vector<std::size_t> hits;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const Entry& e = entries_[i];
        if (!allowed(topic_ranks, e.topic_rank) || !allowed(q.verdicts, e.verdict) ||
            !allowed(q.certainties, e.certainty))
            continue;
        if (route_mask && !(e.routes & route_mask)) continue;
        bool all_words = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
            return e.haystack.find(w) != std::string::npos ||
                   std::any_of(e.sources.begin(), e.sources.end(),
                               [&](std::size_t s) { return sources_[s].find(w) != std::string::npos; });
        });
        if (all_words) hits.push_back(i);
    }

    auto key = [&](std::size_t i) -> int {
        const Entry& e = entries_[i];
        switch (q.sort) {
            case SortKey::Certainty: return -static_cast<int>(e.certainty);
            case SortKey::Verdict: return static_cast<int>(e.verdict);
            default: return 0;
        }
    };
    std::stable_sort(hits.begin(), hits.end(), [&](std::size_t a, std::size_t b) {
        int ka = key(a), kb = key(b);
        if (ka != kb) return ka < kb;
        return entries_[a].topic_rank < entries_[b].topic_rank;
    });
    return hits;
}

}  // namespace benefits
