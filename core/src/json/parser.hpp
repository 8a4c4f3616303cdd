// The JSON parser of the core (RFC 8259, strict), of our own: nlohmann's lexer and parser, with musl's strtod
// and printf behind them, were about a fifth of the page's module and most of the code its first load had to
// compile. It accepts what nlohmann's strict parser accepts (one value with white space around it, a UTF-8 BOM
// first, valid UTF-8 only, no comments) and hands each value to a JsonEvents as it is read; streaming_parse.cpp
// builds the trees. tests/fuzz/fuzz_core.cpp checks it against nlohmann's parser: same texts, same trees.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace benefits {

// Each returns false to stop the parse.
class JsonEvents {
public:
    virtual ~JsonEvents() = default;
    virtual bool null() = 0;
    virtual bool boolean(bool value) = 0;
    virtual bool integer(std::int64_t value) = 0;             // a negative whole number (or -0)
    virtual bool unsigned_integer(std::uint64_t value) = 0;   // a whole number from 0
    virtual bool floating(double value) = 0;                  // a fraction, an exponent, or too large for 64 bits
    virtual bool string(std::string& value) = 0;              // may be moved from
    virtual bool key(std::string& name) = 0;
    virtual bool start_object() = 0;
    virtual bool end_object() = 0;
    virtual bool start_array() = 0;
    virtual bool end_array() = 0;
};

struct JsonParseOutcome {
    bool ok = false;          // the text is one JSON value, and every event returned true
    bool stopped = false;     // an event returned false
    std::size_t offset = 0;   // the byte where the syntax error is
    std::string message;      // "syntax error: unexpected ']'; expected a value", "number overflow parsing '1e400'"
};

JsonParseOutcome parse_json(std::string_view text, JsonEvents& events);

}  // namespace benefits
