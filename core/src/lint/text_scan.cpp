#include "text_scan.hpp"

#include <algorithm>
#include <array>

#include "benefits/text_normalize.hpp"

namespace benefits::lint_detail {
namespace {

bool is_letter(char c) { return c >= 'a' && c <= 'z'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// A '.' ends a clause or sentence when a space, quote, bracket or the end follows: not a decimal point.
bool is_full_stop(const std::string& text, std::size_t i) {
    return text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '"' ||
                              text[i + 1] == '\'' || text[i + 1] == ')');
}

bool is_clause_mark(const std::string& text, std::size_t i) {
    char c = text[i];
    return c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' || is_full_stop(text, i);
}

bool is_sentence_mark(const std::string& text, std::size_t i) {
    char c = text[i];
    return c == ';' || c == '!' || c == '?' || is_full_stop(text, i);
}

constexpr std::array<std::string_view, 6> kClauseWords = {"but", "while", "whereas", "although", "however",
                                                          "though"};
constexpr std::array<std::string_view, 12> kNegations = {"no",      "not",    "never",   "none",
                                                         "nothing", "neither", "nor",    "without",
                                                         "cannot",  "nobody", "no one", "n't"};
// "nothing beats", "no other", "no less": comparisons that boast rather than deny.
constexpr std::array<std::string_view, 9> kBoasts = {"other", "beats", "beat", "compares", "else", "better",
                                                     "less", "match", "matches"};

std::vector<Span> quoted_spans(const std::string& t) {
    std::vector<Span> spans;
    std::size_t open_double = std::string::npos, open_single = std::string::npos;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '"') {
            if (open_double == std::string::npos) open_double = i;
            else spans.push_back({open_double, i + 1}), open_double = std::string::npos;
        } else if (t[i] == '\'') {
            bool before_word = i > 0 && is_word_char(t[i - 1]);
            bool after_word = i + 1 < t.size() && is_word_char(t[i + 1]);
            if (open_single == std::string::npos) {
                if (!before_word && after_word) open_single = i;
            } else if (!after_word && i > 0 && !is_space(t[i - 1])) {
                spans.push_back({open_single, i + 1});
                open_single = std::string::npos;
            }
        }
    }
    // Single and double quotation marks may nest: keep the spans in order of their start.
    std::sort(spans.begin(), spans.end(), SpanOrder{});
    return spans;
}

}  // namespace

bool is_word_char(char c) { return is_letter(c) || (c >= '0' && c <= '9'); }

bool any_within(const std::vector<Span>& sorted, std::size_t from, std::size_t to) {
    auto it = std::lower_bound(sorted.begin(), sorted.end(), from, [](Span s, std::size_t v) { return s.begin < v; });
    for (; it != sorted.end() && it->begin < to; ++it)
        if (it->end <= to) return true;
    return false;
}

ScanText::ScanText(std::string_view original) {
    std::string folded = fold_for_search(original);
    text_.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        char c = folded[i];
        bool joins_letters = c == '-' && !text_.empty() && is_letter(text_.back()) && i + 1 < folded.size() &&
                             is_letter(folded[i + 1]);
        if (is_space(c) || joins_letters) {
            if (!text_.empty() && text_.back() != ' ') text_ += ' ';
            continue;
        }
        text_ += c;
    }
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();

    quotes_ = quoted_spans(text_);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (is_clause_mark(text_, i)) clause_breaks_.push_back({i, i + 1});
        if (is_sentence_mark(text_, i)) sentence_breaks_.push_back(i);
    }
    for (Span s : find_any(kClauseWords)) clause_breaks_.push_back(s);
    std::sort(clause_breaks_.begin(), clause_breaks_.end(), SpanOrder{});
    for (Span s : find_any(kNegations)) {
        std::string_view next = word_after(s.end);
        if (std::find(kBoasts.begin(), kBoasts.end(), next) == kBoasts.end()) negations_.push_back(s);
    }
}

