#include "json/reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "benefits/text_normalize.hpp"
#include "calendar_date.hpp"

namespace benefits {
namespace {

constexpr std::size_t kMaxProblems = 200;

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Only distances below 3 are used. The distance is never less than the difference in length: skip the
    // table (and its cost, for a hostile multi-megabyte name) when that alone reaches 3.
    if (std::max(a.size(), b.size()) - std::min(a.size(), b.size()) >= 3) return 3;
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string article_for(const char* expected) {
    std::string_view e(expected);
    bool vowel = !e.empty() && std::string_view("aeiou").find(e[0]) != std::string_view::npos;
    return std::string(vowel ? "an " : "a ") + expected;
}

}  // namespace

// A number as nlohmann's serializer writes it (so messages are unchanged), without the serializer: integers
// in full, floating point in the shortest form that reads back the same, with ".0" when it is whole.
std::string number_text(const Json& number) {
    if (number.is_number_unsigned()) return std::to_string(number.get<std::uint64_t>());
    if (number.is_number_integer()) return std::to_string(number.get<std::int64_t>());
    const double value = number.get<double>();
    if (!std::isfinite(value)) return "null";
    char buffer[64];
    char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, end);
}

std::string number_text(double value) { return number_text(Json(value)); }

std::string_view nearest_name(std::string_view name, const std::vector<std::string_view>& known,
                              std::size_t& budget) {
    constexpr std::size_t kMaxName = 64;
    if (name.empty() || name.size() > kMaxName) return {};
    std::string_view nearest;
    std::size_t best = 3;
    for (auto candidate : known) {
        if (candidate.size() > kMaxName || candidate == name) continue;
        const std::size_t cost = name.size() * candidate.size() + 1;
        if (cost > budget) return {};  // out of budget: no suggestion rather than a slow load
        budget -= cost;
        std::size_t d = edit_distance(name, candidate);
        if (d < best && d * 2 < name.size()) best = d, nearest = candidate;
    }
    return nearest;
}

JsonReader::Scope JsonReader::enter(std::string_view key) {
    path_.emplace_back(key);
    return Scope(path_);
}

JsonReader::Scope JsonReader::enter_index(std::size_t index) {
    path_.push_back("[" + std::to_string(index) + "]");
    return Scope(path_);
}

std::string JsonReader::path_to(std::string_view key) const {
    std::string out;
    auto append = [&out](std::string_view segment) {
        if (segment.empty()) return;
        if (!out.empty() && segment.front() != '[') out += '.';
        out += segment;
    };
    for (const auto& segment : path_) append(segment);
    append(key);
    return out.empty() ? "(root)" : out;
}

void JsonReader::problem(std::string_view key, std::string message) {
    if (saturated()) return;  // the list is full: building the path of a problem nobody sees cost seconds
    problem_at(path_to(key), std::move(message));
}

void JsonReader::problem_at(std::string path, std::string message) {
    if (problems_.size() == kMaxProblems) {
        problems_.push_back({"(root)", "too many problems; only the first " + std::to_string(kMaxProblems) +
                                           " are listed"});
    }
    if (problems_.size() > kMaxProblems) return;
    problems_.push_back({std::move(path), std::move(message)});
}

bool JsonReader::saturated() const { return problems_.size() > kMaxProblems; }

void JsonReader::type_problem(std::string_view key, const char* expected, const Json& got) {
    problem(key, "expected " + article_for(expected) + ", got " + got.type_name());
}

const Json* JsonReader::member(const Json& j, const char* key, bool required) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
        if (required) problem(key, "missing required field");
        return nullptr;
    }
    return &*it;
}

bool JsonReader::visible_text(std::string_view key, std::string_view text) {
    if (!is_blank(text)) return true;
    bool spaces_only = text.find_first_not_of(" \t\r\n") == std::string_view::npos;
    problem(key, spaces_only ? "must not be empty" : "must not be empty: it holds only spaces and invisible characters");
    return false;
}

std::string JsonReader::req_string(const Json& j, const char* key) {
    if (!member(j, key, true)) return {};
    auto value = opt_string(j, key);
    if (value && !visible_text(key, *value)) return {};
    return value.value_or("");
}

std::string JsonReader::req_id(const Json& j, const char* key) {
    std::string id = req_string(j, key);
    bool valid = std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (!valid) {
        problem(key, "\"" + id + "\" may use only lower-case letters, digits and hyphens");
        return {};
    }
    return id;
}

std::string JsonReader::req_date(const Json& j, const char* key) {
    std::string date = req_string(j, key);
    if (date.empty()) return date;
    if (auto wrong = date_problem(date)) {
        problem(key, *wrong);
        return {};
    }
    return date;
}

std::optional<std::string> JsonReader::opt_string(const Json& j, const char* key) {
    const Json* node = member(j, key, false);
    if (!node) return std::nullopt;
    if (!node->is_string()) {
        type_problem(key, "string", *node);
        return std::nullopt;
    }
    const auto& text = node->get_ref<const std::string&>();
    if (text.size() > limits_.max_string) {
        problem(key, "text is " + std::to_string(text.size()) + " bytes long; the limit is " +
                         std::to_string(limits_.max_string));
        return std::nullopt;
    }
    return text;
}

