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
    "summary, verdict_reason, cautions, and each outcome row's outcome, timepoint and population; brief when the "
    "verdict is supported, partly-supported or contested";

}  // namespace

std::string_view to_string(Severity s) { return s == Severity::Error ? "error" : "warning"; }

const std::vector<RuleInfo>& lint_rules() {
    static const std::vector<RuleInfo> rules = {
        {"L1", Severity::Error, "Banned absolute",
         "words no evidence can back: cure, guaranteed, proven, clinically proven, miracle, 100%, no side effects, "
         "completely safe, detox, boosts immunity (and their inflections); whole words, any case or accents; "
         "not when negated earlier in the same clause (\"there is no cure\") or inside quotation marks",
         "summary, verdict_reason, cautions, outcomes[].outcome, outcomes[].timepoint, outcomes[].population, "
         "harms[].statement, red_flags[].statement; brief when the verdict is supported, partly-supported or contested",
         "remove the word, or state what the studies found and how certain it is",
         "FTC Health Products Compliance Guidance (2022); UK ASA/CAP rulings on IV drip clinics (2023)"},
        {"L2", Severity::Error, "Efficacy claim without a randomised trial",
         "efficacy verbs (reduce, relieve, prevent, treat, improve, alleviate, ease, eliminate and their "
         "inflections), \"effective\", \"works\" and the outcome nouns relief, reduction, improvement (not when "
         "negated or quoted), when no outcome row of the claim has a randomised body of evidence (trials, or "
         "meta-analyses, systematic or Cochrane reviews of them) with a source that supports it",
         "title; brief when the verdict is supported, partly-supported or contested",
         "cite a randomised trial or a review of them that supports the claim, or reword it as what was "
         "observed and set the verdict accordingly",
         "FTC Health Products Compliance Guidance (2022); UK ASA/CAP rulings on IV drip clinics (2023)"},
        {"L3", Severity::Error, "Wording stronger than the certainty",
         "present-tense efficacy wording (reduces, relieves, prevents, treats, improves, cures, works, helps, "
         "\"is effective\", \"can reduce\", \"drips reduce\") measured against the certainty the grading rule "
         "computed for the claim's headline row (outcomes[0]): high allows it; moderate needs \"probably\" (or "
         "\"may\"); low needs \"may\"; very low needs \"very uncertain\". A headline row with no certainty (no "
         "body of evidence) allows no wording of an effect, \"may reduce\" included, unless its sentence calls it "
         "uncertain or unknown. Past tense reporting a study (\"pain fell\"), words a sentence reports to deny "
         "(\"evidence that it relieves pain is lacking\") and quoted words a denial follows are not judged. An "
         "error; a warning under the lenient profile, and on the brief of a partly-supported claim (its verdict, "
         "shown beside it, already says it goes beyond the evidence). One finding per problem: a clause that holds "
         "an absolute (L1) or a medicinal claim (L11), and a title's or brief's efficacy words L2 reports, are left "
         "to that rule",
         "title, summary, verdict_reason; brief when the verdict is supported, partly-supported or contested",
         "word it as the certainty allows, e.g. the headline row's statement the widget shows", kGrade26},
        {"L4", Severity::Warning, "Hedge instead of a certainty",
         "hedges that sound like evidence but state no certainty: promising, emerging, may/can/could/might help, "
         "may help support, helps support, may support, growing or increasing evidence, increasingly supports or "
         "shows; not when negated or quoted",
         kAsserted,
         "say how certain the evidence is in GRADE words (\"probably reduces\", \"may reduce\", \"the evidence is "
         "very uncertain\")",
         "GRADE guideline 26 (plain-language statements); FTC Health Products Compliance Guidance (2022)"},
        {"L5", Severity::Warning, "Evidence from another route",
         "a claim published as supported, partly-supported or contested when no outcome row about the dataset's route "
         "has a body of evidence while a row about another route has one (e.g. only an oral row with trials behind an "
         "IV claim); rows of route \"mixed\" count as including it. The message names the rows whose graded "
         "evidence is about another route",
         "outcomes (claims with verdict supported, partly-supported or contested)",
         "cite studies of the clinic's route in a row of that route, or set the verdict to oral-only and let the "
         "rows say which route was studied",
         "GRADE indirectness (the certainty rule, docs/format.md); UK ASA/CAP rulings on IV drip clinics (2023)"},
        {"L6", Severity::Error, "No harms or cautions",
         "a claim that lists no harm id and no caution, in a dataset without infusion_cautions (which every "
         "claim shows)",
         "harms, cautions, infusion_cautions",
         "link the harms that apply to the treatment, or add a caution", kIpdas},
        {"L7", Severity::Warning, "Relative effect without absolute rates",
         "a relative effect (\"by 40%\", \"40% fewer\", \"40% less\", \"twice as\", \"3 times\") in a claim none "
         "of whose outcome rows gives an absolute effect (outcomes[].absolute: rates for both groups, a risk "
         "difference or a mean difference)",
         "title, summary, verdict_reason; brief when the verdict is supported, partly-supported or contested",
         "add an absolute effect to the row the figure is about (both groups' rates, or the risk or mean "
         "difference the source gives), or state the absolute figures",
         "IPDAS (event rates for both options, in the same detail)"},
        {"L8", Severity::Warning, "No population or time frame",
         "an outcome row's population or time point that is missing or too vague: a single generic word (people, "
         "patients, adults, anyone), \"various\", \"unknown\", or a time point without a number or a unit of "
         "time; a row with no studies (no evidence, no observations) needs no time point",
         "outcomes[].population, outcomes[].timepoint", "say who was studied and when the outcome was measured",
         "GRADE guideline 26 (plain-language statements); IPDAS (a defined group over a specified time)"},
        {"L9", Severity::Warning, "Figure without its uncertainty",
         "an estimate in the summary (a percentage, a decimal, \"x in every 100\", \"x points\") whose sentence "
         "gives no uncertainty: a confidence interval, range, IQR, ±, p value, \"statistically (not) significant\", "
         "\"chance\" or \"uncertain\". Figures listed in unsupported_figures and raw counts (\"12 of 15\") are "
         "not judged",
         "summary", "add the interval or p value the source gives, or say that the source gives none",
         "GRADE guideline 26 (plain-language statements); IPDAS (benefits and harms in equal detail)"},
        {"L10", Severity::Error, "Missing citation or review date",
         "a claim none of whose outcome rows cites a source (unless it is published as not-supported: \"no "
         "studies\" is then the honest answer), a reference id that is not in references (evidence, observations, "
         "absolute, harms and red flags), or a dataset without a YYYY-MM-DD review date",
         "claims[].outcomes, claims[].outcomes[].evidence[].ref, …observations[].ref, …absolute[].ref, "
         "harms[].source_ids, red_flags[].source_ids, reviewed",
         "cite a source listed in references, and give the date the claims were last checked",
         "FTC Health Products Compliance Guidance (2022); IPDAS (citations and date of update)"},
        {"L11", Severity::Error, "Medicinal claim",
         "treat, cure, prevent, heal, fight, combat and the other words of the family (manage, beat, tackle, "
         "relieve, ease, stop, protect against, get rid of, keep … at bay, say goodbye to, \"treatment/cure/remedy "
         "for\", \"prevention of\", \"migraine treatment\"; core/src/lint/families_en.cpp) with a disease in the "
         "same clause or the answer to its question: migraine, headache, fibromyalgia, anxiety, insomnia, "
         "depression, dysmenorrhoea, chronic fatigue, and others; not when negated or denied. An error; a warning "
         "under the lenient profile",
         kAsserted,
         "describe what the studies measured instead of claiming to treat, cure or prevent a disease",
         kAsa},
        {"L12", Severity::Error, "Names and labels",
         "the word rules L1, L4, L11 and L16 applied to names and labels, and names that promise to take a "
         "complaint away (Killer, Fighter, Shield, Eraser, Fix, Rescue, Relief, Away, …: read as L11), and product "
         "names that promise an effect (Sleep Improvement Drip, Energy Booster Shot: read as L2); a finding "
         "takes the severity of the word rule it matched (L1, L11, L16 error, L4 warning), and a claim's title or "
         "row names on a claim not published as supported or partly-supported are warnings (the verdict shown "
         "beside them says otherwise)",
         "title, intervention, topics[].label, claims[].title, claims[].outcomes[].intervention, "
         "claims[].outcomes[].comparator",
         "rename: a name or label is read as a claim",
         "UK ASA/CAP rulings on IV drip clinics (2023); FTC Health Products Compliance Guidance (2022)"},
        {"L13", Severity::Error, "Figure no source states",
         "every number must appear (rounding allowed) in a finding (outcome, timepoint, magnesium, control, "
         "effect, p), n_total, n_magnesium, n_control, dose or year of a source one of the claim's rows cites "
         "(evidence, observations or absolute), in the figures of the rows' absolute effects (events, totals, "
         "people in every 100, differences and their intervals), or in its unsupported_figures. Ranges count as "
         "two numbers; numbers inside names (PHQ-9, mah2021), the "
         "denominator of \"in every 100\" and the level of \"95% CI\" are ignored. A figure is matched with its "
         "unit: a percentage (54%) only with a source's percentage or rate per 100, a count of people (54 people, "
         "54 of 120) only with a source's count. A figure inside an absolute (100% natural: L1), a service's time "
         "and a figure a sentence reports to deny are not judged. On a claim published as supported, a figure "
         "listed in unsupported_figures is still a finding: the verdict says the text is backed",
         "title, brief, summary, verdict_reason, cautions",
         "cite the source that states the figure, correct it, or list it under unsupported_figures with a note "
         "(on a claim published as supported: cite, correct or remove it, or set the verdict to what the "
         "evidence shows)",
         "FTC Health Products Compliance Guidance (2022); UK ASA/CAP rulings on IV drip clinics (2023)"},
        {"L14", Severity::Error, "Disguised text",
         "text that shows a reader something other than what it holds: invisible characters (default-ignorable "
         "code points such as the soft hyphen, zero-width space, zero-width joiner and word joiner; not a joiner "
         "inside an emoji or between letters of scripts that join, nor a variation selector after an emoji, digit "
         "or ideograph), bidi controls (marks, embeddings, overrides and isolates, e.g. U+202E, which shows "
         "text backwards), and words that mix Latin, Greek or Cyrillic letters (Cyrillic \"с\" in \"сure\"; "
         "a \"μ\" before a unit as in \"5μg\" is allowed). The other rules read such text as a reader sees it; this "
         "rule says it was disguised",
         "every text patients read: title, intervention, emergency_line, topics[].label, and each claim's title, "
         "brief, summary, verdict_reason, cautions, unsupported_figures and each outcome row's intervention, "
         "comparator, outcome, timepoint, population, evidence and observation notes, absolute event and scale; "
         "references[].dose and findings; harms[].statement, red_flags[].statement. Not the references' "
         "checking_notes, which are the editor's and never shown",
         "retype the text without invisible or direction characters, each word in one alphabet",
         "Unicode Technical Standard #39 (mixed-script and invisible-character detection); Unicode Technical "
         "Report #36 (security considerations)"},
        {"L15", Severity::Warning, "Grading judgements for review",
         "every editor's judgement of a grading domain that differs from the certainty rule's automatic check "
         "(inconsistency, indirectness, imprecision), up or down, and every upgrade for a large effect: each "
         "with its row, the domain, the rule's level, the editor's level and the editor's reason",
         "claims[].outcomes[].grading",
         "have a second reviewer confirm this judgement",
         "GRADE Handbook (every rating down or up stated with its reason, open to scrutiny)"},
        {"L16", Severity::Error, "Testimonial or endorsement",
         "testimonials and endorsements, which a clinic that publishes them makes its own claims and which stand "
         "in for evidence: \"doctor recommended\", \"trusted by\", \"loved by\", \"our clients say\", star "
         "ratings, \"as seen on\", \"thousands of satisfied clients\", and quoted words attributed to a person "
         "(\"'It cured my migraines,' says Anna\", a quotation followed by a dash and a name)",
         kAsserted, "remove the testimonial or endorsement, and say what the studies found instead",
         "FTC Guides Concerning the Use of Endorsements and Testimonials in Advertising (2023); CAP Code section 12"},
        {"L17", Severity::Error, "Comparison with an unnamed alternative",
         "comparisons whose other side the claim neither names as a row's comparator nor sources: \"better than "
         "pills\", \"faster than other treatments\", \"outperforms\", \"nothing beats\", \"the best drip\"",
         kAsserted, "compare only with what a cited study compared it with, and name it",
         "FTC Health Products Compliance Guidance (2022); CAP Code section 3 (comparisons)"},
    };
    return rules;
}

const RuleInfo* find_rule(std::string_view id) {
    for (const auto& rule : lint_rules())
        if (rule.id == id) return &rule;
    return nullptr;
}

}  // namespace benefits
