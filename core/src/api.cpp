#include "benefits/api.hpp"

#include <limits>
#include <map>
#include <memory>

#include "benefits/lint.hpp"
#include "benefits/load.hpp"
#include "benefits/session.hpp"
#include "benefits/view.hpp"
#include "json_fwd.hpp"

namespace benefits::api {
namespace {

std::map<int, std::unique_ptr<Session>>& sessions() {
    static std::map<int, std::unique_ptr<Session>> open;
    return open;
}

std::string failure(const std::vector<Problem>& problems) {
    Json errors = Json::array();
    for (const auto& p : problems) errors.push_back({{"path", p.path}, {"message", p.message}});
    return Json{{"ok", false}, {"errors", std::move(errors)}}.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string unknown_handle(int handle) {
    return failure({{"(handle)", "no dataset is loaded under handle " + std::to_string(handle)}});
}

}  // namespace

std::string load(std::string_view text) {
    LoadResult result = benefits::load(text);
    if (!result.ok()) return failure(result.problems);
    // Handles count up from 1 and wrap before int overflows, skipping any still open.
    static int next_handle = 0;
    do next_handle = next_handle == std::numeric_limits<int>::max() ? 1 : next_handle + 1;
    while (sessions().count(next_handle));
    int handle = next_handle;
    auto session = std::make_unique<Session>(std::move(*result.dataset));
    std::string view = view_json(*session);
    sessions()[handle] = std::move(session);
    // The view is already JSON: splice it in rather than parse it again.
    return "{\"ok\":true,\"handle\":" + std::to_string(handle) + ",\"view\":" + view + "}";
}

std::string query(int handle, std::string_view query_json) {
    auto it = sessions().find(handle);
    if (it == sessions().end()) return unknown_handle(handle);
    std::vector<Problem> problems;
    Query q = parse_query(query_json, problems);
    if (!problems.empty()) return failure(problems);
    const Session& s = *it->second;
    Json ids = Json::array();
    for (std::size_t i : s.index.run(q)) ids.push_back(s.data.claims[i].id);
    return Json{{"ok", true}, {"ids", std::move(ids)}}.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string release(int handle) {
    if (sessions().erase(handle) == 0) return unknown_handle(handle);
    return "{\"ok\":true}";
}

std::string grading_rule() {
    return Json{{"ok", true}, {"steps", grading_rule_text()}}.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string lint(std::string_view text) {
    LoadResult result = benefits::load(text);
    if (!result.ok()) return failure(result.problems);
    // The report is already JSON: put "ok" in front rather than parse it again.
    std::string report = lint_report_json(benefits::lint(*result.dataset));
    return "{\"ok\":true," + report.substr(1);
}

}  // namespace benefits::api
