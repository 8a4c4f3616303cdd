#include "json/limits_scan.hpp"

#include <algorithm>
#include <vector>

#include "json/parser.hpp"

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

// Accepts every value: only the syntax is checked.
struct SyntaxOnly final : JsonEvents {
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool integer(std::int64_t) override { return true; }
    bool unsigned_integer(std::uint64_t) override { return true; }
    bool floating(double) override { return true; }
    bool string(std::string&) override { return true; }
    bool key(std::string&) override { return true; }
    bool start_object() override { return true; }
    bool end_object() override { return true; }
    bool start_array() override { return true; }
    bool end_array() override { return true; }
};

// One open array or object while scanning.
struct Frame {
    bool array = false;
    bool fresh = true;      // just after '[', '{' or ',': the next token starts an element or a member
    std::size_t items = 0;  // elements of an array, members of an object
    std::string key;        // object: the name of the member being read (shortened)
};

constexpr std::size_t kMaxNameInPath = 64;

// The JSON path of the value being read inside the outermost `count` frames, e.g. claims[3].evidence.
std::string path_of(const std::vector<Frame>& frames, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        const Frame& f = frames[i];
        if (f.array) {
            out += "[" + std::to_string(f.items ? f.items - 1 : 0) + "]";
        } else {
            if (!out.empty()) out += '.';
            out += f.key;
        }
    }
    return out.empty() ? "(root)" : out;
}

std::optional<Problem> too_many(const std::vector<Frame>& frames, std::size_t at, std::size_t limit) {
    const Frame& f = frames[at];
    if (f.items <= limit) return std::nullopt;
    return Problem{path_of(frames, at), "has " + std::to_string(f.items) + (f.array ? " items" : " fields") +
                                            "; the limit is " + std::to_string(limit)};
}

}  // namespace

// A single pass over the raw text, before any parse tree is built, so that a hostile file costs no more
// memory than its own size: the size, the nesting depth, and the length of every array and object.
std::optional<Problem> document_size_problem(std::size_t bytes, const Limits& limits) {
    if (bytes <= limits.max_bytes) return std::nullopt;
    return Problem{"(root)", "the file is " + std::to_string(bytes) + " bytes; the limit is " +
                                 std::to_string(limits.max_bytes)};
}

std::optional<Problem> query_size_problem(std::size_t bytes, const Limits& limits) {
    if (bytes <= limits.max_query) return std::nullopt;
    return Problem{"(query)", "the query is " + std::to_string(bytes) + " bytes; the limit is " +
                                  std::to_string(limits.max_query)};
}

std::optional<Problem> scan_limits(std::string_view text, const Limits& limits) {
    if (auto problem = document_size_problem(text.size(), limits)) return problem;
    // The largest any array may be; JsonReader applies the tighter per-field limits with the same message.
    const std::size_t max_items = std::max({limits.max_array, limits.max_claims, limits.max_references, limits.max_findings});
    std::vector<Frame> frames;
    bool in_string = false, escaped = false, in_key = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (!escaped && !in_key) {
                // Inside a value's text only its end counts: skip to the next quote or backslash.
                while (i < text.size() && text[i] != '"' && text[i] != '\\') ++i;
                if (i == text.size()) break;
                c = text[i];
            }
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') {
                in_string = in_key = false;
                continue;
            }
            if (in_key && frames.back().key.size() < kMaxNameInPath) frames.back().key += c;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':') continue;
        if (c == ']' || c == '}') {
            if (frames.empty()) continue;
            if (auto problem = too_many(frames, frames.size() - 1, max_items)) return problem;
            frames.pop_back();
            continue;
        }
        if (c == ',') {
            if (!frames.empty()) frames.back().fresh = true;
            continue;
        }
        // A value (or, in an object, a member's name) starts here.
        if (!frames.empty() && frames.back().fresh) {
            Frame& top = frames.back();
            top.fresh = false;
            ++top.items;
            if (!top.array) {
                top.key.clear();
                in_key = c == '"';
            }
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (frames.size() + 1 > limits.max_depth)
                return Problem{path_of(frames, frames.size()), "nested deeper than " +
                                                                   std::to_string(limits.max_depth) +
                                                                   " levels at " + where(text, i)};
            frames.emplace_back().array = c == '[';
        }
    }
    // Not closed (the parse will fail): still refuse what is already too long.
    for (std::size_t at = 0; at < frames.size(); ++at)
        if (auto problem = too_many(frames, at, max_items)) return problem;
    return std::nullopt;
}

std::string describe_syntax_error(std::string_view text) {
    SyntaxOnly syntax_only;
    const JsonParseOutcome outcome = parse_json(text, syntax_only);
    if (outcome.message.empty()) return "could not be read";
    // A comma before '}' or ']' (allowed in JavaScript, not in JSON): named as such, at the comma.
    const std::size_t at = outcome.offset;
    if (at < text.size() && (text[at] == '}' || text[at] == ']')) {
        std::size_t before = at;
        while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t' || text[before - 1] == '\n' ||
                              text[before - 1] == '\r'))
            --before;
        if (before > 0 && text[before - 1] == ',')
            return std::string(": a trailing comma before '") + text[at] + "' (" + where(text, before - 1) +
                   "): remove it";
    }
    return "at " + where(text, at) + ": " + outcome.message;
}

Problem invalid_json_problem(std::string_view text) {
    const std::string how = describe_syntax_error(text);  // "at line 3, …" or ": a trailing comma …"
    return {"(root)", "invalid JSON" + std::string(how.rfind(':', 0) == 0 ? "" : " ") + how};
}

}  // namespace benefits
