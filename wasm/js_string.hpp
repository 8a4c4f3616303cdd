// Strings across the JS ↔ wasm boundary. They still cross as JS strings (docs/architecture.md, "The JS ↔ wasm
// contract"), but are converted by the browser's TextEncoder and TextDecoder (native code) instead of
// Embind's std::string conversion, which walks every byte in JavaScript, twice each way: for a dataset of
// megabytes that was a good part of a load.
#pragma once

#include <emscripten/val.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace benefits::wasm {

// The UTF-8 bytes of a JS string, as a Uint8Array in the JS heap (not yet in the module's memory); a
// Uint8Array or ArrayBuffer is taken as it is. Null for anything else, an empty or detached ArrayBuffer included.
inline emscripten::val utf8_bytes(const emscripten::val& text) {
    using emscripten::val;
    if (text.isString()) {
        static const val encoder = val::global("TextEncoder").new_();
        return encoder.call<val>("encode", text);
    }
    static const val uint8_array = val::global("Uint8Array");
    if (text.instanceof(uint8_array)) return text;
    if (text.instanceof(val::global("ArrayBuffer"))) {
        // A detached ArrayBuffer has no bytes, and `new Uint8Array` on it throws a TypeError.
        if (text["byteLength"].as<double>() == 0) return val::null();
        return uint8_array.new_(text);
    }
    return val::null();
}

inline std::size_t byte_length(const emscripten::val& bytes) { return bytes["length"].as<std::size_t>(); }

// Copies a Uint8Array into a std::string in the module's memory (TypedArray.prototype.set: one memcpy).
inline std::string copy_in(const emscripten::val& bytes) {
    using emscripten::val;
    const std::size_t n = byte_length(bytes);
    std::string out(n, '\0');
    if (n) {
        val target(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(out.data())));
        target.call<void>("set", bytes);
        // Embind (3.1.6, -sDYNAMIC_EXECUTION=0) keeps the arguments of the last call of each method signature
        // in an array it reuses: a second call with an empty array lets the encoded text (megabytes) be
        // collected now rather than at the next load.
        static const val nothing = val::global("Uint8Array").new_(0);
        target.call<void>("set", nothing);
    }
    return out;
}

// A JS string decoded from UTF-8 text in the module's memory (the answers are always valid UTF-8 JSON).
inline emscripten::val to_js(std::string_view text) {
    using emscripten::val;
    static const val decoder = val::global("TextDecoder").new_();
    return decoder.call<val>(
        "decode", val(emscripten::typed_memory_view(text.size(), reinterpret_cast<const unsigned char*>(text.data()))));
}

// The answer for an argument that is not text.
inline emscripten::val not_text(const char* what) {
    return to_js(std::string(R"json({"ok":false,"errors":[{"path":"(root)","message":"expected )json") + what +
                 R"json( as a string, a Uint8Array or an ArrayBuffer that is not empty or detached"}]})json");
}

}  // namespace benefits::wasm
