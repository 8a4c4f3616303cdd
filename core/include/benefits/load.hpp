// Parse and validate a claims dataset. Never throws; every problem names its JSON path.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/model.hpp"

namespace benefits {

struct Problem {
    std::string path;     // e.g. claims[3].outcomes[1].evidence[0].ref; "(root)" for the whole document
    std::string message;  // e.g. unknown reference "foo2019"
};

// "claims[3].evidence[1].ref: unknown reference "foo2019""
std::string to_string(const Problem&);

#ifndef BENEFITS_MAX_BYTES
#define BENEFITS_MAX_BYTES (16u << 20)  // only benchmark builds set another (bench/run.sh, docs/performance.md)
#endif

struct Limits {
    std::size_t max_bytes = BENEFITS_MAX_BYTES;  // whole document
    std::size_t max_string = 20000;           // one string value, in bytes
    std::size_t max_claims = 200000;
    std::size_t max_references = 20000;       // sources in "references"
    std::size_t max_findings = 1000;          // findings of one reference
    std::size_t max_array = 400000;           // any other array, and the fields of any object
    std::size_t max_depth = 64;               // nesting of objects and arrays
    // Values held at once while parsing: a claim is parsed and read one at a time, so these bound the
    // parse tree (nlohmann's costs up to 20x the text), not the file.
    std::size_t max_item_values = 500000;     // in one claim
    std::size_t max_other_values = 500000;    // everywhere but the claims
    std::size_t max_query = 65536;            // one query (api::query), in bytes
};

struct LoadResult {
    std::optional<Dataset> dataset;  // set only when problems is empty
    std::vector<Problem> problems;
    bool ok() const { return dataset.has_value(); }
};

inline constexpr int kFormatVersion = 2;

LoadResult load(std::string_view text, const Limits& limits = {});

// A BCP 47 tag as the schema checks it (^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$): "en", "es", "en-GB".
bool is_language_tag(std::string_view tag);

}  // namespace benefits
