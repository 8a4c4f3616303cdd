// libFuzzer's custom mutator, linked into every fuzz target: libFuzzer's own byte-level mutations seven times in
// ten, and besides them mutations that change the size of an input the way large datasets differ from small
// ones, so that inputs reach the size and count limits (megabytes, hundreds of thousands of items) instead of
// staying near the seeds' sizes:
// - grow: one array element (a claim, a harm, a topic, a finding, a string) copied up to hundreds of thousands
//   of times; half the time the copies' "id" values are renamed (id-x1, id-x2…) so that copied claims still load;
// - shrink: a run of array elements removed;
// - splice: an array element replaced by another value of the input, or (cross-over) a value of another input
//   inserted as a new element.
// The JSON is found by a light scan (no parse): the mutations keep valid JSON valid most of the time.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <string_view>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::size_t skip_spaces(std::string_view t, std::size_t at) {
    while (at < t.size() && is_space(t[at])) ++at;
    return at;
}

// One past the end of the JSON value that starts at `at`, or npos when it does not end within the text.
std::size_t value_end(std::string_view t, std::size_t at) {
    if (at >= t.size()) return npos;
    const char first = t[at];
    if (first == '"') {
        for (std::size_t i = at + 1; i < t.size(); ++i) {
            if (t[i] == '\\') ++i;
            else if (t[i] == '"') return i + 1;
        }
        return npos;
    }
    if (first == '{' || first == '[') {
        std::size_t depth = 0;
        bool in_string = false;
        for (std::size_t i = at; i < t.size(); ++i) {
            const char c = t[i];
            if (in_string) {
                if (c == '\\') ++i;
                else if (c == '"') in_string = false;
            } else if (c == '"') {
                in_string = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return npos;
    }
    if (first == ',' || first == ':' || first == ']' || first == '}' || is_space(first)) return npos;
    std::size_t i = at;
    while (i < t.size() && t[i] != ',' && t[i] != ']' && t[i] != '}' && !is_space(t[i])) ++i;
    return i;
}

struct Span {
    std::size_t begin = 0, end = 0;
    std::size_t size() const { return end - begin; }
};

// An array element near a random place: a value after '[' or ',' and before ',' or ']'.
bool find_element(std::string_view t, std::minstd_rand& rng, Span& out) {
    for (int attempt = 0; attempt < 16 && !t.empty(); ++attempt) {
        const std::size_t open = t.find_first_of("[,", rng() % t.size());
        if (open == npos) continue;
        const std::size_t begin = skip_spaces(t, open + 1);
        const std::size_t end = value_end(t, begin);
        if (end == npos) continue;
        const std::size_t after = skip_spaces(t, end);
        if (after < t.size() && (t[after] == ',' || t[after] == ']')) {
            out = {begin, end};
            return true;
        }
    }
    return false;
}

// Any object, array or string value near a random place.
bool find_value(std::string_view t, std::minstd_rand& rng, Span& out) {
    for (int attempt = 0; attempt < 16 && !t.empty(); ++attempt) {
        const std::size_t begin = t.find_first_of("{[\"", rng() % t.size());
        if (begin == npos) continue;
        const std::size_t end = value_end(t, begin);
        if (end != npos) {
            out = {begin, end};
            return true;
        }
    }
    return false;
}

// 1 to 64 three times in four, else up to about a million (each power of two as likely as the next): inputs of
// megabytes take seconds each under the sanitizers, so most mutations stay small.
std::size_t random_count(std::minstd_rand& rng) {
    const unsigned bits = rng() % 4 ? rng() % 7 : rng() % 21;
    return 1 + rng() % (std::size_t{1} << bits);
}

// The element with the value of its first "id" member renamed for copy k (nothing to rename: unchanged).
std::string renamed(std::string_view element, std::size_t k) {
    std::string out(element);
    const std::size_t id = out.find("\"id\":\"");
    if (id == npos) return out;
    const std::size_t close = out.find('"', id + 6);
    if (close == npos) return out;
    std::string suffix = "-x";
    for (std::size_t n = k; n; n /= 36) suffix.insert(2, 1, "0123456789abcdefghijklmnopqrstuvwxyz"[n % 36]);
    out.insert(close, suffix);
    return out;
}

std::size_t put(const std::string& text, std::uint8_t* data, std::size_t max_size) {
    if (text.size() > max_size) return 0;
    std::memcpy(data, text.data(), text.size());
    return text.size();
}

std::size_t grow(std::string_view t, std::uint8_t* data, std::size_t max_size, std::minstd_rand& rng) {
    Span e;
    if (!find_element(t, rng, e)) return 0;
    const std::string_view element = t.substr(e.begin, e.size());
    const bool rename = rng() % 2 && element.find("\"id\":\"") != npos;
    const std::size_t room = max_size > t.size() ? max_size - t.size() : 0;
    std::size_t copies = std::min(random_count(rng), room / (element.size() + 1 + (rename ? 10 : 0)));
    if (copies == 0) return 0;
    std::string out(t.substr(0, e.end));
    out.reserve(std::min(max_size, t.size() + copies * (element.size() + 12)));
    for (std::size_t k = 1; k <= copies; ++k) {
        out += ',';
        if (rename) out += renamed(element, k);
        else out += element;
        if (out.size() + (t.size() - e.end) > max_size) return 0;
    }
    out += t.substr(e.end);
    return put(out, data, max_size);
}

std::size_t shrink(std::string_view t, std::uint8_t* data, std::size_t max_size, std::minstd_rand& rng) {
    Span e;
    if (!find_element(t, rng, e)) return 0;
    // Elements e, then those after it, each removed with the comma that follows it.
    std::size_t end = e.begin, removed = 0;
    const std::size_t wanted = random_count(rng);
    while (removed < wanted) {
        const std::size_t value = value_end(t, skip_spaces(t, end));
        if (value == npos) break;
        const std::size_t comma = skip_spaces(t, value);
        if (comma >= t.size() || t[comma] != ',') break;
        end = skip_spaces(t, comma + 1);
        ++removed;
    }
    if (removed == 0) return 0;
    std::string out(t.substr(0, e.begin));
    out += t.substr(end);
    return put(out, data, max_size);
}

std::size_t splice(std::string_view t, std::uint8_t* data, std::size_t max_size, std::minstd_rand& rng) {
    Span target, source;
    if (!find_element(t, rng, target) || !find_value(t, rng, source)) return 0;
    std::string out(t.substr(0, target.begin));
    out += t.substr(source.begin, source.size());
    out += t.substr(target.end);
    return put(out, data, max_size);
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
    std::minstd_rand rng(seed);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::size_t out = 0;
    switch (rng() % 10) {
        case 0: out = grow(text, data, max_size, rng); break;
        case 1: out = shrink(text, data, max_size, rng); break;
        case 2: out = splice(text, data, max_size, rng); break;
        default: break;
    }
    return out ? out : LLVMFuzzerMutate(data, size, max_size);
}

// A value of the second input inserted as a new element of an array of the first.
extern "C" std::size_t LLVMFuzzerCustomCrossOver(const std::uint8_t* data1, std::size_t size1,
                                                 const std::uint8_t* data2, std::size_t size2, std::uint8_t* out,
                                                 std::size_t max_out_size, unsigned int seed) {
    std::minstd_rand rng(seed);
    const std::string_view first(reinterpret_cast<const char*>(data1), size1);
    const std::string_view second(reinterpret_cast<const char*>(data2), size2);
    Span element, value;
    if (!find_element(first, rng, element) || !find_value(second, rng, value)) return 0;
    std::string text(first.substr(0, element.end));
    text += ',';
    text += second.substr(value.begin, value.size());
    text += first.substr(element.end);
    return put(text, out, max_out_size);
}
