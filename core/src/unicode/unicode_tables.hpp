// The tables scripts/gen-unicode-tables.py writes at build time from Unicode's data files (the UCD of
// Debian's unicode-data, and confusables.txt as packaged by python3-confusable-homoglyphs).
#pragma once

#include <cstddef>
#include <cstdint>

namespace benefits::unicode {

enum class FoldKind : std::uint8_t {
    Shift = 0,      // each code point becomes value + (code point - first)
    Text = 1,       // each becomes the same text (length bytes: in value itself when at most 4, else in the pool)
    Ignorable = 2,  // a default-ignorable code point (soft hyphen, zero-width space, joiners…): removed
    Bidi = 3,       // a bidi control (marks, embeddings, overrides, isolates): removed
    Accent = 4,     // a combining diacritical mark: removed
};

// Range k holds the code points [kFoldFirst[k], kFoldFirst[k] + kFoldCount[k]) that do not fold to
// themselves, in order of first; kind, length and value say what they become. One array per field: the
// module is smaller compressed than with an array of structs.
extern const std::uint32_t kFoldFirst[];
extern const std::uint16_t kFoldCount[];
extern const FoldKind kFoldKind[];
extern const std::uint8_t kFoldLength[];
extern const std::int32_t kFoldValue[];
extern const std::size_t kFoldRangeCount;
extern const char kFoldPool[];

enum class Script : std::uint8_t { Common = 0, Latin = 1, Greek = 2, Cyrillic = 3, Other = 4, Inherited = 5 };

// Code points [first, end) of one script, in order; code points in no range are Common (or unassigned).
struct ScriptRange {
    std::uint32_t first, end;
    Script script;
};
extern const ScriptRange kScriptRanges[];
extern const std::size_t kScriptRangeCount;

}  // namespace benefits::unicode
