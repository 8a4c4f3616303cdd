// Room in the module's memory for one more dataset. The memory grows up to 2 GB and never shrinks; running out
// aborts the module (operator new without exceptions) and leaves every later call undefined. So load and lint
// refuse a text, before copying it in, when the memory still free (inside the heap, plus the growth the module
// may still make) is less than such a text can need at its peak.
#pragma once

#include <emscripten/emmalloc.h>

#include <cstddef>
#include <string>

namespace benefits::wasm {

// Peak memory of loading a text: about 8 bytes per byte of text at most (the copy of the text, the dataset,
// grades and search index, the view's JSON; measured 3.7x to 7.8x on 14 MB datasets of tiny claims, long
// strings and 400,000-item arrays), plus one claim's parse tree, which the item limits (Limits::max_item_values)
// keep under 64 MB.
inline constexpr std::size_t kPeakBytesPerTextByte = 8;
inline constexpr std::size_t kPeakMarginBytes = 64u << 20;

// The refusal when a text of `bytes` bytes might not fit, "" when it fits.
inline std::string refuse_without_room(std::size_t bytes) {
    const std::size_t needed = kPeakBytesPerTextByte * bytes + kPeakMarginBytes;
    const std::size_t left = emmalloc_free_dynamic_memory() + emmalloc_unclaimed_heap_memory();
    if (left >= needed) return "";
    constexpr std::size_t MB = 1u << 20;
    return R"json({"ok":false,"errors":[{"path":"(root)","message":"too many datasets are loaded: the module has )json" +
           std::to_string(left / MB) + " MB of memory left and a text of " + std::to_string(bytes) +
           " bytes may need " + std::to_string(needed / MB + 1) +
           R"json( MB; release a dataset (release(handle)) before loading another"}]})json";
}

}  // namespace benefits::wasm
