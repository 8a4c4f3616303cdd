#include "figures.hpp"

#include <cmath>

namespace benefits::lint_detail {
namespace {

double power_of_ten(int exponent) {
    double p = 1;
    while (exponent-- > 0) p *= 10;
    return p;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return c >= 'a' && c <= 'z'; }

// Digits at text[i..]: appends to value and returns the index after them.
std::size_t read_digits(std::string_view text, std::size_t i, double& value, int* count = nullptr) {
    for (; i < text.size() && is_digit(text[i]); ++i) {
        value = value * 10 + (text[i] - '0');
        if (count) ++*count;
    }
    return i;
}

// "1,000" but not "15, 30" or "1,2": a comma followed by exactly three digits.
bool thousands_group_at(std::string_view text, std::size_t i) {
    return i + 3 < text.size() && text[i] == ',' && is_digit(text[i + 1]) && is_digit(text[i + 2]) &&
           is_digit(text[i + 3]) && (i + 4 == text.size() || !is_digit(text[i + 4]));
}

// A number glued to a name: "mah2021", "b12", "phq-9", "dass-42".
bool part_of_name(std::string_view text, std::size_t start) {
    if (start == 0) return false;
    char before = text[start - 1];
    if (is_letter(before) || before == '_') return true;
    return before == '-' && start >= 2 && is_letter(text[start - 2]);
}

bool percent_follows(std::string_view text, std::size_t end) {
    if (end < text.size() && text[end] == '%') return true;
    std::string_view rest = text.substr(end);
    return rest.substr(0, 8) == " percent" && (rest.size() == 8 || !is_letter(rest[8]));
}

}  // namespace

std::vector<Figure> figures_in(std::string_view text) {
    std::vector<Figure> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        std::size_t start = i;
        if (part_of_name(text, start)) {
            while (i < text.size() && (is_digit(text[i]) || is_letter(text[i]) || text[i] == '.')) ++i;
            continue;
        }
        Figure f;
        int int_digits = 0;
        i = read_digits(text, i, f.value, &int_digits);
        while (int_digits <= 3 && thousands_group_at(text, i)) i = read_digits(text, i + 1, f.value);
        if (i + 1 < text.size() && text[i] == '.' && is_digit(text[i + 1])) {
            double fraction = 0;
            i = read_digits(text, i + 1, fraction, &f.decimals);
            f.value += fraction / power_of_ten(f.decimals);
        }
        f.percent = percent_follows(text, i);
        f.span = {start, i < text.size() && text[i] == '%' ? i + 1 : i};
        // Skip a unit or ordinal glued to the number ("600mg", "2nd").
        while (i < text.size() && is_letter(text[i])) ++i;
        out.push_back(f);
    }
    // "80-93%": the first end of a percentage range is a percentage too.
    for (std::size_t k = 0; k + 1 < out.size(); ++k) {
        std::string_view between = text.substr(out[k].span.end, out[k + 1].span.begin - out[k].span.end);
        if (out[k + 1].percent && (between == "-" || between == " to " || between == " - ")) out[k].percent = true;
    }
    return out;
}

std::string figure_text(std::string_view text, const Figure& f) {
    return std::string(text.substr(f.span.begin, f.span.end - f.span.begin));
}

std::size_t range_end(std::string_view text, const std::vector<Figure>& figures, std::size_t k) {
    bool joined = k + 1 < figures.size() && figures[k + 1].span.begin == figures[k].span.end + 1 &&
                  text[figures[k].span.end] == '-';
    return joined ? k + 1 : k;
}

bool is_denominator(const ScanText& text, const std::vector<Figure>& figures, std::size_t k) {
    const Figure& f = figures[k];
    if (f.percent || f.decimals || !(f.value == 100 || f.value == 1000 || f.value == 10000)) return false;
    std::string_view before = text.word_before(f.span.begin);
    if (before == "every" || before == "per") return true;
    std::size_t before_at = static_cast<std::size_t>(before.data() - text.str().data());
    std::string_view earlier = text.word_before(before_at);
    if (before == "of" && earlier == "out") return true;
    // "12 in 100": a count right before.
    return (before == "in" || before == "of") && k > 0 && figures[k - 1].span.end + 1 == before_at;
}

bool is_confidence_level(const ScanText& text, const Figure& f) {
    std::string_view next = text.word_after(f.span.end);
    return f.percent && (next == "ci" || next == "confidence" || next == "credible");
}

bool rounds_to(double source, const Figure& stated) {
    double half_step = 0.5 / power_of_ten(stated.decimals);
    return std::fabs(std::fabs(source) - stated.value) <= half_step + 1e-9;
}

}  // namespace benefits::lint_detail
