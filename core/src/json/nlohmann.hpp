// nlohmann/json configured for this project: no exceptions are ever thrown by our use of it.
#pragma once
#ifndef JSON_NOEXCEPTION
#define JSON_NOEXCEPTION
#endif
#include <nlohmann/json.hpp>

namespace benefits {
using Json = nlohmann::json;
}
