// The linter's messages in English (messages.hpp). The only place they are written; each rule's English fix is
// in the rule table (rules.cpp).
#include "messages.hpp"

namespace benefits::lint_detail {
namespace {

const LintTexts kEnglish{
    .lang = Lang::En,
    .open_quote = "\"",
    .close_quote = "\"",
    .list_more = " and {n} more",
    .no_reason = "(no reason given)",
    .titles = {},
    .fixes = {},

    .absolute = "{words} is an absolute claim that no evidence can back",
    .hedge = "{words} is a hedge: it sounds like evidence but says nothing about how certain it is",
    .medicinal = "{words} is a medicinal claim (to treat, cure or prevent a disease)",
    .testimonial = "{words} is a testimonial or endorsement: published by the clinic, it is the clinic's own claim, "
                   "and it stands in for evidence",
    .comparison = "{words} compares with an alternative the claim neither names nor sources",
    .takes_away = "{words} promises to take a complaint away",
    .names_effect = "{words} names an effect the treatment promises",
    .name_or_label = "a name or label: {message} ({rule})",
    .no_randomised = {"{list} claims an effect, but no outcome row of this claim has a randomised trial or review of "
                      "trials that supports it in its graded evidence",
                      "{list} claim an effect, but no outcome row of this claim has a randomised trial or review of "
                      "trials that supports it in its graded evidence"},
    .no_certainty = {"{list} states an effect, but the claim's headline row (outcomes[0]) has no certainty: no "
                     "controlled study measured it, so any wording of an effect is stronger than the evidence",
                     "{list} state an effect, but the claim's headline row (outcomes[0]) has no certainty: no "
                     "controlled study measured it, so any wording of an effect is stronger than the evidence"},
    .no_certainty_fix = "say what is known, e.g. \"{example}\"",
    .too_firm = {"{list} states the effect more firmly than the evidence allows: the computed certainty of the "
                 "claim's headline row (outcomes[0]) is {certainty}, which calls for {wording}",
                 "{list} state the effect more firmly than the evidence allows: the computed certainty of the "
                 "claim's headline row (outcomes[0]) is {certainty}, which calls for {wording}"},
    .too_firm_fix = "word it as the certainty allows, e.g. \"{example}\"",
    .certainty = {},
    .wording = {"\"the evidence is very uncertain about …\"", "\"may …\"", "\"probably …\"", "\"reduces …\""},
    .other_route = "the claim is published as {verdict} for {route}, but no outcome row about {route} has a body of "
                   "evidence; the graded evidence is about another route: {rows}",
    .no_harms = "the claim lists no harms and no cautions, and the dataset has no infusion_cautions, so its benefits "
                "would be shown without their risks",
    .relative_effect = {"{list} is a relative effect, but none of the claim's outcome rows gives an absolute effect "
                        "(outcomes[].absolute: both groups' rates, a risk difference or a mean difference)",
                        "{list} are relative effects, but none of the claim's outcome rows gives an absolute effect "
                        "(outcomes[].absolute: both groups' rates, a risk difference or a mean difference)"},
    .population_vague = "{text} does not say who was studied",
    .population_missing = "no population does not say who was studied",
    .timepoint_vague = "{text} does not say when the outcome was measured",
    .timepoint_missing = "no time point does not say when the outcome was measured",
    .without_uncertainty = {"{list} is given without uncertainty (a confidence interval, range, p value, statistical "
                            "significance or \"uncertain\") in the same sentence",
                            "{list} are given without uncertainty (a confidence interval, range, p value, statistical "
                            "significance or \"uncertain\") in the same sentence"},
    .unknown_reference = "cites {id}, which is not in references",
    .no_review_date = "the dataset does not say when its claims were last checked",
    .bad_review_date = "{date} is not a review date in the form YYYY-MM-DD",
    .no_source = "the claim is published as {verdict}, but none of its outcome rows cites a source",
    .figure_unsourced = "{list}: no source this claim cites states this figure, and unsupported_figures does not "
                        "list it",
    .figure_unsourced_supported_fix =
        "cite the source that states the figure, or correct it; the claim is published as supported, so listing "
        "the figure under unsupported_figures would not make it true: if no source states it, remove it from the "
        "text or set the verdict to what the evidence shows",
    .figure_listed_supported = "{list}: unsupported_figures lists this figure as stated by no source, but the claim "
                               "is published as supported, which says its text is backed by the evidence",
    .figure_listed_supported_fix = "remove the figure from this text or cite the source that states it; or, if the "
                                   "claim rests on it, set the verdict to partly-supported or not-supported",
    .invisible = "invisible characters{where}: {characters}; a reader does not see them, but they split words for "
                 "anything that reads the text",
    .invisible_inside = " inside {list}",
    .bidi = "bidi controls: {characters}; the text is shown in another order than it is stored, so what is read is "
            "not what is shown",
    .mixed_scripts = {"{list} mixes {scripts} letters in one word: look-alike letters from another alphabet "
                      "disguise a word",
                      "{list} mix {scripts} letters in one word: look-alike letters from another alphabet "
                      "disguise a word"},
    .script = {"Latin", "Greek", "Cyrillic"},
    .variation_selector = "variation selector",
    .tag = "tag",
    .judged_higher = "{domain}: the editor judges it {editor} where the rule's automatic check gives {rule}, which "
                     "makes the row's certainty higher than the rule alone; the editor's reason: {reason}",
    .judged_lower = "{domain}: the editor judges it {editor} where the rule's automatic check gives {rule}, which "
                    "makes the row's certainty lower than the rule alone; the editor's reason: {reason}",
    .large_effect = {"large-effect: the editor raises the row's certainty {n} level for a large effect, which the "
                     "rule does not check for itself; the editor's reason: {reason}",
                     "large-effect: the editor raises the row's certainty {n} levels for a large effect, which the "
                     "rule does not check for itself; the editor's reason: {reason}"},
};

}  // namespace

const LintTexts& lint_texts_en() { return kEnglish; }

const LintTexts& lint_texts(Lang lang) { return lang == Lang::Es ? lint_texts_es() : lint_texts_en(); }

}  // namespace benefits::lint_detail
