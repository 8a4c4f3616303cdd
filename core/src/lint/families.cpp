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

std::vector<std::string> inflect(std::string_view verb) {
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
    return {v, s, ed, ing};
}

std::vector<std::string> expand(std::string_view pattern) {
    std::vector<std::string> out{""};
    for (std::string_view word : split(pattern, ' ')) {
        if (word.empty()) continue;
        std::vector<std::string> forms;
        if (word.size() > 2 && word.front() == '{' && word.back() == '}') {
            forms = inflect(word.substr(1, word.size() - 2));
        } else if (word.size() > 2 && word.front() == '<' && word.back() == '>') {
            forms = inflect(word.substr(1, word.size() - 2));
            forms.erase(forms.begin() + 2);  // the past
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

std::vector<std::string> family_phrases(std::span<const Family> families, std::string_view rule) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto& family : families) {
        if (family.rule != rule) continue;
        for (auto pattern : family.patterns)
            for (auto& phrase : expand(pattern))
                if (seen.insert(phrase).second) out.push_back(std::move(phrase));
    }
    return out;
}

}  // namespace benefits::lint_detail
