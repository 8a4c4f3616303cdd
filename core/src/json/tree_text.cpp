#include "json/tree_text.hpp"

#include <vector>

#include "json/reader.hpp"
#include "json/writer.hpp"

namespace benefits {
namespace {

// Iterative: a tree may be nested as deep as the limits allow.
void write(JsonWriter& out, const Json& root) {
    struct Open {
        const Json* node;
        Json::const_iterator next;
    };
    std::vector<Open> open;
    const auto value = [&](const Json& node) {
        switch (node.type()) {
            case Json::value_t::object: out.begin_object(); open.push_back({&node, node.cbegin()}); break;
            case Json::value_t::array: out.begin_array(); open.push_back({&node, node.cbegin()}); break;
            case Json::value_t::string: out.value(node.get_ref<const std::string&>()); break;
            case Json::value_t::boolean: out.value(node.get<bool>()); break;
            case Json::value_t::number_integer:
            case Json::value_t::number_unsigned:
            case Json::value_t::number_float: out.raw(number_text(node)); break;
            default: out.null(); break;
        }
    };
    value(root);
    while (!open.empty()) {
        Open& top = open.back();
        if (top.next == top.node->cend()) {
            if (top.node->is_object()) out.end_object();
            else out.end_array();
            open.pop_back();
            continue;
        }
        const auto item = top.next++;
        if (top.node->is_object()) out.key(item.key());
        value(*item);
    }
}

}  // namespace

std::string json_text(const Json& value) {
    JsonWriter out;
    write(out, value);
    return out.take();
}

}  // namespace benefits
