// A parsed tree written back as JSON text, without nlohmann's serializer (and the printf it calls to escape
// control characters): text that is not valid UTF-8 becomes U+FFFD, as JsonWriter writes it.
#pragma once

#include <string>

#include "json/nlohmann.hpp"

namespace benefits {

std::string json_text(const Json& value);

}  // namespace benefits
