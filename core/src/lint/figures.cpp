#include "figures.hpp"

#include <algorithm>
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

// "1,000" but not "15, 30" or "1,2": a comma (a point where the decimal mark is a comma: "1.000") followed by
// exactly three digits.
bool thousands_group_at(std::string_view text, std::size_t i, char separator) {
    return i + 3 < text.size() && text[i] == separator && is_digit(text[i + 1]) && is_digit(text[i + 2]) &&
           is_digit(text[i + 3]) && (i + 4 == text.size() || !is_digit(text[i + 4]));
}

// A number glued to a name: "mah2021", "b12", "phq-9", "dass-42".
bool part_of_name(std::string_view text, std::size_t start) {
    if (start == 0) return false;
    char before = text[start - 1];
    if (is_letter(before) || before == '_') return true;
    return before == '-' && start >= 2 && is_letter(text[start - 2]);
}

// "80%", "80 %" (Spanish and French typography), "80 percent", "80 por ciento".
bool percent_follows(std::string_view text, std::size_t end) {
    if (end < text.size() && text[end] == '%') return true;
    std::string_view rest = text.substr(end);
    if (rest.substr(0, 2) == " %") return true;
    for (std::string_view word : {std::string_view(" percent"), std::string_view(" por ciento")})
        if (rest.substr(0, word.size()) == word && (rest.size() == word.size() || !is_letter(rest[word.size()])))
            return true;
    return false;
}

}  // namespace

std::vector<Figure> figures_in(std::string_view text, bool decimal_comma) {
    const char decimal = decimal_comma ? ',' : '.';
    const char thousands = decimal_comma ? '.' : ',';
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
        // "0.002" is never a thousands group, whatever the decimal mark.
        const bool leading_zero = text[start] == '0';
        while (int_digits <= 3 && !leading_zero && thousands_group_at(text, i, thousands)) i = read_digits(text, i + 1, f.value);
        if (i + 1 < text.size() && text[i] == decimal && is_digit(text[i + 1])) {
            double fraction = 0;
            i = read_digits(text, i + 1, fraction, &f.decimals);
            f.value += fraction / power_of_ten(f.decimals);
        }
        f.percent = percent_follows(text, i);
        f.span = {start, i < text.size() && text[i] == '%' ? i + 1
                         : i + 1 < text.size() && text[i] == ' ' && text[i + 1] == '%' ? i + 2
                                                                                       : i};
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
    const Language& lang = text.language();
    auto in = [](Words words, std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); };
    std::string_view before = text.word_before(f.span.begin);
    if (in(lang.denominator_words, before)) return true;  // "in every 100", "per 1,000", "de cada 100"
    std::size_t before_at = static_cast<std::size_t>(before.data() - text.str().data());
    std::string_view earlier = text.word_before(before_at);
    if (before == "of" && earlier == "out") return true;
    // "12 in 100", "12 de 100": a count right before.
    return in(lang.count_links, before) && k > 0 && figures[k - 1].span.end + 1 == before_at;
}

bool is_confidence_level(const ScanText& text, const Figure& f) {
    if (!f.percent) return false;
    Words words = text.language().confidence_words;
    auto in = [&](std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); };
    // "95% CI", "CI 95%", "IC del 95 %".
    std::string_view before = text.word_before(f.span.begin);
    if (in(text.word_after(f.span.end)) || in(before)) return true;
    if (before != "del" && before != "de" && before != "at") return false;
    return in(text.word_before(static_cast<std::size_t>(before.data() - text.str().data())));
}

bool rounds_to(double source, const Figure& stated) {
    double half_step = 0.5 / power_of_ten(stated.decimals);
    return std::fabs(std::fabs(source) - stated.value) <= half_step + 1e-9;
}

}  // namespace benefits::lint_detail