std::vector<Span> ScanText::find(std::string_view phrase) const {
    std::vector<Span> out;
    if (phrase.empty()) return out;
    // "n't" is glued to its verb ("doesn't"), so only its end needs a word boundary.
    bool word_start = is_word_char(phrase.front()) && phrase.substr(0, 2) != "n'";
    bool word_end = is_word_char(phrase.back());
    for (std::size_t at = text_.find(phrase); at != std::string::npos; at = text_.find(phrase, at + 1)) {
        std::size_t end = at + phrase.size();
        bool digit_start = phrase.front() >= '0' && phrase.front() <= '9';
        if (word_start && at > 0 && (is_word_char(text_[at - 1]) || (digit_start && text_[at - 1] == '.'))) continue;
        if (word_end && end < text_.size() && is_word_char(text_[end])) continue;
        out.push_back({at, end});
    }
    return out;
}

std::vector<Span> ScanText::find_any(std::span<const std::string_view> phrases) const {
    std::vector<Span> out;
    for (auto phrase : phrases)
        for (Span s : find(phrase)) out.push_back(s);
    std::sort(out.begin(), out.end(), SpanOrder{});
    return out;
}

std::vector<Span> ScanText::find_any(std::initializer_list<std::string_view> phrases) const {
    return find_any(std::span<const std::string_view>(phrases.begin(), phrases.size()));
}

Span ScanText::clause(std::size_t pos) const {
    // The last break that ends at or before pos, and the first that starts after it.
    auto after = std::upper_bound(clause_breaks_.begin(), clause_breaks_.end(), pos,
                                  [](std::size_t v, Span s) { return v < s.begin; });
    std::size_t begin = 0;
    for (auto it = after; it != clause_breaks_.begin();) {
        --it;
        if (it->end <= pos) {
            begin = it->end;
            break;
        }
    }
    std::size_t end = after == clause_breaks_.end() ? text_.size() : after->begin;
    return {begin, end};
}

Span ScanText::sentence(std::size_t pos) const {
    auto after = std::lower_bound(sentence_breaks_.begin(), sentence_breaks_.end(), pos);
    std::size_t begin = after == sentence_breaks_.begin() ? 0 : *std::prev(after) + 1;
    std::size_t end = after == sentence_breaks_.end() ? text_.size() : *after;
    return {begin, end};
}

bool ScanText::clause_has_before(std::size_t pos, const std::vector<Span>& spans) const {
    return any_within(spans, clause(pos).begin, pos);
}

bool ScanText::negated(std::size_t pos) const { return clause_has_before(pos, negations_); }

bool ScanText::quoted(std::size_t pos) const {
    // Quotations are disjoint or nested (rarely more than two deep): look at the last few that open before pos.
    auto it = std::upper_bound(quotes_.begin(), quotes_.end(), pos, [](std::size_t v, Span s) { return v < s.begin; });
    for (int k = 0; k < 3 && it != quotes_.begin(); ++k) {
        --it;
        if (pos > it->begin && pos < it->end) return true;
    }
    return false;
}

std::string_view ScanText::word_before(std::size_t pos) const {
    std::size_t end = pos;
    while (end > 0 && text_[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && is_word_char(text_[begin - 1])) --begin;
    return std::string_view(text_).substr(begin, end - begin);
}

std::string_view ScanText::word_after(std::size_t pos) const {
    std::size_t begin = pos;
    while (begin < text_.size() && text_[begin] == ' ') ++begin;
    std::size_t end = begin;
    while (end < text_.size() && is_word_char(text_[end])) ++end;
    return std::string_view(text_).substr(begin, end - begin);
}

bool ScanText::words_between_at_most(std::size_t from, std::size_t to, std::size_t limit) const {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = from; i < to && i < text_.size(); ++i) {
        bool word = is_word_char(text_[i]);
        if (word && !in_word && ++words > limit) return false;
        in_word = word;
    }
    return true;
}

std::vector<Span> find_asserted(const ScanText& text, std::span<const std::string_view> phrases, bool skip_quoted) {
    std::vector<Span> out;
    std::size_t covered = 0;
    for (Span s : text.find_any(phrases)) {
        if (s.begin < covered) continue;  // inside a longer match
        covered = s.end;
        if (text.negated(s.begin) || (skip_quoted && text.quoted(s.begin))) continue;
        out.push_back(s);
    }
    return out;
}

}  // namespace benefits::lint_detail
