// The JSON-in, JSON-out surface that the WebAssembly bindings expose unchanged.
// Every function returns {"ok":true,…} or {"ok":false,"errors":[{"path","message"}]} and never throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace benefits::api {

// {"ok":true,"handle":N,"view":{…}}: the view is described in docs/architecture.md.
std::string load(std::string_view text);
// The same, taking the text: it is freed once parsed, before the view is written, so that the two are never
// in memory together (the bindings' copy of the text is theirs to give).
std::string load_taking(std::string&& text);
// The same with a translation applied (docs/format.md, "Translations"): `translation` is a translation
// document, the tag of a translation the dataset holds inline ("es"), or "" for none. The view's own
// sentences are then in the translation's language, and each object lists in "fallback" the fields it shows
// in the dataset's language. A translation with problems refuses the load with them.
std::string load_translated(std::string_view text, std::string_view translation);
std::string load_translated_taking(std::string&& text, std::string_view translation);
// {"ok":true,"claim":{…}}: the details of the claim at `position` in the view's "claims" (what its card shows
// beyond its row; docs/architecture.md, "View"). An unknown handle or a position outside the list fails.
std::string claim_details(int handle, std::int64_t position);
// {"ok":true,"ids":[…]}
std::string query(int handle, std::string_view query_json);
// The same claims as their positions in the view's "claims" list, for the bindings to hand over without
// JSON (a keystroke can match thousands): "" and the positions, or query()'s failure answer.
std::string query_positions(int handle, std::string_view query_json, std::vector<std::uint32_t>& positions);
// {"ok":true}
std::string release(int handle);
// {"ok":true,"steps":[…]}
std::string grading_rule();
// {"ok":true,"lang":"en","errors":N,"warnings":N,"findings":[{"rule","title","severity","path","message","fix"}]} for a dataset
// that loads; the load failure shape otherwise. The rules are in docs/linter.md.
std::string lint(std::string_view text);
// The same under a profile, "strict" (what lint() uses) or "lenient" (docs/linter.md, "Profiles"); another name
// gets the failure shape with the path "(profile)". `language` is the editor's (a BCP 47 tag: "es", "es-MX" →
// Spanish messages and fixes, anything else → English); the report says which in "lang".
std::string lint_with_profile(std::string_view text, std::string_view profile, std::string_view language = "en");

// load()'s answer for a text of `bytes` bytes when that is over the size limit (benefits::Limits::max_bytes),
// "" when it is not; refuse_oversized_query the same for query(). The WebAssembly bindings ask before
// copying a text into the module's memory, which never shrinks: an oversized text costs it nothing.
std::string refuse_oversized(std::size_t bytes);
std::string refuse_oversized_query(std::size_t bytes);

}  // namespace benefits::api
