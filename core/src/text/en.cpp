// The core's sentences in English (text.hpp). The only place they are written.
#include "benefits/text.hpp"

namespace benefits {
namespace {

std::string the_en(std::string_view noun, Grammar) { return std::string(noun); }

const Texts kEnglish{
    .lang = Lang::En,
    .the = the_en,
    .needs_grammar = false,  // "1 more person … had", "IV magnesium may reduce"
    .decimal_point = '.',
    .verbs = {{
        {{{"reduces", "reduces"}, {"probably reduces", "probably reduces"}, {"may reduce", "may reduce"}}},
        {{{"increases", "increases"}, {"probably increases", "probably increases"}, {"may increase", "may increase"}}},
        {{{"results in little to no difference in", "results in little to no difference in"},
          {"likely results in little to no difference in", "likely results in little to no difference in"},
          {"may result in little to no difference in", "may result in little to no difference in"}}},
    }},
    .statement = "{subject} {verb} {what}.",
    .compared_subject = "Compared with {comparator}, {intervention}",
    .what = "{outcome}{timepoint}",
    .what_slightly = "{outcome} slightly{timepoint}",
    .effect_of = "the effect of {intervention} on {outcome}",
    .effect_of_compared = "the effect of {intervention}, compared with {comparator}, on {outcome}",
    .very_uncertain = "The evidence is very uncertain about {effect}.",
    .no_studies = "We found no studies of {effect}.",
    .no_controlled = "No study with a comparison group measured {effect}.",
    .observations_only = "No study with a comparison group measured {effect}; there are only reports of people "
                         "treated without one, which cannot show whether it works.",

    .about = "about ",
    .about_one = "about ",
    .person = {"person", "people"},
    .fewer = "fewer",
    .more = "more",
    .lower = "lower",
    .higher = "higher",
    .people_difference = "{about}{n} {side} {people} in every 100{event}",
    .same_number = "The same number of people in every 100{event} in both groups",
    .about_same_number = "About the same number of people in every 100{event} in both groups",
    .between_same_side = "between {about}{low} and {high} {side}",
    .between_sides = "between {about}{low} {below} and {high} {above}",
    .rate = "{about}{n} in every 100",
    .both_rates = "{mine}{event} with {intervention}, {theirs} with {comparison}",
    .one_rate = "{rate}{event} with {group}; not reported with {other}",
    .no_rates = "Not reported for either group",
    .comparison_group = "the comparison group",
    .mean_difference = "On average {value}{scale} {side} with {intervention} than with {comparison}",
    .mean_no_difference = "On average no difference{scale} with {intervention} and with {comparison}",

    .way_given = {"into a vein (IV)", "as an injection into a muscle", "by mouth", "in more than one way",
                  "in a way not stated"},
    .trial = {"trial", "trials"},
    .study = {"study", "studies"},
    .these = {"this {noun}", "these {noun}"},
    .list_or = " or ",
    .list_and = " and ",
    .start_randomised = "the evidence comes from randomised trials, or reviews that pool them",
    .start_non_randomised = "the evidence comes from studies that compared groups of people who were not chosen at "
                            "random",
    .disagree_one = "the results of the one study that answers this question disagree",
    .disagree_trials = "the trials that answer this question disagree",
    .disagree_studies = "the studies that answer this question disagree",
    .inconsistency = "{disagree}: some back the clinic's statement and others go against it",
    .route_unknown = {"{these} does not say how magnesium was given, so we cannot tell whether it gave it {asked}, "
                      "as this question asks",
                      "{these} do not say how magnesium was given, so we cannot tell whether they gave it {asked}, "
                      "as this question asks"},
    .route_other = {"{these} did not give magnesium {asked}, as this question asks: it gave it {used}",
                    "none of {these} gave magnesium {asked}, as this question asks: they gave it {used}"},
    .interval_includes_none = "the range of likely results includes no effect at all: {effect}",
    .only_review_one = "this review included only {n} people",
    .only_review_many = "the largest review of these trials included only {n} people",
    .only_took_part = "only {n} people took part in {these}",
    .no_count = {"{these} does not say how many people took part", "{these} do not say how many people took part"},
    .far_too_few = "{who}, far too few to be sure of the result (fewer than {n})",
    .too_few = "{who}, too few to be sure of the result (fewer than {n})",
    .and_also = "; and ",
    .rule = {
        "Each row answers one question: one treatment, given one way, against one comparison, for one outcome at "
        "one time point. It is rated on its own studies only.",
        "Only studies that compare groups and back or go against the clinic's statement are rated; background "
        "reading, guidelines and narrative reviews are not. Reports without a comparison group are listed as "
        "observations and never rated. A row with no such study has no rating.",
        "The rating uses the strongest design in the row: randomised trials, or reviews that pool them, start at "
        "high; if there are none, other comparisons start at low. Weaker studies in the same row are listed, not "
        "rated: where they disagree, their weaker design explains it.",
        "Go down one level for each serious concern, two for a very serious one: risk of bias, inconsistency, "
        "indirectness, imprecision and publication bias.",
        "Risk of bias and publication bias are judged by the editor, with a written reason; publication bias "
        "that nobody judged is shown as not assessed.",
        "Inconsistency is serious when the rated studies disagree: some back the clinic's statement and others go "
        "against it.",
        "Indirectness is serious when none of the rated studies gave magnesium the way the row asks (for "
        "example, only tablets behind a row about infusions); a row about tablets is never marked down for not "
        "being an infusion.",
        "Imprecision is serious when the row's range of likely results includes no effect at all, or when fewer "
        "than {serious} people took part in the rated studies; very serious under {very_serious} people, or when "
        "no number is reported. People are counted once: the trials added up, or the largest review of them if "
        "that is more.",
        "Editors may judge any domain differently from these checks, more or less serious, always with a "
        "written reason; the page shows that reason and marks the judgement as differing from the rule.",
        "Go up one level for a large effect, only when the evidence started at low and nothing was marked down.",
        "The result is high, moderate, low or very low; it never goes below very low.",
    },

    .route_words = {"IV magnesium", "IM magnesium (injected into a muscle)", "oral magnesium",
                    "magnesium given in more than one way"},
    .indirect = "No study we found gave magnesium {route}, the way the clinic does; the evidence is about {about}.",
};

}  // namespace

const Texts& texts_en() { return kEnglish; }

}  // namespace benefits
