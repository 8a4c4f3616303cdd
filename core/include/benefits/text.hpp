// Every sentence the core writes, one table per language (core/src/text/en.cpp, es.cpp), and the small
// template engine that fills them. wording.cpp, grade.cpp and the view take their words from here only.
#pragma once

#include <array>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "benefits/model.hpp"

namespace benefits {

enum class Lang { En, Es };

// The table for a BCP 47 tag by its primary subtag: "es", "es-MX" → Spanish; anything else → English.
Lang language_of(std::string_view tag);

using TextArgs = std::initializer_list<std::pair<std::string_view, std::string_view>>;

struct Texts {
    Lang lang;

    // A noun phrase as a sentence names it: English "placebo"; Spanish "el placebo", "las infusiones".
    std::string (*the)(std::string_view noun, Grammar);
    // Its sentences agree with a phrase's gender and number and take an event's form for one person: a dataset
    // or a translation in this language must give them (docs/format.md, "Grammar", "A dataset in Spanish").
    bool needs_grammar;
    char decimal_point;

    // ---- GRADE guideline 26 statements (wording.cpp) ----
    // [direction: decrease, increase, no difference][certainty: high, moderate, low][number: singular, plural]
    std::array<std::array<std::array<std::string_view, 2>, 3>, 3> verbs;
    std::string_view statement;           // {subject} {verb} {what}.
    std::string_view compared_subject;    // Compared with {comparator}, {intervention}
    std::string_view what;                // {outcome}{timepoint}
    std::string_view what_slightly;       // {outcome} slightly{timepoint}
    std::string_view effect_of;           // the effect of {intervention} on {outcome}
    std::string_view effect_of_compared;  // the effect of {intervention}, compared with {comparator}, on {outcome}
    std::string_view very_uncertain;      // The evidence is very uncertain about {effect}.
    std::string_view no_studies;          // We found no studies of {effect}.
    std::string_view no_controlled;       // No study with a comparison group measured {effect}.
    std::string_view observations_only;   // … {effect}; there are only reports of people treated without one…

    // ---- absolute effects in words (wording.cpp) ----
    std::string_view about;               // "about " before a rounded number of people
    std::string_view about_one;           // the same before 1
    std::array<std::string_view, 2> person;  // person, people
    std::string_view fewer, more, lower, higher;
    std::string_view people_difference;   // {about}{n} {side} {people} in every 100{event}
    std::string_view same_number;         // The same number of people in every 100{event} in both groups
    std::string_view about_same_number;
    std::string_view between_same_side;   // between {low} and {high} {side}
    std::string_view between_sides;       // between {low} {below} and {high} {above}
    std::string_view rate;                // {about}{n} in every 100
    std::string_view both_rates;          // {mine}{event} with {intervention}, {theirs} with {comparison}
    std::string_view one_rate;            // {rate}{event} with {group}; not reported with {other}
    std::string_view no_rates;            // Not reported for either group
    std::string_view comparison_group;    // the comparison group (a row without a comparator)
    std::string_view mean_difference;     // On average {value}{scale} {side} with {intervention} than with {comparison}
    std::string_view mean_no_difference;  // On average no difference{scale} with {intervention} and with {comparison}

    // ---- grading (grade.cpp) ----
    std::array<std::string_view, 5> way_given;  // by route: IV, IM, oral, mixed; [4]: not stated
    std::array<std::string_view, 2> trial, study;  // singular, plural
    std::array<std::string_view, 2> these;         // this {noun}, these {noun}
    std::string_view list_or;                      // " or "
    std::string_view list_and;                     // " and "
    std::string_view start_randomised, start_non_randomised;
    std::string_view disagree_one, disagree_trials, disagree_studies;
    std::string_view inconsistency;                // {disagree}: some back the clinic's statement…
    std::array<std::string_view, 2> route_unknown;  // [number] {these} does not say how magnesium was given…
    std::array<std::string_view, 2> route_other;    // [number] … {asked} … {used}
    std::string_view interval_includes_none;       // the range of likely results includes no effect at all: {effect}
    std::string_view only_review_one, only_review_many;  // this review included only {n} people
    std::string_view only_took_part;               // only {n} people took part in {these}
    std::array<std::string_view, 2> no_count;      // [number] {these} does not say how many people took part
    std::string_view far_too_few, too_few;         // {who}, far too few … (fewer than {n})
    std::string_view and_also;                     // "; and "
    std::array<std::string_view, 11> rule;         // the rule, one step a line ({serious}, {very_serious})

    // ---- the view (view_json.cpp) ----
    std::array<std::string_view, 4> route_words;   // IV magnesium, IM magnesium (…), oral magnesium, …
    std::string_view indirect;                     // No study we found gave magnesium {route}… {about}.

    // The template with each {name} replaced by its value (unknown names stay as they are). In Spanish a
    // value that starts with the article "el " contracts with a "de " or "a " before it (del, al), and "y"/"o"
    // before a value starting with the sound i/o become "e"/"u".
    std::string fill(std::string_view tmpl, TextArgs args) const;
};

const Texts& texts(Lang);
const Texts& texts_en();
const Texts& texts_es();

// "Pain" from "pain": the first letter in upper case (ASCII, and the accented vowels and ñ of Spanish).
std::string capitalised(std::string text);

}  // namespace benefits
