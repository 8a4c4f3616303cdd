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

bool listed(Words words, std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); }

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

ScanText::ScanText(std::string_view original, const Language& language) : language_(&language) {
    std::string folded = fold_for_search(original);
    text_.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        char c = folded[i];
        // Guillemets (« », as Spanish and French quote) are quotation marks like the others.
        if (c == '\xC2' && i + 1 < folded.size() && (folded[i + 1] == '\xAB' || folded[i + 1] == '\xBB')) {
            text_ += '"';
            ++i;
            continue;
        }
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
    for (Span s : find_any(language.clause_words)) clause_breaks_.push_back(s);
    std::sort(clause_breaks_.begin(), clause_breaks_.end(), SpanOrder{});
    scope_breaks_ = find_any(language.scope_breaks);
    frames_ = find_any(language.report_frames);
    denials_ = find_any(language.denials);
    mention_frames_ = find_any(language.mention_frames);
    whethers_ = find_any(language.whether);
    guarded_ = find_any(language.harms_guarded);
    for (Span s : find_any(language.negations)) {
        std::string_view next = word_after(s.end);
        if (!listed(language.boasts, next)) negations_.push_back(s);
    }
}

std::vector<Span> ScanText::find(std::string_view phrase) const {
    std::vector<Span> out;
    if (phrase.empty()) return out;
    // "kiss ~ goodbye": the head, then the tail after one to three words.
    if (auto gap = phrase.find(" ~ "); gap != std::string_view::npos) {
        constexpr std::size_t kMaxGapWords = 3;
        std::vector<Span> tails = find(phrase.substr(gap + 3));
        for (Span head : find(phrase.substr(0, gap))) {
            for (Span tail : tails) {
                if (tail.begin <= head.end + 1) continue;
                if (!words_between_at_most(head.end, tail.begin, kMaxGapWords)) break;
                bool crosses = false;
                for (std::size_t i = head.end; i < tail.begin; ++i) crosses |= is_clause_mark(text_, i);
                if (!crosses) out.push_back({head.begin, tail.end});
                break;
            }
        }
        return out;
    }
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

bool ScanText::negated(std::size_t pos) const {
    std::size_t begin = clause(pos).begin;
    // The last scope break that ends at or before pos (breaks are short: look back a few from the first that
    // starts after pos), if it lies in the clause.
    auto it = std::upper_bound(scope_breaks_.begin(), scope_breaks_.end(), pos,
                               [](std::size_t v, Span s) { return v < s.begin; });
    for (int k = 0; k < 4 && it != scope_breaks_.begin(); ++k) {
        --it;
        if (it->end <= pos) {
            if (it->begin >= begin) begin = it->end;
            break;
        }
    }
    return any_within(negations_, begin, pos);
}

Span ScanText::full_sentence(std::size_t pos) const {
    auto is_end = [&](std::size_t i) { return text_[i] == '!' || text_[i] == '?' || is_full_stop(text_, i); };
    std::size_t begin = pos;
    while (begin > 0 && !is_end(begin - 1)) --begin;
    std::size_t end = pos;
    while (end < text_.size() && !is_end(end)) ++end;
    return {begin, end};
}

bool ScanText::denied(std::size_t pos, std::size_t end) const {
    Span sentence = full_sentence(pos);
    // A question answered "no" ("Will it cure my hangover? No.") or with a denial ("It has not been shown to").
    if (sentence.end < text_.size() && text_[sentence.end] == '?') {
        if (sentence.end + 1 >= text_.size()) return false;
        Span answer = full_sentence(sentence.end + 1);
        std::size_t first = answer.begin;
        while (first < answer.end && text_[first] == ' ') ++first;
        Span first_clause = clause(first);
        if (any_within(negations_, first_clause.begin, first_clause.end) ||
            any_within(denials_, first, std::min(first_clause.end, first + 4)))
            return true;
        return false;
    }
    // "whether it helps is unknown", "uncertain about whether it helps": an open question, not an assertion.
    // "Whether you are tired or stressed, our drip cures it" asks nothing: "whether" alone opens no question.
    {
        auto it = std::lower_bound(whethers_.begin(), whethers_.end(), sentence.begin,
                                   [](Span s, std::size_t v) { return s.begin < v; });
        for (; it != whethers_.end() && it->end <= pos; ++it) {
            std::string_view before = word_before(it->begin);
            if (listed(language_->open_question_cues, before) ||
                any_within(denials_, end, sentence.end))
                return true;
        }
    }
    if (any_within(frames_, sentence.begin, pos)) {
        // The denial may follow in the same sentence or the next ("…are 100% safe. They are not.").
        std::size_t to = sentence.end;
        if (to + 1 < text_.size()) to = full_sentence(to + 1).end;
        if (any_within(denials_, end, to)) return true;
    }
    // Quoted words followed by a denial, or reported ("the brief says it 'reduces' attacks"), are a mention.
    if (quoted(pos) && (any_within(denials_, end, sentence.end) || any_within(mention_frames_, sentence.begin, pos)))
        return true;
    return false;
}

std::vector<Span> ScanText::attributed_quotes() const {
    std::vector<Span> out;
    for (Span q : quotes_) {
        if (q.end - q.begin < 8) continue;  // a quoted word or two is a mention, not a testimonial
        std::size_t at = q.end;
        while (at < text_.size() && (text_[at] == ' ' || text_[at] == ',')) ++at;
        std::string_view rest = std::string_view(text_).substr(at);
        // "… says Anna", "… said a client", "… - Maria, London", "… ★★★★★".
        std::string_view first = word_after(at);
        bool attributed = (listed(language_->attributions, first) && first.data() == text_.data() + at) ||
                          rest.starts_with("- ") || rest.starts_with("\xE2\x98\x85");
        if (attributed) out.push_back(q);
    }
    return out;
}

bool ScanText::guards_against_harm(Span s) const {
    // The word right before is "to" (or "help to") and a harm follows within four words.
    if (!listed(language_->guard_words, word_before(s.begin))) return false;
    auto it = std::lower_bound(guarded_.begin(), guarded_.end(), s.end,
                               [](Span g, std::size_t v) { return g.begin < v; });
    return it != guarded_.end() && words_between_at_most(s.end, it->begin, 3);
}

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
        if (text.denied(s.begin, s.end) || text.guards_against_harm(s)) continue;
        out.push_back(s);
    }
    return out;
}

}  // namespace benefits::lint_detail
