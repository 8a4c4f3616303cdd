// Every input in tests/fuzz/regressions/ once crashed the core (found by the fuzzer or by review). Each is
// replayed the way tests/fuzz/fuzz_core.cpp reads it: a dataset, then optional queries after "\n#query\n"
// lines. None may crash, and each must give a dataset or problems that name their place.
#include <catch2/catch.hpp>
#include <filesystem>

#include "benefits/api.hpp"
#include "benefits/load.hpp"
#include "fixtures.hpp"

namespace {

using nlohmann::json;

json parsed_answer(const std::string& out) {
    json j = json::parse(out, nullptr, false);
    INFO(out.substr(0, 300));
    REQUIRE_FALSE(j.is_discarded());
    REQUIRE(j["ok"].is_boolean());
    return j;
}

}  // namespace

TEST_CASE("every input that once crashed the core now loads or is refused with its place") {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(BENEFITS_REGRESSIONS_DIR))
        if (entry.is_regular_file() && entry.path().filename() != "README.md") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE_FALSE(files.empty());

    for (const auto& file : files) {
        INFO(file.filename().string());
        const std::string input = fixtures::read_file(file.string());
        const std::string separator = "\n#query\n";
        const std::string dataset = input.substr(0, input.find(separator));
        std::vector<std::string> queries = {"{}"};
        for (auto at = input.find(separator); at != std::string::npos; at = input.find(separator, at + 1)) {
            auto end = input.find(separator, at + separator.size());
            queries.push_back(input.substr(at + separator.size(),
                                           end == std::string::npos ? std::string::npos : end - at - separator.size()));
        }

        auto result = benefits::load(dataset);
        CHECK(result.ok() == result.problems.empty());
        for (const auto& p : result.problems) {
            CHECK_FALSE(p.path.empty());
            CHECK_FALSE(p.message.empty());
        }

        json loaded = parsed_answer(benefits::api::load(dataset));
        CHECK(loaded["ok"].get<bool>() == result.ok());
        int mini = parsed_answer(benefits::api::load(fixtures::mini_text()))["handle"].get<int>();
        for (const auto& q : queries) {
            if (loaded["ok"] == true) parsed_answer(benefits::api::query(loaded["handle"].get<int>(), q));
            parsed_answer(benefits::api::query(mini, q));
        }
        parsed_answer(benefits::api::query(mini, input));
        if (loaded["ok"] == true) CHECK(parsed_answer(benefits::api::release(loaded["handle"].get<int>()))["ok"] == true);
        benefits::api::release(mini);
    }
}
