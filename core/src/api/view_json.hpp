// The view model the page renders: the dataset plus everything the core derives, as JSON. The view carries
// what the list shows of each claim; the rest of a claim (its outcome rows, links, effects and grades) is its
// details, written when its card opens (docs/architecture.md, "View").
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

// prefix + the details of the claim at `position` (below the session's claim count) + suffix.
std::string claim_details_json(const Session& session, std::size_t position, std::string_view prefix = {},
                               std::string_view suffix = {});

}  // namespace benefits
