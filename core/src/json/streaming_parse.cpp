#include "json/streaming_parse.hpp"

#include <string>
#include <utility>
#include <vector>

#include "json/parser.hpp"

namespace benefits {
namespace {

// nlohmann's json_sax_dom_parser rewritten for our parser, plus the streamed array and a count of the values
// held.
class StreamingBuilder final : public JsonEvents {
public:
    StreamingBuilder(StreamingParse& out, std::string_view key, const Limits& limits,
                     const std::function<void()>& on_begin,
                     const std::function<void(std::size_t, const Json&)>& on_item)
        : out_(out), key_(key), limits_(limits), on_begin_(on_begin), on_item_(on_item) {}

    bool null() override { return scalar(Json(nullptr)); }
    bool boolean(bool value) override { return scalar(Json(value)); }
    bool integer(std::int64_t value) override { return scalar(Json(value)); }
    bool unsigned_integer(std::uint64_t value) override { return scalar(Json(value)); }
    bool floating(double value) override { return scalar(Json(value)); }
    bool string(std::string& value) override { return scalar(Json(std::move(value))); }

    bool start_object() override { return open(Json::value_t::object, false); }
    bool start_array() override { return open(Json::value_t::array, key_pending_ && stack_.size() == 1); }

    bool key(std::string& name) override {
        if (stack_.size() == 1) {
            key_pending_ = !key_.empty() && name == key_;
            if (key_pending_) {
                out_.streamed = false;
                out_.items = 0;
                on_begin_();
            }
        }
        member_ = &(*stack_.back())[name];
        return true;
    }

    bool end_object() override { return close(); }
    bool end_array() override {
        if (stream_depth_ && stack_.size() == stream_depth_) stream_depth_ = 0;  // the streamed array ends
        return close();
    }

private:
    bool in_item() const { return stream_depth_ && stack_.size() >= stream_depth_; }

    // Counts one more value held, refusing a tree larger than the limits allow.
    bool count() {
        if (in_item()) {
            if (++item_values_ <= limits_.max_item_values) return true;
            out_.too_big = Problem{std::string(key_) + "[" + std::to_string(out_.items) + "]",
                                   "too large: more than " + std::to_string(limits_.max_item_values) +
                                       " values in one item"};
        } else {
            if (++root_values_ <= limits_.max_other_values) return true;
            out_.too_big = Problem{"(root)", "too large: more than " + std::to_string(limits_.max_other_values) +
                                                 " values outside \"" + std::string(key_) + "\""};
        }
        return false;
    }

    // Puts a new value where the parse is: the root, the element being streamed, the end of an array, or
    // the member named by the last key.
    Json* place(Json&& value) {
        if (stack_.empty()) {
            out_.root = std::move(value);
            return &out_.root;
        }
        if (stream_depth_ && stack_.size() == stream_depth_) {
            item_ = std::move(value);
            return &item_;
        }
        Json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        *member_ = std::move(value);
        return member_;
    }

    bool scalar(Json&& value) {
        if (!count()) return false;
        const bool item = place(std::move(value)) == &item_;
        if (stack_.size() == 1) key_pending_ = false;
        if (item) finish_item();
        return true;
    }

    bool open(Json::value_t type, bool stream) {
        if (!count()) return false;
        stack_.push_back(place(Json(type)));
        if (stack_.size() == 2) key_pending_ = false;
        if (stream) {
            stream_depth_ = stack_.size();
            out_.streamed = true;
        }
        return true;
    }

    bool close() {
        stack_.pop_back();
        if (stream_depth_ && stack_.size() == stream_depth_) finish_item();
        return true;
    }

    void finish_item() {
        on_item_(out_.items++, item_);
        item_ = Json();
        item_values_ = 0;
    }

    StreamingParse& out_;
    std::string_view key_;
    const Limits& limits_;
    const std::function<void()>& on_begin_;
    const std::function<void(std::size_t, const Json&)>& on_item_;
    std::vector<Json*> stack_;     // the open arrays and objects
    Json* member_ = nullptr;       // where the value after the last key goes
    bool key_pending_ = false;     // the last member name of the root was key_
    std::size_t stream_depth_ = 0; // stack size inside the streamed array (0: not in it)
    Json item_;                    // the element being streamed
    std::size_t item_values_ = 0;
    std::size_t root_values_ = 0;
};

}  // namespace

StreamingParse parse_streaming(std::string_view text, std::string_view key, const Limits& limits,
                               const std::function<void()>& on_begin,
                               const std::function<void(std::size_t, const Json&)>& on_item) {
    StreamingParse out;
    StreamingBuilder builder(out, key, limits, on_begin, on_item);
    out.ok = parse_json(text, builder).ok && !out.too_big;
    if (!out.ok && !out.too_big) out.streamed = false;
    return out;
}

StreamingParse parse_whole(std::string_view text, const Limits& limits) {
    return parse_streaming(text, {}, limits, [] {}, [](std::size_t, const Json&) {});
}

}  // namespace benefits
