// The rule table: what each rule checks, where, how to fix it, and the guidance it comes from.
#include "benefits/lint.hpp"

namespace benefits {
namespace {

constexpr std::string_view kAsa = "UK ASA/CAP rulings on IV drip clinics (2023)";
constexpr std::string_view kGrade26 = "GRADE guideline 26 (plain-language statements)";
constexpr std::string_view kIpdas = "IPDAS (benefits and harms in equal detail)";

// Where the wording rules look. The brief is what the marketing said, shown to contrast it with the
// evidence, so it is judged only when the clinic publishes the claim as supported.
constexpr std::string_view kAsserted =
    "summary, verdict_reason, population, timeframe, effect.outcome, cautions; brief when the verdict is "
    "supported or partly-supported";

}  // namespace

std::string_view to_string(Severity s) { return s == Severity::Error ? "error" : "warning"; }

const std::vector<RuleInfo>& lint_rules() {
    static const std::vector<RuleInfo> rules = {
        {"L1", Severity::Error, "Banned absolute",
         "words no evidence can back: cure, guaranteed, proven, clinically proven, miracle, 100%, no side effects, "
         "completely safe, detox, boosts immunity (and their inflections); whole words, any case or accents; "
         "not when negated earlier in the same clause (\"there is no cure\") or inside quotation marks",
         "summary, verdict_reason, population, timeframe, effect.outcome, cautions, harms[].statement, "
         "red_flags[].statement; brief when the verdict is supported or partly-supported",
         "remove the word, or state what the studies found and how certain it is",
         "FTC Health Products Compliance Guidance (2022); UK ASA/CAP rulings on IV drip clinics (2023)"},
        {"L2", Severity::Error, "Efficacy claim without a randomised trial",
         "efficacy verbs (reduce, relieve, prevent, treat, improve, alleviate, ease, eliminate and their "
         "inflections), \"effective\", \"works\" and the outcome nouns relief, reduction, improvement (not when "
         "negated or quoted), when no evidence link with role supports points to a randomised trial (rct-*) or a "
         "meta-analysis, systematic review or Cochrane review",
         "title; brief when the verdict is supported or partly-supported",
         "cite a randomised trial or a review of them that supports the claim, or reword it as what was "
         "observed and set the verdict accordingly",
         "FTC Health Products Compliance Guidance (2022); UK ASA/CAP rulings on IV drip clinics (2023)"},
        {"L3", Severity::Warning, "Wording stronger than the certainty",
         "present-tense efficacy wording (reduces, relieves, prevents, treats, improves, cures, works, helps, "
         "\"is effective\", \"can reduce\", \"drips reduce\") measured against the certainty computed by the grading rule: high "
         "allows it; moderate needs \"probably\" (or \"may\"); low needs \"may\"; very low needs \"very "
         "uncertain\". Past tense reporting a study (\"pain fell\") and quoted words are not judged",
         "title, summary, verdict_reason; brief when the verdict is supported or partly-supported",
         "word it as the certainty allows, e.g. the plain-language sentence the widget shows", kGrade26},
        {"L4", Severity::Warning, "Hedge instead of a certainty",
         "hedges that sound like evidence but state no certainty: promising, emerging, may/can/could/might help, "
         "may help support, helps support, may support, growing or increasing evidence, increasingly supports or "
         "shows; not when negated or quoted",
         kAsserted,
         "say how certain the evidence is in GRADE words (\"probably reduces\", \"may reduce\", \"the evidence is "
         "very uncertain\")",
         "GRADE guideline 26 (plain-language statements); FTC Health Products Compliance Guidance (2022)"},
        {"L5", Severity::Warning, "Evidence from another route",
         "a claim published as supported or partly-supported whose supporting counted sources all used another "
         "route than the dataset's (e.g. only oral trials behind an IV claim); sources of route \"mixed\" count "
         "as including it. The message says whether the grading rule already marks indirectness down",
         "evidence (claims with verdict supported or partly-supported)",
         "cite studies of the clinic's route, or set the verdict to oral-only and say which route was studied",
         "GRADE indirectness (the certainty rule, docs/format.md); UK ASA/CAP rulings on IV drip clinics (2023)"},
        {"L6", Severity::Error, "No harms or cautions",
         "a claim that lists no harm id and no caution", "harms, cautions",
         "link the harms that apply to the treatment, or add a caution", kIpdas},
        {"L7", Severity::Warning, "Relative effect without absolute rates",
         "a relative effect (\"by 40%\", \"40% fewer\", \"40% less\", \"twice as\", \"3 times\") in a claim that "
         "gives no absolute rates for both groups (absolute[])",
         "title, summary, verdict_reason; brief when the verdict is supported or partly-supported",
         "add an absolute[] entry with both groups' rates from the source, or state the absolute figures",
         "IPDAS (event rates for both options, in the same detail)"},
        {"L8", Severity::Warning, "No population or time frame",
         "a population or time frame that is missing or too vague: a single generic word (people, patients, "
         "adults, anyone), \"various\", \"unknown\", or a time frame without a number or a unit of time",
         "population, timeframe", "say who was studied and when the outcome was measured",
         "GRADE guideline 26 (plain-language statements); IPDAS (a defined group over a specified time)"},
        {"L9", Severity::Warning, "Figure without its uncertainty",
         "an estimate in the summary (a percentage, a decimal, \"x in every 100\", \"x points\") whose sentence "
         "gives no uncertainty: a confidence interval, range, IQR, ±, p value, \"statistically (not) significant\", "
         "\"chance\" or \"uncertain\". Figures listed in unsupported_figures and raw counts (\"12 of 15\") are "
         "not judged",
         "summary", "add the interval or p value the source gives, or say that the source gives none",
         "GRADE guideline 26 (plain-language statements); IPDAS (benefits and harms in equal detail)"},
        {"L10", Severity::Error, "Missing citation or review date",
         "a claim with no evidence link, a reference id that is not in references (evidence, absolute, harms and "
         "red flags), or a dataset without a YYYY-MM-DD review date",
         "claims[].evidence, claims[].evidence[].ref, claims[].absolute[].ref, harms[].source_ids, "
         "red_flags[].source_ids, reviewed",
         "cite a source listed in references, and give the date the claims were last checked",
         "FTC Health Products Compliance Guidance (2022); IPDAS (citations and date of update)"},
        {"L11", Severity::Warning, "Medicinal claim",
         "treat, cure, prevent, heal, fight or combat (and their inflections, or \"treatment/cure/remedy for\", "
         "\"prevention of\", \"migraine treatment\") together with a disease in the same clause: migraine, "
         "headache, fibromyalgia, anxiety, insomnia, depression, dysmenorrhoea, chronic fatigue, and others; not "
         "when negated or quoted",
         kAsserted,
         "describe what the studies measured instead of claiming to treat, cure or prevent a disease",
         kAsa},
        {"L12", Severity::Error, "Names and labels",
         "the word rules L1, L4 and L11 applied to names and labels; a finding takes the severity of the word rule "
         "it matched (L1 error, L4 and L11 warning)",
         "title, intervention, topics[].label, claims[].title, claims[].effect.intervention",
         "rename: a name or label is read as a claim",
         "UK ASA/CAP rulings on IV drip clinics (2023); FTC Health Products Compliance Guidance (2022)"},
        {"L13", Severity::Error, "Figure no source states",
         "every number must appear (rounding allowed) in a finding (outcome, timepoint, magnesium, control, "
         "effect, p), n_total, n_magnesium, n_control, dose or year of a source the claim cites, or in its "
         "unsupported_figures. Ranges count as two numbers; numbers inside names (PHQ-9, mah2021), the "
         "denominator of \"in every 100\" and the level of \"95% CI\" are ignored",
         "title, brief, summary, verdict_reason, cautions",
         "cite the source that states the figure, correct it, or list it under unsupported_figures with a note",
         "FTC Health Products Compliance Guidance (2022); UK ASA/CAP rulings on IV drip clinics (2023)"},
        {"L14", Severity::Error, "Disguised text",
         "text that shows a reader something other than what it holds: invisible characters (default-ignorable "
         "code points such as the soft hyphen, zero-width space, zero-width joiner and word joiner; not a joiner "
         "inside an emoji or between letters of scripts that join, nor a variation selector after an emoji, digit "
         "or ideograph), bidi controls (marks, embeddings, overrides and isolates, e.g. U+202E, which shows "
         "text backwards), and words that mix Latin, Greek or Cyrillic letters (Cyrillic \"с\" in \"сure\"; "
         "a \"μ\" before a unit as in \"5μg\" is allowed). The other rules read such text as a reader sees it; this "
         "rule says it was disguised",
         "every text the other rules read: title, intervention, topics[].label, and each claim's title, brief, "
         "summary, verdict_reason, population, timeframe, effect.intervention, effect.outcome, cautions, "
         "unsupported_figures; references[].dose and findings; harms[].statement, red_flags[].statement",
         "retype the text without invisible or direction characters, each word in one alphabet",
         "Unicode Technical Standard #39 (mixed-script and invisible-character detection); Unicode Technical "
         "Report #36 (security considerations)"},
    };
    return rules;
}

const RuleInfo* find_rule(std::string_view id) {
    for (const auto& rule : lint_rules())
        if (rule.id == id) return &rule;
    return nullptr;
}

}  // namespace benefits
