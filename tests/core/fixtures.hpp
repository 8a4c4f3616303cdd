// Test data: the fixture files, and small edits of them for the error cases.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "benefits/load.hpp"

namespace fixtures {

std::string read_file(const std::string& path);
std::string mini_text();                 // tests/fixtures/mini.json
nlohmann::json mini();                   // the same, parsed, to edit
benefits::Dataset mini_dataset();        // loaded; fails the test if it does not load
std::vector<std::string> problems_of(const nlohmann::json& doc);  // "path: message" lines

}  // namespace fixtures
