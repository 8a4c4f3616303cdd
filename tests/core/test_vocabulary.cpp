// The schema (data/claims.schema.json) and the core agree: every enum of the schema is one of the core's
// vocabularies, in the core's order, and the broken variants of tests/data/format2-cases.json are refused by
// the loader where the schema refuses them (tests/data/schema.test.mjs runs the same cases through the schema).
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "benefits/grade.hpp"
#include "benefits/load.hpp"
#include "benefits/model.hpp"
#include "fixtures.hpp"

namespace {

using nlohmann::json;

std::vector<std::string> values_of(const benefits::Vocabulary& v) { return {v.values.begin(), v.values.end()}; }

std::map<std::string, std::vector<std::string>> core_vocabularies() {
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& v : benefits::vocabularies()) out[std::string(v.name)] = values_of(v);
    return out;
}

// Every "enum" of the schema with its JSON pointer, nulls left out (they mean "not given").
void collect_enums(const json& node, const std::string& pointer, std::map<std::string, std::vector<std::string>>& out) {
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            if (key == "enum" && value.is_array()) {
                std::vector<std::string> names;
                for (const auto& v : value)
                    if (v.is_string()) names.push_back(v.get<std::string>());
                out[pointer] = names;
            } else {
                collect_enums(value, pointer + "/" + key, out);
            }
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) collect_enums(node[i], pointer + "/" + std::to_string(i), out);
    }
}

// Which vocabulary each enum of the schema holds.
const std::map<std::string, std::string> kEnumVocabulary = {
    {"/properties/route", "routes"},
    {"/$defs/claim/properties/verdict", "verdicts"},
    {"/$defs/outcome/properties/route", "routes"},
    {"/$defs/outcome/properties/direction", "effectDirections"},
    {"/$defs/outcome/properties/size", "effectSizes"},
    {"/$defs/evidence_link/properties/role", "roles"},
    {"/$defs/judgement/properties/level", "concerns"},
    {"/$defs/absolute/properties/kind", "absoluteKinds"},
    {"/$defs/finding/properties/direction", "directions"},
    {"/$defs/reference/properties/design", "designs"},
    {"/$defs/reference/properties/route", "routes"},
    {"/$defs/harm/properties/seriousness", "seriousness"},
    {"/$defs/red_flag/properties/urgency", "urgencies"},
    {"/$defs/phrase_object/properties/gender", "genders"},
    {"/$defs/phrase_object/properties/number", "numbers"},
};

json read_json(const char* path) {
    json doc = json::parse(fixtures::read_file(path), nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    return doc;
}

// The edits of one case: JSON pointers to set, append to, or remove.
json apply_edits(json doc, const json& edits) {
    for (const auto& edit : edits) {
        if (edit.contains("set")) {
            doc[json::json_pointer(edit["set"].get<std::string>())] = edit["value"];
        } else if (edit.contains("append")) {
            doc[json::json_pointer(edit["append"].get<std::string>())].push_back(edit["value"]);
        } else {
            json::json_pointer pointer(edit["remove"].get<std::string>());
            json& parent = doc[pointer.parent_pointer()];
            if (parent.is_array()) parent.erase(static_cast<std::size_t>(std::stoul(pointer.back())));
            else parent.erase(pointer.back());
        }
    }
    return doc;
}

}  // namespace

