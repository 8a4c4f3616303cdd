#include "limits_scan.hpp"

#include "json_fwd.hpp"

namespace benefits {
namespace {

struct LineColumn {
    std::size_t line = 1, column = 1;
};

LineColumn position_of(std::string_view text, std::size_t offset) {
    LineColumn at;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++at.column;  // count characters, not UTF-8 continuation bytes
        }
    }
    return at;
}

std::string where(std::string_view text, std::size_t offset) {
    LineColumn at = position_of(text, offset);
    return "line " + std::to_string(at.line) + ", column " + std::to_string(at.column);
}

// Records the first syntax error; accepts every value.
struct ErrorCatcher : nlohmann::json_sax<Json> {
    std::size_t position = 0;
    std::string message;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) override {
        position = pos;
        message = ex.what();
        return false;
    }
};

}  // namespace

std::optional<Problem> scan_limits(std::string_view text, const Limits& limits) {
    if (text.size() > limits.max_bytes)
        return Problem{"(root)", "the file is " + std::to_string(text.size()) + " bytes; the limit is " +
                                     std::to_string(limits.max_bytes)};
    std::size_t depth = 0;
    bool in_string = false, escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{' || c == '[') {
            if (++depth > limits.max_depth)
                return Problem{"(root)", "nested deeper than " + std::to_string(limits.max_depth) +
                                             " levels at " + where(text, i)};
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

std::string describe_syntax_error(std::string_view text) {
    ErrorCatcher catcher;
    Json::sax_parse(text.begin(), text.end(), &catcher, nlohmann::detail::input_format_t::json, true);
    if (catcher.message.empty()) return "could not be read";
    // nlohmann's text: "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while ..."
    std::string message = catcher.message;
    auto detail = message.find("syntax error");
    if (detail != std::string::npos) message = message.substr(detail);
    auto last_read = message.find("; last read:");
    if (last_read != std::string::npos) message = message.substr(0, last_read);
    return "at " + where(text, catcher.position > 0 ? catcher.position - 1 : 0) + ": " + message;
}

}  // namespace benefits
