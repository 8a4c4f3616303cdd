// Checked reads from a nlohmann::json tree that record problems with their JSON path instead of throwing.
#pragma once

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/load.hpp"
#include "json/nlohmann.hpp"

namespace benefits {

// A number as nlohmann writes it: the shortest form that reads back the same, with ".0" when it is whole.
std::string number_text(double value);
std::string number_text(const Json& number);  // a number of the tree as written

// The known name closest to name by edit distance, when it is close: at most 2 edits, and fewer edits than
// half its characters ("lable" suggests "label", "lab" nothing); "" when none is. Names longer than 64 bytes get
// no suggestion (an id that long is no typo, and comparing it would cost). Each comparison takes the product
// of the two lengths from budget; once it is spent there is no suggestion (a hostile file may hold thousands of
// misspelt ids and 20,000 sources).
std::string_view nearest_name(std::string_view name, const std::vector<std::string_view>& known,
                              std::size_t& budget);

class JsonReader {
public:
    JsonReader(std::vector<Problem>& problems, const Limits& limits) : problems_(problems), limits_(limits) {}

    class Scope {
    public:
        explicit Scope(std::vector<std::string>& path) : path_(path) {}
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
        ~Scope() { path_.pop_back(); }

    private:
        std::vector<std::string>& path_;
    };
    [[nodiscard]] Scope enter(std::string_view key);
    [[nodiscard]] Scope enter_index(std::size_t index);

    // A problem at the current path plus key ("" for the current path itself).
    void problem(std::string_view key, std::string message);
    void problem_at(std::string path, std::string message);
    std::string path_to(std::string_view key) const;
    // True once the list of problems is full: further problems are dropped, so checks may stop early.
    bool saturated() const;
    const Limits& limits() const { return limits_; }

    // False, with a problem at key, when a reader would see nothing: "", white space, or invisible characters.
    bool visible_text(std::string_view key, std::string_view text);
    std::string req_string(const Json& j, const char* key);
    std::string req_id(const Json& j, const char* key);  // [a-z0-9-]+
    std::string req_date(const Json& j, const char* key);  // YYYY-MM-DD
    std::optional<std::string> opt_string(const Json& j, const char* key);
    std::optional<int> req_int(const Json& j, const char* key, int min, int max);
    std::optional<int> opt_int(const Json& j, const char* key, int min, int max);
    std::optional<double> opt_number(const Json& j, const char* key, double min, double max);
    std::optional<bool> opt_bool(const Json& j, const char* key);
    const Json* req_object(const Json& j, const char* key);
    const Json* opt_object(const Json& j, const char* key);
    std::vector<std::string> opt_string_array(const Json& j, const char* key);

    template <typename E>
    std::optional<E> req_enum(const Json& j, const char* key, std::optional<E> (*parse)(std::string_view),
                              std::string (*names)()) {
        if (!j.contains(key)) {
            problem(key, "missing required field (one of " + names() + ")");
            return std::nullopt;
        }
        return opt_enum(j, key, parse, names);
    }

    template <typename E>
    std::optional<E> opt_enum(const Json& j, const char* key, std::optional<E> (*parse)(std::string_view),
                              std::string (*names)()) {
        auto text = opt_string(j, key);
        if (!text) return std::nullopt;
        auto value = parse(*text);
        if (!value) problem(key, "expected one of " + names() + ", got \"" + *text + "\"");
        return value;
    }

    // Calls fn for one element of an array (the current path), which must be an object.
    void item(std::size_t index, const Json& element, const std::function<void(const Json&)>& fn);

    // The checks each() makes on the number of items of the array at key (problems for too many, or none when
    // required); true when the count is fine.
    bool count_ok(std::string_view key, std::size_t count, bool required, std::size_t max_items = 0);

    // Calls fn for each element of the array j[key], each of which must be an object.
    void each(const Json& j, const char* key, bool required, const std::function<void(const Json&)>& fn,
              std::size_t max_items = 0);

    // Reports every member of object j not in known, suggesting the nearest known name.
    void only_fields(const Json& j, std::initializer_list<std::string_view> known);

private:
    const Json* member(const Json& j, const char* key, bool required);
    void type_problem(std::string_view key, const char* expected, const Json& got);

    std::vector<Problem>& problems_;
    const Limits& limits_;
    std::vector<std::string> path_;
};

}  // namespace benefits
