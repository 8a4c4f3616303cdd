#include "families.hpp"

#include <set>

namespace benefits::lint_detail {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t from = 0;
    for (std::size_t at = s.find(sep); at != std::string_view::npos; at = s.find(sep, from)) {
        out.push_back(s.substr(from, at - from));
        from = at + 1;
    }
    out.push_back(s.substr(from));
    return out;
}

}  // namespace

std::vector<std::string> inflect_en(std::string_view verb, bool present_only) {
    std::string v(verb);
    if (v.empty()) return {};
    std::string stem = v;
    std::string s, ed, ing;
    if (ends_with(v, "ee")) {
        s = v + "s", ed = v + "d", ing = v + "ing";
    } else if (ends_with(v, "e")) {
        stem.pop_back();
        s = v + "s", ed = v + "d", ing = stem + "ing";
    } else if (ends_with(v, "y") && v.size() > 1 && !is_vowel(v[v.size() - 2])) {
        stem.pop_back();
        s = stem + "ies", ed = stem + "ied", ing = v + "ing";
    } else if (ends_with(v, "s") || ends_with(v, "x") || ends_with(v, "z") || ends_with(v, "ch") || ends_with(v, "sh")) {
        s = v + "es", ed = v + "ed", ing = v + "ing";
    } else if (v.size() >= 3 && !is_vowel(v.back()) && v.back() != 'w' && v.back() != 'y' &&
               is_vowel(v[v.size() - 2]) && !is_vowel(v[v.size() - 3]) && v.size() <= 4) {
        // Short consonant-vowel-consonant words double their last letter: stop, stopped, stopping; cut, cutting.
        s = v + "s", ed = v + v.back() + "ed", ing = v + v.back() + "ing";
    } else {
        s = v + "s", ed = v + "ed", ing = v + "ing";
    }
    if (present_only) return {v, s, ing};
    return {v, s, ed, ing};
}

std::vector<std::string> agree_en(std::string_view adjective) { return {std::string(adjective)}; }

std::vector<std::string> inflect(std::string_view verb) { return inflect_en(verb, false); }

std::vector<std::string> inflect_es(std::string_view verb, bool present_only) {
    std::string v(verb);
    if (v.size() < 3 || v.back() != 'r') return {v};
    const char kind = v[v.size() - 2];  // a, e or i
    std::string stem = v.substr(0, v.size() - 2);
    // The subjunctive (usted's imperative, "cure su migraña") changes the spelling before e: garantice, aplique.
    std::string subj_stem = stem;
    if (kind == 'a') {
        if (ends_with(stem, "z")) subj_stem = stem.substr(0, stem.size() - 1) + "c";
        else if (ends_with(stem, "c")) subj_stem = stem.substr(0, stem.size() - 1) + "qu";
        else if (ends_with(stem, "g")) subj_stem = stem + "u";
    }
    std::vector<std::string> out{v};
    // The first person ("alivio", "curo") is left out of the present forms: folded, it is also the past
    // ("alivió", "curó") and often a noun ("el alivio").
    if (kind == 'a') {
        for (const char* end : {"a", "an", "as", "amos"}) out.push_back(stem + end);
        if (!present_only) out.push_back(stem + "o");
        for (const char* end : {"e", "en"}) out.push_back(subj_stem + end);
        out.push_back(stem + "ando");
        if (!present_only)
            for (const char* end : {"ado", "ada", "ados", "adas"}) out.push_back(stem + end);
    } else {
        for (const char* end : {"e", "en", "es"}) out.push_back(stem + end);
        if (!present_only) out.push_back(stem + "o");
        out.push_back(stem + (kind == 'e' ? "emos" : "imos"));
        for (const char* end : {"a", "an"}) out.push_back(stem + end);
        out.push_back(stem + "iendo");
        if (!present_only)
            for (const char* end : {"ido", "ida", "idos", "idas"}) out.push_back(stem + end);
    }
    return out;
}

std::vector<std::string> agree_es(std::string_view adjective) {
    std::string a(adjective);
    if (a.empty()) return {};
    if (a.back() == 'o') {
        std::string stem = a.substr(0, a.size() - 1);
        return {a, stem + "a", a + "s", stem + "as"};
    }
    if (a.back() == 'a' || a.back() == 'e') return {a, a + "s"};
    return {a, a + "es"};
}

std::vector<std::string> expand(std::string_view pattern, const Language& language) {
    std::vector<std::string> out{""};
    for (std::string_view word : split(pattern, ' ')) {
        if (word.empty()) continue;
        std::vector<std::string> forms;
        std::string_view inner = word.size() > 2 ? word.substr(1, word.size() - 2) : std::string_view{};
        if (word.size() > 2 && word.front() == '{' && word.back() == '}') {
            forms = language.inflect(inner, false);
        } else if (word.size() > 2 && word.front() == '<' && word.back() == '>') {
            forms = language.inflect(inner, true);
        } else if (word.size() > 2 && word.front() == '[' && word.back() == ']') {
            forms = language.agree(inner);
        } else {
            for (std::string_view alt : split(word, '|')) forms.emplace_back(alt);
        }
        std::vector<std::string> next;
        for (const auto& head : out)
            for (const auto& form : forms) next.push_back(head.empty() ? form : head + " " + form);
        out = std::move(next);
    }
    return out;
}

std::vector<std::string> family_phrases(const Language& language, std::string_view rule) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto& family : language.families) {
        if (family.rule != rule) continue;
        for (auto pattern : family.patterns)
            for (auto& phrase : expand(pattern, language))
                if (seen.insert(phrase).second) out.push_back(std::move(phrase));
    }
    return out;
}

const Language& tables_for(std::string_view tag) {
    std::string primary;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        primary += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    if (primary == "es") return tables_es();
    return tables_en();
}

}  // namespace benefits::lint_detail
