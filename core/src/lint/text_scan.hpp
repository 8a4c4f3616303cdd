// Text prepared for whole-word matching, with the clause, sentence and quotation around a match.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "families.hpp"

namespace benefits::lint_detail {

struct Span {
    std::size_t begin = 0, end = 0;
};

// Earlier first; at the same start, the longer first.
struct SpanOrder {
    bool operator()(Span a, Span b) const { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; }
};

// Letters and digits; every other byte (punctuation, white space, non-ASCII) separates words.
bool is_word_char(char c);

// Whether a span of sorted (SpanOrder) lies inside [from, to).
bool any_within(const std::vector<Span>& sorted, std::size_t from, std::size_t to);

class ScanText {
public:
    // Folded as search folds it (benefits/text_normalize.hpp: lower case, accents, invisible characters and
    // look-alike letters removed, typographic quotes made plain), then hyphens between letters and runs of
    // white space turned into single spaces: "No Side-Effects" -> "no side effects".
    // The scanner's words (negations, clause words, report frames…) and the decimal mark come from the
    // language's tables (families.hpp).
    explicit ScanText(std::string_view original, const Language& language = tables_en());

    const Language& language() const { return *language_; }

    const std::string& str() const { return text_; }
    std::string_view slice(Span s) const { return std::string_view(text_).substr(s.begin, s.end - s.begin); }

    // Whole-word occurrences of a phrase written in lower case ASCII, in order.
    std::vector<Span> find(std::string_view phrase) const;
    // Occurrences of any of the phrases, in SpanOrder.
    std::vector<Span> find_any(std::span<const std::string_view> phrases) const;
    std::vector<Span> find_any(std::initializer_list<std::string_view> phrases) const;

    // The clause that holds pos: bounded by . ; : ! ? ( ) and by but, while, whereas, although, however.
    Span clause(std::size_t pos) const;
    // The sentence that holds pos: bounded by . ! ? ;
    Span sentence(std::size_t pos) const;

    // A negation (no, not, never, without, n't …) earlier in pos's clause.
    bool negated(std::size_t pos) const;
    // Any of the spans (in SpanOrder, e.g. from find_any) earlier in pos's clause.
    bool clause_has_before(std::size_t pos, const std::vector<Span>& spans) const;
    // Inside "double" or 'single' quotation marks.
    bool quoted(std::size_t pos) const;
    // The sentence (to . ! or ?) that holds pos.
    Span full_sentence(std::size_t pos) const;
    // The words at [pos, end) are reported to be denied: a question answered "no", a sentence that reports a
    // claim ("claims that …", "evidence that …", "headlines call …") and denies it ("… are not supported"), an
    // open question ("whether …"), or quoted words followed by a denial.
    bool denied(std::size_t pos, std::size_t end) const;
    // Quotations attributed to a person: followed by "says", "said", a dash (and a name) or a star rating.
    std::vector<Span> attributed_quotes() const;
    // "to prevent a fall in blood pressure": care taken against a harm.
    bool guards_against_harm(Span s) const;

    // The word that ends right before pos (skipping spaces), or "".
    std::string_view word_before(std::size_t pos) const;
    // The word that starts right after pos (skipping spaces), or "".
    std::string_view word_after(std::size_t pos) const;
    // Whether at most limit words lie between two positions.
    bool words_between_at_most(std::size_t from, std::size_t to, std::size_t limit) const;

private:
    const Language* language_;
    std::string text_;
    std::vector<Span> quotes_;          // in order
    std::vector<Span> clause_breaks_;   // in order
    std::vector<std::size_t> sentence_breaks_;
    std::vector<Span> negations_;       // in SpanOrder
    std::vector<Span> scope_breaks_;    // where a negation's scope ends, in SpanOrder
    std::vector<Span> frames_, denials_, guarded_, mention_frames_, whethers_;  // in SpanOrder
};

// Occurrences of any phrase stated as an assertion: overlapping matches keep the longest ("clinically
// proven" over "proven"); a match negated earlier in its clause (the negation's scope ends at a comma or "and"
// that starts another statement, and at a dash), denied (ScanText::denied), guarding against a harm, or (when
// skip_quoted) inside quotation marks, is left out.
std::vector<Span> find_asserted(const ScanText& text, std::span<const std::string_view> phrases, bool skip_quoted);

}  // namespace benefits::lint_detail
