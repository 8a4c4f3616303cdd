#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "benefits/api.hpp"
#include "benefits/lint.hpp"
#include "fixtures.hpp"

using nlohmann::json;

TEST_CASE("load returns a handle and the view with derived fields") {
    auto out = json::parse(benefits::api::load(fixtures::mini_text()));
    REQUIRE(out["ok"] == true);
    int handle = out["handle"];
    const auto& view = out["view"];
    CHECK(view["claims"].size() == 4);
    const auto details = [&](int position) { return json::parse(benefits::api::claim_details(handle, position))["claim"]; };
    const auto& first = view["claims"][0];
    const json first_details = details(0);
    CHECK(first["certainty"] == "very-low");
    CHECK(first["plainLanguage"] ==
          "The evidence is very uncertain about the effect of IV magnesium, compared with placebo, on migraine pain "
          "30 minutes after the infusion.");
    CHECK(first["plainLanguage"] == first_details["outcomes"][0]["statement"]);
    CHECK(first["kind"] == "graded");
    CHECK(first["counts"] == json({{"supports", 1}, {"contradicts", 1}, {"context", 1}, {"observations", 0}}));
    CHECK(first["studyCount"] == 2);
    CHECK(first["participants"] == 182);
    CHECK(first["participantsFromReview"] == false);
    CHECK(first_details["population"] == "adults with migraine in the emergency department");
    CHECK(first_details["timeframe"] == "30 minutes after the infusion");
    CHECK(first_details["absolute"][0]["magnesium"]["per100"] == 80);
    CHECK(first_details["absolute"][0]["control"]["per100"] == 18);
    CHECK(first_details["absolute"].size() == 1);  // the rates only; the risk difference is in the row
    CHECK(first_details["outcomes"][0]["absolute"][1]["text"] ==
          "7 fewer people in every 100 needed another medicine (between 23 fewer and 9 more)");
    CHECK(first["redFlags"] == true);
    CHECK(first_details["harms"] == json::array({"flushing", "low-pressure"}));  // and the infusion caution
    // An oral row answers for oral magnesium: not marked down for it, but the claim says the clinic's route
    // has no evidence.
    CHECK(view["claims"][1]["certainty"] == "high");
    CHECK(details(1)["outcomes"][0]["indirect"] == false);
    CHECK(view["claims"][1]["indirect"] == true);
    CHECK(view["claims"][1]["evidenceRoutes"] == json::array({"oral"}));
    CHECK(view["claims"][2]["redFlags"] == false);
    CHECK(view["claims"][2]["certainty"].is_null());
    CHECK(details(2)["outcomes"][1]["kind"] == "no-studies");
    CHECK(view["emergencyLine"] == "Call your local emergency number.");
    CHECK(view["redFlags"][1]["urgency"] == "see-doctor");
    CHECK(view["vocabulary"]["certainties"] == json::array({"high", "moderate", "low", "very-low"}));
    CHECK(view["references"][0]["authors"] == "Ávila B, Müller C");
    CHECK_FALSE(view["references"][0].contains("checkingNotes"));  // mini.json gives trial-iv-a one
    CHECK(benefits::api::load(fixtures::mini_text()).find("3 of 17 improved") == std::string::npos);
    CHECK(view["references"][0]["pmid"].is_null());
    CHECK_FALSE(view["references"][0].contains("verified_from"));
    CHECK(view["gradingRule"].size() >= 5);
    CHECK(json::parse(benefits::api::release(handle))["ok"] == true);
}

TEST_CASE("a claim's details are asked for by position: the view names their fields and carries none of them") {
    auto out = json::parse(benefits::api::load(fixtures::mini_text()));
    REQUIRE(out["ok"] == true);
    const int handle = out["handle"];
    const json& names = out["view"]["claimDetails"];
    REQUIRE(names.is_array());
    std::set<std::string> expected{"id"};
    for (const auto& name : names) expected.insert(name.get<std::string>());
    for (std::size_t i = 0; i < out["view"]["claims"].size(); ++i) {
        const json& claim = out["view"]["claims"][i];
        const json answer = json::parse(benefits::api::claim_details(handle, static_cast<std::int64_t>(i)));
        REQUIRE(answer["ok"] == true);
        CHECK(answer["claim"]["id"] == claim["id"]);
        std::set<std::string> keys;
        for (const auto& [key, value] : answer["claim"].items()) keys.insert(key);
        CHECK(keys == expected);
        for (const auto& name : names) CHECK_FALSE(claim.contains(name.get<std::string>()));
    }
    const json outside = json::parse(benefits::api::claim_details(handle, 4));
    CHECK(outside["ok"] == false);
    CHECK(outside["errors"][0] == json({{"path", "(position)"}, {"message", "no claim at position 4: the view lists 4"}}));
    CHECK(json::parse(benefits::api::claim_details(handle, -1))["ok"] == false);
    benefits::api::release(handle);
    CHECK(json::parse(benefits::api::claim_details(handle, 0))["errors"][0]["path"] == "(handle)");
}

