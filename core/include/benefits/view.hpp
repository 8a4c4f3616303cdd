// The view model the page renders: the dataset plus everything the core derives, as JSON.
#pragma once

#include <string>

#include "benefits/session.hpp"

namespace benefits {

std::string view_json(const Session& session);

}  // namespace benefits
