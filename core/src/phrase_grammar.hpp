// A phrase's grammar and an event's form for one person, as a dataset or its translation writes them: one
// reading for both (docs/format.md, "Grammar").
#pragma once

#include <optional>
#include <string>

#include "benefits/model.hpp"
#include "json/reader.hpp"

namespace benefits {

// The "gender" and "number" of the phrase object `entry` at `path`; nullopt, with a problem at path.gender or
// path.number, when either is missing or another word.
std::optional<Grammar> read_grammar(JsonReader& r, const Json& entry, const std::string& path);

// Why an event needs its singular: the sentence the page writes after a count of one.
inline constexpr const char* kSingularExample =
    "the page writes it after a count of 1 (\"1 persona más de cada 100 tuvo alivio\")";

}  // namespace benefits
