// Test data: the fixture files, and small edits of them for the error cases.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "benefits/load.hpp"
#include "benefits/session.hpp"

namespace fixtures {

std::string read_file(const std::string& path);
std::string mini_text();                 // tests/fixtures/mini.json
nlohmann::json mini();                   // the same, parsed, to edit
benefits::Dataset mini_dataset();        // loaded; fails the test if it does not load
std::vector<std::string> problems_of(const nlohmann::json& doc);  // "path: message" lines
// The view with each claim's details put in (what the page holds once every card has been opened).
nlohmann::json full_view(const benefits::Session& session);

// Datasets built in code (grading and counting tests): a source of a design, route and size, and a link to it.
benefits::Reference source(std::string id, benefits::Design design, benefits::Route route, std::optional<int> n);
benefits::EvidenceLink link(std::string ref, benefits::Role role, int finding = -1);

}  // namespace fixtures