TEST_CASE("the core has every vocabulary the view carries, each name parsing back to itself") {
    auto vocab = core_vocabularies();
    for (const char* name : {"verdicts", "certainties", "routes", "designs", "roles", "seriousness", "urgencies",
                             "domains", "concerns", "directions", "effectDirections", "effectSizes",
                             "absoluteKinds"}) {
        INFO(name);
        REQUIRE(vocab.count(name));
        CHECK_FALSE(vocab[name].empty());
    }
    CHECK(vocab.size() == 13);
    CHECK(vocab["certainties"] == std::vector<std::string>{"high", "moderate", "low", "very-low"});
    // Strongest support first; contested (quoted correctly, but disputed) after partly supported (issue 14).
    CHECK(vocab["verdicts"] == std::vector<std::string>{"supported", "partly-supported", "contested", "oral-only",
                                                        "not-supported", "contradicted"});
    CHECK(vocab["effectDirections"] == std::vector<std::string>{"decrease", "increase", "no-difference"});
    CHECK(vocab["seriousness"] ==
          std::vector<std::string>{"contraindication", "serious", "warning", "common-mild", "not-reported"});
    CHECK(vocab["urgencies"] == std::vector<std::string>{"emergency", "see-doctor"});
    CHECK(vocab["absoluteKinds"] == std::vector<std::string>{"rates", "risk-difference", "mean-difference"});
    CHECK(vocab["effectSizes"] == std::vector<std::string>{"important", "slight"});

    const auto round_trip = [&](const char* name, auto parse) {
        for (const auto& value : vocab[name]) {
            INFO(name << ": " << value);
            auto parsed = parse(value);
            REQUIRE(parsed.has_value());
            CHECK(benefits::to_string(*parsed) == value);
        }
    };
    round_trip("verdicts", benefits::parse_verdict);
    round_trip("certainties", benefits::parse_certainty);
    round_trip("routes", benefits::parse_route);
    round_trip("designs", benefits::parse_design);
    round_trip("roles", benefits::parse_role);
    round_trip("seriousness", benefits::parse_seriousness);
    round_trip("urgencies", benefits::parse_urgency);
    round_trip("concerns", benefits::parse_concern);
    round_trip("directions", benefits::parse_direction);
    round_trip("effectDirections", benefits::parse_effect_direction);
    round_trip("effectSizes", benefits::parse_effect_size);
    round_trip("absoluteKinds", benefits::parse_absolute_kind);
    CHECK(benefits::urgency_names() == "emergency|see-doctor");
    CHECK(benefits::absolute_kind_names() == "rates|risk-difference|mean-difference");
}

TEST_CASE("the domains vocabulary names the grading steps as the grade does") {
    using benefits::Domain;
    std::vector<std::string> names;
    for (Domain d : {Domain::RiskOfBias, Domain::Inconsistency, Domain::Indirectness, Domain::Imprecision,
                     Domain::PublicationBias, Domain::LargeEffect})
        names.emplace_back(benefits::to_string(d));
    CHECK(core_vocabularies()["domains"] == names);
}

TEST_CASE("every enum of the schema is a vocabulary of the core, in the core's order") {
    const json schema = read_json(BENEFITS_SCHEMA_FILE);
    std::map<std::string, std::vector<std::string>> enums;
    collect_enums(schema, "", enums);
    auto vocab = core_vocabularies();
    for (const auto& v : benefits::grammar_vocabularies()) vocab[std::string(v.name)] = values_of(v);  // not in the view
    std::set<std::string> covered;
    for (const auto& [pointer, names] : enums) {
        INFO(pointer << " in data/claims.schema.json");
        auto known = kEnumVocabulary.find(pointer);
        REQUIRE(known != kEnumVocabulary.end());  // a new enum: say here which vocabulary it holds
        CHECK(names == vocab[known->second]);
        covered.insert(known->second);
    }
    CHECK(enums.size() == kEnumVocabulary.size());
    // The kinds of absolute figure are also the consts that pick each kind's fields.
    std::vector<std::string> kinds;
    for (const auto& branch : schema["$defs"]["absolute"]["allOf"])
        kinds.push_back(branch["if"]["properties"]["kind"]["const"].get<std::string>());
    CHECK(kinds == vocab["absoluteKinds"]);
    // Every vocabulary of the format is in the schema; the others belong to the view only.
    for (const auto& [name, values] : vocab) {
        INFO(name);
        bool view_only = name == "certainties" || name == "domains";
        CHECK(covered.count(name) == (view_only ? 0u : 1u));
    }
}

TEST_CASE("the loader refuses each broken variant where the schema does, and accepts what it accepts") {
    const json cases = read_json(BENEFITS_FORMAT_CASES)["cases"];
    REQUIRE(cases.size() >= 40);
    const json mini = fixtures::mini();
    for (const auto& c : cases) {
        const std::string name = c["name"].get<std::string>();
        INFO(name);
        auto lines = fixtures::problems_of(apply_edits(mini, c["edits"]));
        std::string all;
        for (const auto& line : lines) all += line + "\n";
        INFO("problems:\n" << all);
        if (c["refused_at"].is_null()) {
            CHECK(lines.empty());
            continue;
        }
        const std::string at = c["refused_at"].get<std::string>() + ": ";
        bool found = false;
        for (const auto& line : lines) found |= line.rfind(at, 0) == 0;
        CHECK(found);
    }
}
