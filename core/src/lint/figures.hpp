// Numbers in prose: "80-93%" is 80 and 93, "41.6" keeps its decimal, "PHQ-9" and "mah2021" are names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text_scan.hpp"

namespace benefits::lint_detail {

struct Figure {
    double value = 0;    // without sign
    int decimals = 0;    // digits after the decimal point, as written
    Span span;           // the digits (and a % sign), in the scanned text
    bool percent = false;  // followed by % or "percent", or the first end of a percentage range
};

// Numbers in text already folded (ScanText::str() or fold_for_search). decimal_comma: "0,54" is 0.54 and
// "1.000" a thousand, as Spanish writes them (Language::decimal_comma).
std::vector<Figure> figures_in(std::string_view text, bool decimal_comma = false);

// The figure as written, e.g. "41.6%".
std::string figure_text(std::string_view text, const Figure& f);

// The index of the last figure of a range that starts at figures[k] ("80-93%": the 93), or k.
std::size_t range_end(std::string_view text, const std::vector<Figure>& figures, std::size_t k);

// Whether figures[k] is the denominator of a natural frequency: "7 in every 100", "per 1,000", "out of 100".
bool is_denominator(const ScanText& text, const std::vector<Figure>& figures, std::size_t k);

// Whether figures[k] is the level of an interval ("95% CI"), which states no result.
bool is_confidence_level(const ScanText& text, const Figure& figure);

// Whether a source's number, rounded as the figure is written, gives the figure: 17.36 gives "17".
bool rounds_to(double source, const Figure& stated);

}  // namespace benefits::lint_detail
