#include "json/parser.hpp"

#include <cmath>
#include <vector>

#include "json/decimal_to_double.hpp"
#include "unicode/code_points.hpp"

namespace benefits {
namespace {

constexpr std::size_t kMaxNumberInMessage = 100;  // a number may be megabytes long

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The length of the well-formed UTF-8 sequence at text[at] (no overlong forms, no surrogates, nothing above
// U+10FFFF), or 0.
std::size_t utf8_length(std::string_view text, std::size_t at) {
    char32_t ignored;
    return unicode::decode(text, at, ignored);
}

// A code point or byte in hexadecimal, at least four digits: 000A, 201C, 1F600.
std::string hex_code(char32_t value) {
    std::string hex;
    for (char32_t rest = value; rest || hex.size() < 4; rest >>= 4) hex.insert(hex.begin(), "0123456789ABCDEF"[rest & 0xF]);
    return hex;
}

class Parser {
public:
    Parser(std::string_view text, JsonEvents& events) : text_(text), events_(events) {}

    JsonParseOutcome run() {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a byte order mark, as nlohmann allows
        if (parse()) outcome_.ok = true;
        return std::move(outcome_);
    }

private:
    // One value, containers followed without recursion (the stack holds the open ones).
    bool parse() {
        for (;;) {
            skip_space();
            if (!at('{') && !at('[')) {
                if (!scalar()) return false;
            } else {
                const bool array = at('[');
                ++pos_;
                if (!(array ? events_.start_array() : events_.start_object())) return stop();
                skip_space();
                if (!at(array ? ']' : '}')) {  // its first element or member follows
                    open_.push_back(array);
                    if (!array && !member_name()) return false;
                    continue;
                }
                ++pos_;
                if (!(array ? events_.end_array() : events_.end_object())) return stop();
            }
            // A value is complete: close what ends here, then go on to the next element or member.
            for (;;) {
                skip_space();
                if (open_.empty()) {
                    if (pos_ == text_.size()) return true;
                    return fail(pos_, "syntax error: unexpected " + shown(pos_) +
                                          " after the end of the document; expected nothing more");
                }
                const bool array = open_.back();
                if (at(',')) {
                    ++pos_;
                    skip_space();
                    if (!array && !member_name()) return false;
                    break;
                }
                if (at(array ? ']' : '}')) {
                    ++pos_;
                    open_.pop_back();
                    if (!(array ? events_.end_array() : events_.end_object())) return stop();
                    continue;
                }
                return fail(pos_, std::string("syntax error: unexpected ") + shown(pos_) + "; expected ',' or '" +
                                      (array ? "]' after an element" : "}' after a member"));
            }
        }
    }

    bool scalar() {
        if (pos_ == text_.size()) return fail(pos_, "syntax error: unexpected end of the text; expected a value");
        const char c = text_[pos_];
        if (c == '"') {
            if (!read_string()) return false;
            return events_.string(buffer_) || stop();
        }
        if (c == '-' || is_digit(c)) return number();
        for (std::string_view literal : {"true", "false", "null"}) {
            if (c != literal[0]) continue;
            if (text_.substr(pos_, literal.size()) != literal)
                return fail(pos_, "syntax error: invalid literal; expected " + std::string(literal));
            pos_ += literal.size();
            const bool go_on = c == 'n' ? events_.null() : events_.boolean(c == 't');
            return go_on || stop();
        }
        return fail(pos_, "syntax error: unexpected " + shown(pos_) + "; expected a value" + hint(pos_));
    }

    // After '{' or ',' in an object: the member's name and its ':'.
    bool member_name() {
        if (!at('"'))
            return fail(pos_, "syntax error: unexpected " + shown(pos_) + "; expected a member name in quotes" +
                                  hint(pos_));
        if (!read_string()) return false;
        if (!events_.key(buffer_)) return stop();
        skip_space();
        if (!at(':'))
            return fail(pos_, "syntax error: unexpected " + shown(pos_) + "; expected ':' after a member name");
        ++pos_;
        return true;
    }

    bool read_string() {
        buffer_.clear();
        std::size_t run = ++pos_;  // the start of the characters copied as they are
        for (;;) {
            if (pos_ == text_.size())
                return fail(pos_, "syntax error: unexpected end of the text inside a string; expected '\"'");
            const auto c = static_cast<unsigned char>(text_[pos_]);
            if (c == '"' || c == '\\') {
                buffer_.append(text_.substr(run, pos_ - run));
                if (c == '"') {
                    ++pos_;
                    return true;
                }
                if (!escape()) return false;
                run = pos_;
            } else if (c < 0x20) {
                return fail(pos_, "syntax error: control character U+" + hex_code(c) +
                                      " inside a string; write it as \\u" + hex_code(c));
            } else if (c < 0x80) {
                ++pos_;
            } else {
                const std::size_t length = utf8_length(text_, pos_);
                if (!length) return fail(pos_, "syntax error: ill-formed UTF-8 byte inside a string");
                pos_ += length;
            }
        }
    }

    // At a backslash inside a string.
    bool escape() {
        const std::size_t start = pos_++;
        if (pos_ == text_.size()) return fail(start, "syntax error: unexpected end of the text after '\\'");
        const char c = text_[pos_++];
        switch (c) {
            case '"': buffer_ += '"'; return true;
            case '\\': buffer_ += '\\'; return true;
            case '/': buffer_ += '/'; return true;
            case 'b': buffer_ += '\b'; return true;
            case 'f': buffer_ += '\f'; return true;
            case 'n': buffer_ += '\n'; return true;
            case 'r': buffer_ += '\r'; return true;
            case 't': buffer_ += '\t'; return true;
            case 'u': break;
            default:
                return fail(start, "syntax error: invalid escape; a backslash is followed by one of \" \\ / b f n r t u");
        }
        auto unit = code_unit(start);
        if (unit < 0) return false;
        std::uint32_t code_point = static_cast<std::uint32_t>(unit);
        if (code_point >= 0xDC00 && code_point <= 0xDFFF)
            return fail(start, "syntax error: \\u" + hex_code(code_point) + " is a low surrogate without a high one before it");
        if (code_point >= 0xD800 && code_point <= 0xDBFF) {
            if (text_.substr(pos_, 2) != "\\u")
                return fail(start, "syntax error: \\u" + hex_code(code_point) +
                                       " is a high surrogate; a low surrogate \\uDC00 to \\uDFFF must follow it");
            const std::size_t second = pos_;
            pos_ += 2;
            auto low = code_unit(second);
            if (low < 0) return false;
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(second, "syntax error: \\u" + hex_code(code_point) +
                                        " is a high surrogate; a low surrogate \\uDC00 to \\uDFFF must follow it");
            code_point = 0x10000 + ((code_point - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
        }
        unicode::append_utf8(buffer_, code_point);
        return true;
    }

    // The four hex digits after "\u" (pos_ is at the first); -1 after a failure.
    long code_unit(std::size_t escape_start) {
        long value = 0;
        for (int i = 0; i < 4; ++i, ++pos_) {
            const int digit = pos_ < text_.size() ? hex_value(text_[pos_]) : -1;
            if (digit < 0) {
                fail(escape_start, "syntax error: \\u must be followed by four hexadecimal digits");
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    bool number() {
        const std::size_t start = pos_;
        const bool negative = at('-');
        if (negative) ++pos_;
        if (at('0')) {
            ++pos_;
        } else if (pos_ < text_.size() && is_digit(text_[pos_])) {
            while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
        } else {
            return fail(pos_, "syntax error: invalid number; expected a digit after '-'");
        }
        bool whole = true;
        if (at('.')) {
            whole = false;
            ++pos_;
            if (!digits()) return fail(pos_, "syntax error: invalid number; expected a digit after '.'");
        }
        if (at('e') || at('E')) {
            whole = false;
            ++pos_;
            if (at('+') || at('-')) ++pos_;
            if (!digits()) return fail(pos_, "syntax error: invalid number; expected a digit in the exponent");
        }
        const std::string_view written = text_.substr(start, pos_ - start);
        if (whole) {
            // As nlohmann reads it: from 0 unsigned, below 0 signed, and a double when 64 bits cannot hold it.
            std::uint64_t magnitude = 0;
            bool fits = true;
            for (char c : written.substr(negative ? 1 : 0)) {
                const auto digit = static_cast<std::uint64_t>(c - '0');
                if (magnitude > (UINT64_MAX - digit) / 10) {
                    fits = false;
                    break;
                }
                magnitude = magnitude * 10 + digit;
            }
            constexpr std::uint64_t kMostNegative = std::uint64_t(1) << 63;
            if (fits && !negative) return events_.unsigned_integer(magnitude) || stop();
            if (fits && magnitude <= kMostNegative)
                return events_.integer(magnitude == kMostNegative ? INT64_MIN
                                                                  : -static_cast<std::int64_t>(magnitude)) ||
                       stop();
        }
        const double value = decimal_to_double(written);
        if (!std::isfinite(value)) {
            std::string shown_number(written.substr(0, kMaxNumberInMessage));
            if (written.size() > kMaxNumberInMessage) shown_number += "…";
            return fail(start, "number overflow parsing '" + shown_number + "'");
        }
        return events_.floating(value) || stop();
    }

    bool digits() {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
        return pos_ > start;
    }

    void skip_space() {
        while (pos_ < text_.size() &&
               (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t'))
            ++pos_;
    }

    bool at(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

    // The character at `offset` as a message names it.
    std::string shown(std::size_t offset) const {
        if (offset >= text_.size()) return "end of the text";
        const auto c = static_cast<unsigned char>(text_[offset]);
        if (c < 0x20 || c == 0x7F) return "control character U+" + hex_code(c);
        if (c < 0x80) return "'" + std::string(1, static_cast<char>(c)) + "'";
        // By its number only: the character itself could be a bidi control that turns the message around.
        char32_t code_point = 0;
        if (unicode::decode(text_, offset, code_point)) return "character U+" + hex_code(code_point);
        return "a byte that is not UTF-8";
    }

    // What to do about the quotes JSON does not allow.
    std::string hint(std::size_t offset) const {
        const std::string_view rest = text_.substr(offset, 3);
        if (rest.substr(0, 1) == "'") return " (JSON puts text in double quotes \")";
        if (rest == "\xE2\x80\x9C" || rest == "\xE2\x80\x9D")
            return " (JSON puts text in straight double quotes \", not typographic ones)";
        return "";
    }

    bool fail(std::size_t offset, std::string message) {
        outcome_.offset = offset;
        outcome_.message = std::move(message);
        return false;
    }

    bool stop() {
        outcome_.stopped = true;
        outcome_.offset = pos_;
        return false;
    }

    std::string_view text_;
    JsonEvents& events_;
    std::size_t pos_ = 0;
    std::vector<bool> open_;  // the open containers, innermost last: true for an array
    std::string buffer_;      // the last string read
    JsonParseOutcome outcome_;
};

}  // namespace

JsonParseOutcome parse_json(std::string_view text, JsonEvents& events) { return Parser(text, events).run(); }

}  // namespace benefits
