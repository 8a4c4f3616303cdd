#include "fixtures.hpp"

#include "api/view_json.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

namespace fixtures {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string mini_text() { return read_file(BENEFITS_FIXTURES_DIR "/mini.json"); }

nlohmann::json mini() { return nlohmann::json::parse(mini_text()); }

benefits::Dataset mini_dataset() {
    auto result = benefits::load(mini_text());
    INFO((result.problems.empty() ? std::string() : benefits::to_string(result.problems.front())));
    REQUIRE(result.ok());
    return *result.dataset;
}

std::vector<std::string> problems_of(const nlohmann::json& doc) {
    std::vector<std::string> lines;
    for (const auto& p : benefits::load(doc.dump()).problems) lines.push_back(benefits::to_string(p));
    return lines;
}

benefits::Reference source(std::string id, benefits::Design design, benefits::Route route, std::optional<int> n) {
    benefits::Reference r;
    r.id = std::move(id);
    r.title = "Study " + r.id;
    r.design = design;
    r.route = route;
    r.n_total = n;
    return r;
}

benefits::EvidenceLink link(std::string ref, benefits::Role role, int finding) {
    return {std::move(ref), finding, role, ""};
}

nlohmann::json full_view(const benefits::Session& session) {
    nlohmann::json view = nlohmann::json::parse(benefits::view_json(session));
    for (std::size_t i = 0; i < view["claims"].size(); ++i) {
        nlohmann::json details = nlohmann::json::parse(benefits::claim_details_json(session, i));
        REQUIRE(details["id"] == view["claims"][i]["id"]);
        details.erase("id");
        view["claims"][i].update(details);
    }
    return view;
}

}  // namespace fixtures
