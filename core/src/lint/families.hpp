// The linter's words, kept as data: one table per language (families_en.cpp, families_es.cpp), chosen by the
// dataset's `language` (tables_for). A table holds the synonym and idiom families per rule and every other word
// list a rule or the text scanner reads (negations, clause words, diseases, hedges a certainty allows, number
// words, units…); the rules themselves hold no words.
//
// A pattern is lower-case words separated by spaces, without accents (text is folded before it is matched:
// "curación" is read as "curacion"; hyphens are written as spaces, as ScanText reads them):
//   {cure}            the word and its inflections in the table's language: cure, cures, cured, curing;
//                     {curar}: curar, cura, curan, curas, curo, curamos, cure, curen, curado/a/os/as, curando
//   <ease>            the present forms only: ease, eases, easing; <aliviar>: aliviar, alivia, alivian, …,
//                     aliviando (a past tense or participle reports what a study found)
//   [milagroso]       an adjective in every gender and number: milagroso, milagrosa, milagrosos, milagrosas
//                     (English adjectives do not inflect)
//   get|gets|got      alternatives for one word
//   ~                 a gap of one to three words ("kiss ~ goodbye": "kiss your headaches goodbye")
// expand() turns a pattern into the phrases it stands for (a gap stays as "~").
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace benefits::lint_detail {

using Words = std::span<const std::string_view>;

struct Family {
    std::string_view rule;  // "L1", "L4", "L11" (verbs and nouns that open a medicinal claim), "L12" (names
                            // only), "L16", "L17", "L2" (efficacy words), "L3" (present-tense efficacy)
    std::string_view name;  // what the family means, e.g. "cure"
    Words patterns;
};

// A proportion or multiple written as a fixed phrase: "half of" (50, with people after it), "la mitad" (50).
struct WordFigurePhrase {
    std::string_view phrase;
    double value;
    bool needs_people;  // counts only when a word for people follows within two words
};

struct Language {
    std::string_view tag;  // primary subtag: "en", "es"
    std::span<const Family> families;
    // Morphology for {verb} and <verb> (present only) and [adjective].
    std::vector<std::string> (*inflect)(std::string_view verb, bool present_only);
    std::vector<std::string> (*agree)(std::string_view adjective);

    // Rules' listed words (beside the families).
    Words diseases;                 // L11 (and L12's complaints)
    Words nouns_after_disease;      // L11: "migraine treatment"
    Words efficacy_words;           // L2
    Words strong_present;           // L3: "reduces", "is effective"
    Words strong_base;              // L3: after a strong modal or a plural subject: "can reduce"
    Words strong_modals;            // L3: "can", "will"
    Words hedge_modals;             // L3 at very low or no certainty: "may reduce" is too firm there
    Words plural_subjects;          // L3: "drips reduce"
    Words hedges_moderate;          // L3: what moderate certainty allows ("probably")
    Words hedges_low;               // L3: what low certainty allows ("may")
    Words uncertain;                // L3: a sentence that calls the effect uncertain
    Words uncertain_or_unknown;     // L3 with no certainty: "uncertain", "unknown"

    // The text scanner (text_scan.cpp).
    Words clause_words;             // start a new clause: but, while, although
    Words negations;                // no, not, never, without
    Words scope_breaks;             // where a negation's scope ends: ", and", " - ", "and our"
    Words report_frames;            // a sentence that reports a claim: "claims that", "headlines call"
    Words denials;                  // … and denies it: "not", "lacking", "myth"
    Words mention_frames;           // quoted words reported: "the word", "so called"
    Words harms_guarded;            // "to prevent a fall": fall, drop, dizziness
    Words guard_words;              // the word before a prevention that guards against a harm: "to"
    Words boasts;                   // a negation followed by these boasts: "nothing beats", "no other"
    Words whether;                  // opens an indirect question: "whether"
    Words open_question_cues;       // the word before it that makes it an open question: "unclear whether"
    Words attributions;             // a quotation attributed to a person: "says", "said"

    // Numbers (L7, L9, L13).
    bool decimal_comma;             // "0,54" is 0.54 (and "1.000" a thousand)
    Words number_words;             // zero … ten, at their value's index; "uno|una": alternatives
    Words proportion_links;         // "nine in ten", "nueve de cada diez"
    Words times_words;              // "three times"
    std::span<const WordFigurePhrase> word_figure_phrases;
    Words people;                   // "54 people": a count; "half of our clients"
    Words count_links;              // "54 of 120", "12 in 100": a count ("in", "of"; "de")
    Words denominator_words;        // the word right before a denominator: "in every 100", "per 1,000"
    Words confidence_words;         // "95% CI", "CI 95%", "IC del 95 %": ci, confidence
    Words time_units;               // a service's time: minutes, hours
    Words clock_words;              // "9 am"
    Words time_result_words;        // "within 15 minutes" is a result's time point
    Words about_words;              // "about 45 minutes"
    Words service_words;            // "takes", "session", "appointment"
    Words comparatives;             // L7: "40% fewer"
    Words by_words;                 // L7: "by 40%"
    Words ratio_phrases;            // L7: "twice as", "halves your risk"
    Words uncertainty_marks;        // L9: "ci", "p value", "statistically"
    Words point_words;              // L9: "x points"

    // L8.
    Words vague_words;              // a population that says nothing: "people", "various"
    Words time_words;               // a time point names a time: "weeks", "daily"
};

const Language& tables_en();
const Language& tables_es();
// The tables for a BCP 47 tag by its primary subtag ("es-MX" -> Spanish); English for any other language.
const Language& tables_for(std::string_view tag);

// English morphology: cure -> cure, cures, cured, curing; cry -> cries, cried; fix -> fixes, fixed.
std::vector<std::string> inflect_en(std::string_view verb, bool present_only);
std::vector<std::string> agree_en(std::string_view adjective);
// Spanish morphology (regular verbs in -ar, -er, -ir; -zar, -car, -gar spell their subjunctive -ce, -que, -gue).
std::vector<std::string> inflect_es(std::string_view verb, bool present_only);
std::vector<std::string> agree_es(std::string_view adjective);

// The English forms of a verb (inflect_en(verb, false)), as before.
std::vector<std::string> inflect(std::string_view verb);
// The phrases a pattern stands for, in a language (English by default).
std::vector<std::string> expand(std::string_view pattern, const Language& language = tables_en());
// Every phrase of every family of a rule, expanded, each once.
std::vector<std::string> family_phrases(const Language& language, std::string_view rule);

}  // namespace benefits::lint_detail
