// The view model the page renders: the dataset plus everything the core derives, as JSON.
#pragma once

#include <string>
#include <string_view>

#include "benefits/session.hpp"

namespace benefits {

std::string view_json(const Session& session);

// prefix + the view + suffix, written once into one buffer of about size_hint bytes: a view of megabytes is
// not copied again to be wrapped in an answer.
std::string view_json(const Session& session, std::string_view prefix, std::string_view suffix,
                      std::size_t size_hint = 0);

}  // namespace benefits
