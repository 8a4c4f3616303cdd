// A streaming JSON writer for the view: no intermediate tree, commas placed automatically, and text that
// is not valid UTF-8 replaced with U+FFFD so the output is always valid JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace benefits {

class JsonWriter {
public:
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(int number);
    JsonWriter& value(std::size_t number);
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    template <typename T>
    JsonWriter& value(const std::optional<T>& maybe) {
        return maybe ? value(*maybe) : null();
    }
    JsonWriter& value(const std::vector<std::string>& texts);

    // key(name).value(v) in one call.
    template <typename T>
    JsonWriter& field(std::string_view name, const T& v) {
        return key(name).value(v);
    }

    // Inserts text that is already JSON as the next value.
    JsonWriter& raw(std::string_view json);

    void reserve(std::size_t bytes) { out_.reserve(bytes); }
    const std::string& str() const { return out_; }
    std::string take() { return std::move(out_); }

private:
    void separate();
    void write_string(std::string_view text);

    std::string out_;
    std::vector<bool> first_;  // per open container: no value written yet
    bool after_key_ = false;
};

}  // namespace benefits
