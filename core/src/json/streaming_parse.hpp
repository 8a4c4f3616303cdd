// Parses a dataset without ever holding the tree of every claim: the elements of the root's streamed array
// ("claims") are handed over one at a time as soon as each is complete, then freed. nlohmann's tree costs
// several times the text (up to 20x for a file of empty arrays), so a whole-file tree set the peak memory of
// a load, and WebAssembly memory never shrinks. Everything else is kept as nlohmann's own parser keeps it
// (a repeated member: the last one wins), so the loader reads it as before.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>

#include "benefits/load.hpp"
#include "json/nlohmann.hpp"

namespace benefits {

struct StreamingParse {
    Json root;                       // the document; the streamed array is left in it empty
    bool streamed = false;           // root[key] was an array and its elements went to on_item
    std::size_t items = 0;           // how many
    std::optional<Problem> too_big;  // the tree would have held more values than limits allow
    bool ok = false;                 // false on a syntax error (describe_syntax_error says where) or too_big
};

// on_begin runs whenever root[key] starts (a repeated member restarts the stream: the last one wins);
// on_item(index, element) runs for each element of that array.
StreamingParse parse_streaming(std::string_view text, std::string_view key, const Limits& limits,
                               const std::function<void()>& on_begin,
                               const std::function<void(std::size_t, const Json&)>& on_item);

// The whole tree, nothing streamed (a query); the same limits on the values held. One parser for both
// keeps nlohmann's own tree builder out of the module.
StreamingParse parse_whole(std::string_view text, const Limits& limits);

}  // namespace benefits