std::optional<int> JsonReader::req_int(const Json& j, const char* key, int min, int max) {
    if (!member(j, key, true)) return std::nullopt;
    return opt_int(j, key, min, max);
}

std::optional<int> JsonReader::opt_int(const Json& j, const char* key, int min, int max) {
    const Json* node = member(j, key, false);
    if (!node) return std::nullopt;
    if (!node->is_number()) {
        type_problem(key, "integer", *node);
        return std::nullopt;
    }
    if (node->is_number_float() && std::floor(node->get<double>()) != node->get<double>()) {
        problem(key, "expected a whole number, got " + number_text(*node));
        return std::nullopt;
    }
    double value = node->get<double>();
    if (value < min || value > max) {
        problem(key, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                         ", got " + number_text(*node));
        return std::nullopt;
    }
    return static_cast<int>(value);
}

std::optional<double> JsonReader::opt_number(const Json& j, const char* key, double min, double max) {
    const Json* node = member(j, key, false);
    if (!node) return std::nullopt;
    if (!node->is_number()) {
        type_problem(key, "number", *node);
        return std::nullopt;
    }
    double value = node->get<double>();
    if (!(value >= min && value <= max)) {
        problem(key, "expected a number from " + number_text(min) + " to " + number_text(max) + ", got " +
                         number_text(*node));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> JsonReader::opt_bool(const Json& j, const char* key) {
    const Json* node = member(j, key, false);
    if (!node) return std::nullopt;
    if (!node->is_boolean()) {
        type_problem(key, "boolean", *node);
        return std::nullopt;
    }
    return node->get<bool>();
}

const Json* JsonReader::req_object(const Json& j, const char* key) {
    if (!member(j, key, true)) return nullptr;
    return opt_object(j, key);
}

const Json* JsonReader::opt_object(const Json& j, const char* key) {
    const Json* node = member(j, key, false);
    if (!node) return nullptr;
    if (!node->is_object()) {
        type_problem(key, "object", *node);
        return nullptr;
    }
    return node;
}

std::vector<std::string> JsonReader::opt_string_array(const Json& j, const char* key) {
    std::vector<std::string> out;
    const Json* node = member(j, key, false);
    if (!node) return out;
    if (!node->is_array()) {
        type_problem(key, "array", *node);
        return out;
    }
    if (node->size() > limits_.max_array) {
        problem(key, "has " + std::to_string(node->size()) + " items; the limit is " +
                         std::to_string(limits_.max_array));
        return out;
    }
    auto scope = enter(key);
    for (std::size_t i = 0; i < node->size(); ++i) {
        const Json& item = (*node)[i];
        const std::string index = "[" + std::to_string(i) + "]";
        if (!item.is_string()) {
            type_problem(index, "string", item);
            continue;
        }
        const auto& text = item.get_ref<const std::string&>();
        if (text.size() > limits_.max_string) {
            problem(index, "text is " + std::to_string(text.size()) + " bytes long; the limit is " +
                               std::to_string(limits_.max_string));
            continue;
        }
        out.push_back(text);
    }
    return out;
}

void JsonReader::each(const Json& j, const char* key, bool required, const std::function<void(const Json&)>& fn,
                      std::size_t max_items) {
    const Json* node = member(j, key, required);
    if (!node) return;
    if (!node->is_array()) {
        type_problem(key, "array", *node);
        return;
    }
    if (!count_ok(key, node->size(), required, max_items)) return;
    auto scope = enter(key);
    for (std::size_t i = 0; i < node->size(); ++i) item(i, (*node)[i], fn);
}

bool JsonReader::count_ok(std::string_view key, std::size_t count, bool required, std::size_t max_items) {
    std::size_t limit = max_items ? max_items : limits_.max_array;
    if (count > limit) {
        problem(key, "has " + std::to_string(count) + " items; the limit is " + std::to_string(limit));
        return false;
    }
    if (required && count == 0) {
        problem(key, "must have at least one item");
        return false;
    }
    return true;
}

void JsonReader::item(std::size_t index, const Json& element, const std::function<void(const Json&)>& fn) {
    auto scope = enter_index(index);
    if (!element.is_object()) {
        type_problem("", "object", element);
        return;
    }
    fn(element);
}

void JsonReader::only_fields(const Json& j, std::initializer_list<std::string_view> known) {
    if (!j.is_object()) return;
    for (const auto& item : j.items()) {
        if (saturated()) return;
        const std::string& name = item.key();
        if (std::find(known.begin(), known.end(), name) != known.end()) continue;
        if (name.size() > limits_.max_string) {
            problem("", "a field name is " + std::to_string(name.size()) + " bytes long; the limit is " +
                            std::to_string(limits_.max_string));
            continue;
        }
        std::string_view nearest;
        std::size_t best = 3;
        for (auto candidate : known) {
            std::size_t d = edit_distance(name, candidate);
            if (d < best) best = d, nearest = candidate;
        }
        std::string message = "unknown field";
        if (!nearest.empty()) message += " (did you mean \"" + std::string(nearest) + "\"?)";
        problem(name, message);
    }
}

}  // namespace benefits