TEST_CASE("query answers by id and reports unknown handles") {
    int handle = json::parse(benefits::api::load(fixtures::mini_text()))["handle"];
    auto ids = json::parse(benefits::api::query(handle, R"({"topic":["beyond"]})"));
    CHECK(ids["ids"] == json::array({"cafeina-sleep", "big-trial"}));
    benefits::api::release(handle);
    auto gone = json::parse(benefits::api::query(handle, "{}"));
    CHECK(gone["ok"] == false);
    CHECK(gone["errors"][0]["message"] == "no dataset is loaded under handle " + std::to_string(handle));
}

TEST_CASE("a broken dataset comes back as errors with paths, never a handle") {
    auto doc = fixtures::mini();
    doc["claims"][0]["outcomes"][0]["evidence"][1]["ref"] = "foo2019";
    auto out = json::parse(benefits::api::load(doc.dump()));
    CHECK(out["ok"] == false);
    CHECK_FALSE(out.contains("handle"));
    CHECK(out["errors"][0] == json({{"path", "claims[0].outcomes[0].evidence[1].ref"},
                                    {"message", "unknown reference \"foo2019\""}}));
}

TEST_CASE("text that is not UTF-8 still yields valid JSON") {
    auto doc = fixtures::mini_text();
    auto at = doc.find("Fast relief");
    doc.replace(at, 4, "F\xC3st");  // a truncated UTF-8 sequence inside a string
    auto out = benefits::api::load(doc);
    CHECK_FALSE(json::parse(out, nullptr, false).is_discarded());
}

TEST_CASE("participants are not counted twice when a review pools the trials beside it") {
    auto doc = fixtures::mini();
    doc["references"][1]["design"] = "meta-analysis";  // trial-iv-b, 150 people, now a review
    auto out = json::parse(benefits::api::load(doc.dump()));
    REQUIRE(out["ok"] == true);
    CHECK(out["view"]["claims"][0]["participants"] == 150);  // not 32 + 150
    CHECK(out["view"]["claims"][0]["participantsFromReview"] == true);
    CHECK(json::parse(benefits::api::claim_details(out["handle"], 0))["claim"]["outcomes"][0]["participants"] == 150);
    benefits::api::release(out["handle"]);
}

TEST_CASE("lint reports counts and findings for a dataset that loads, and the load failure otherwise") {
    // The api's answer is the linter's report with "ok" and the messages' language in front, its counts those of
    // its findings.
    auto clean = json::parse(benefits::api::lint(fixtures::mini_text()));
    auto report = json::parse(benefits::lint_report_json(benefits::lint(fixtures::mini_dataset())));
    report["ok"] = true;
    report["lang"] = "en";
    CHECK(clean == report);
    CHECK(clean["errors"] == 0);

    auto doc = fixtures::mini();
    doc["claims"][3].erase("harms");
    doc["infusion_cautions"] = json::array();  // otherwise every card shows them
    doc["claims"][3]["outcomes"][0]["population"] = "Patients";
    auto out = json::parse(benefits::api::lint(doc.dump()));
    CHECK(out["ok"] == true);
    CHECK(out["errors"] == 1);
    int errors = 0, warnings = 0;
    const json* l6 = nullptr;
    const json* l8 = nullptr;
    for (const auto& f : out["findings"]) {
        (f["severity"] == "error" ? errors : warnings) += 1;
        if (f["rule"] == "L6" && f["path"] == "claims[3].harms") l6 = &f;
        if (f["rule"] == "L8" && f["path"] == "claims[3].outcomes[0].population") l8 = &f;
    }
    CHECK(out["errors"] == errors);
    CHECK(out["warnings"] == warnings);
    REQUIRE(l6);
    CHECK((*l6)["severity"] == "error");
    CHECK_FALSE((*l6)["fix"].get<std::string>().empty());
    REQUIRE(l8);
    CHECK((*l8)["severity"] == "warning");

    doc["claims"][0]["outcomes"][0]["evidence"][1]["ref"] = "foo2019";
    auto broken = json::parse(benefits::api::lint(doc.dump()));
    CHECK(broken["ok"] == false);
    CHECK(broken["errors"][0] == json({{"path", "claims[0].outcomes[0].evidence[1].ref"},
                                       {"message", "unknown reference \"foo2019\""}}));
    CHECK(json::parse(benefits::api::lint("{"))["ok"] == false);
}
