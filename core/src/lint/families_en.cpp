// The English tables (families.hpp): the families, other words for the same promise, found by the linter corpus
// (tests/lint-corpus/) and the outside review (reviews/linter-review.md, kinds of miss 1, 5 and 8), after the
// wording the FTC Health Products Compliance Guidance (2022), the FTC Endorsement Guides (2023), CAP Code section
// 12 and the ASA/CAP rulings on IV drip clinics discuss; and every other word a rule or the text scanner reads.
// Add a word here, with a test in tests/core/test_lint_families.cpp and a text in the corpus; the rules read
// nothing else.
#include <array>

#include "families.hpp"

namespace benefits::lint_detail {
namespace {

using P = std::string_view;

// L1: absolutes no evidence can back.
constexpr std::array kCure = std::to_array<P>({
    "{cure}", "cure all", "{wipe} out", "{eradicate}", "{banish}", "get|gets|got|getting rid of",
    "{say} goodbye to", "kiss|kisses|kissed|kissing ~ goodbye", "never suffer", "never ~ again", "for good",
    "once and for all", "permanently", "permanent relief", "is|are|all gone", "gone for good",
    "a thing of the past",
});
constexpr std::array kGuarantee = std::to_array<P>({
    "{guarantee}", "guaranteed", "promise|promises|promised",  // "promising" is a hedge (L4)
    "every time", "every single time", "without fail",
    "works for everyone", "for every body", "for everybody", "results you can count on", "money back",
    "100%", "100 per cent", "100 percent", "one hundred per cent", "one hundred percent",
});
constexpr std::array kProven = std::to_array<P>({
    "proven", "clinically proven", "scientifically proven", "medically proven", "scientifically backed",
    "backed by science", "science backed", "clinically tested", "tried and tested", "clinically shown",
    "scientifically shown",
});
constexpr std::array kMiracle = std::to_array<P>({"miracle", "miracles", "miraculous", "magic", "wonder drip"});
constexpr std::array kSafety = std::to_array<P>({
    "no side effects", "no side effect", "without side effects", "free of side effects", "free from side effects",
    "side effect free", "zero side effects", "side effects: none", "none at all", "no reactions", "no risk",
    "no risks", "risk free", "harmless", "completely safe", "totally safe", "perfectly safe", "entirely safe",
    "100% safe", "safe for everyone", "safe for everybody", "safe for anyone", "safe for all",
    "nothing to worry about",
});
constexpr std::array kDetox = std::to_array<P>({
    "detox", "detoxes", "detoxing", "{detoxify}", "detoxification", "{flush} out toxins", "{flush} toxins",
    "{clear} toxins", "{remove} toxins", "toxins", "{cleanse}",
});
constexpr std::array kImmunity = std::to_array<P>({
    "{boost} immunity", "{boost} your immunity", "{boost} the immune system", "{boost} your immune system",
    "{boost} immune", "immune boost", "immune boosting", "immunity boost", "immunity boosting",
    "{supercharge} ~ immunity", "{supercharge} ~ immune", "{strengthen} ~ immune", "{strengthen} ~ immunity",
    "immune defences", "immune defenses", "bulletproof immunity", "immune shield", "immunity shield",
    "super immunity", "immunity drip", "immune drip",
});

// L4: hedges that state no certainty.
constexpr std::array kHedge = std::to_array<P>({
    "promising", "emerging", "encouraging", "may help", "can help", "could help", "might help",
    "may help support", "helps support", "help support", "may support", "could support", "might support",
    "growing evidence", "growing body of evidence", "increasing evidence", "increasingly supports",
    "increasingly support", "increasingly shows", "increasingly show", "research suggests", "studies suggest",
    "science suggests", "new research", "early research", "early studies", "cutting edge science",
    "points to", "point to",
});

// L11: what opens a medicinal claim when a disease follows (or sits in the gap).
constexpr std::array kMedicinal = std::to_array<P>({
    "treat", "treats", "treating",  // "treated" describes patients ("adults treated for migraine")
    // The listed verbs in every form; the family's other verbs only in the present ("<ease>": ease, eases,
    // easing), since "eased pain" reports what a study found.
    "{cure}", "{prevent}", "{heal}", "fight|fights|fighting", "fight off|fights off", "{combat}",
    "combatting", "<manage>", "beat|beats|beating", "<tackle>", "<relieve>", "<ease>", "<soothe>", "<stop>",
    "<protect> ~ against", "<protect> from", "against", "<wipe> out", "get|gets|getting rid of",
    "<say> goodbye to", "kiss|kisses|kissing ~ goodbye", "keep|keeps|keeping ~ at bay",
    "recovery from", "<recover> from", "<overcome>", "<defeat>", "<reverse>", "<eradicate>", "<banish>",
    "knock|knocks|knocking out", "<fix>", "<kill>",
    "treatment for", "treatment of", "treatments for", "cure for", "cures for", "remedy for", "remedies for",
    "prevention of", "relief from", "relief for",
});

// L12: words that make a drip's or package's name a promise to take a complaint away.
constexpr std::array kNameWords = std::to_array<P>({
    "shield", "killer", "fighter", "eraser", "fix", "rescue", "relief", "away", "reset", "cleanse", "buster",
    "blaster", "zapper", "defence", "defense", "armour", "armor", "remedy", "booster",
});

// L12: the complaint such a name promises to take away ("Pain Away", "Brain Fog Eraser"); diseases count too.
constexpr std::array kComplaints = std::to_array<P>({
    "pain", "pains", "ache", "aches", "fog", "hangover", "hangovers", "stress", "fatigue", "tiredness", "cramps",
    "jet lag", "nausea", "cold", "flu", "toxins", "bloating",
});

// L12: words that make a drip's or package's name a promise of an effect ("Sleep Improvement Drip", "Energy
// Booster Shot"), read when the name also names a product (kProducts).
constexpr std::array kNameEffects = std::to_array<P>({
    "improvement", "improver", "enhancer", "enhancement", "boost", "booster", "recovery", "revival", "reviver",
    "restore", "restorer", "renewal", "repair", "optimiser", "optimizer", "accelerator", "maximiser", "maximizer",
});
constexpr std::array kProducts = std::to_array<P>({
    "drip", "drips", "infusion", "infusions", "iv", "shot", "shots", "package", "cocktail", "blend", "protocol",
    "bag", "session", "therapy", "push",
});

// L2: efficacy words beyond the listed ones (in word_lists.cpp).
constexpr std::array kEfficacy = std::to_array<P>({
    "{help}", "{boost}", "{lift}", "{sharpen}", "{restore}", "{lower}", "{cut}", "cutting", "{banish}",
    "recover faster",
});

// L3: present-tense efficacy beyond the listed ones.
constexpr std::array kStrong = std::to_array<P>({
    "cuts", "delivers", "knocks out", "banishes", "fights", "restores", "lifts", "sharpens", "shown to",
    "proven to", "wipes out", "gets rid of", "feel|feels relief", "feel|feels better", "feel|feels the difference",
});

// L16: testimonials and endorsements (FTC Endorsement Guides 2023; CAP Code 12.? on health professionals).
constexpr std::array kEndorsement = std::to_array<P>({
    "doctor recommended", "doctors recommend", "recommended by", "trusted by", "loved by", "approved by",
    "doctor approved", "physician approved", "nurse approved", "clinician approved", "our clients say",
    "clients say", "customers say", "patients say", "our patients say", "{swear} by", "top rated",
    "highly rated", "rated 1|2|3|4|5|10", "five star",
    "5 star", "star reviews", "star rated", "\xE2\x98\x85", "as seen on", "as seen in", "as featured in",
    "featured in", "satisfied clients", "happy clients", "satisfied customers", "happy customers",
    "satisfied patients", "thousands of", "verified client", "verified customer", "client review",
    "customer review", "reviews from", "testimonial", "testimonials", "says", "said",
});

// L17: comparisons with alternatives the claim does not name or source.
constexpr std::array kComparison = std::to_array<P>({
    "better than", "faster than", "stronger than", "more effective than", "more powerful than", "superior to",
    "{outperform}", "nothing works faster", "nothing works better", "nothing beats", "beats any", "beats all",
    "as effective as", "twice as effective", "the best drip", "best drip", "best in town", "best in the city",
    "number one", "than the competition", "than other", "than anything", "unlike other", "leading brand",
});

constexpr std::array kFamilies = std::to_array<Family>({
    {"L1", "cure", kCure},
    {"L1", "guarantee", kGuarantee},
    {"L1", "proven", kProven},
    {"L1", "miracle", kMiracle},
    {"L1", "safety absolute", kSafety},
    {"L1", "detox", kDetox},
    {"L1", "immunity boost", kImmunity},
    {"L4", "hedge", kHedge},
    {"L11", "treat, cure or prevent", kMedicinal},
    {"L12", "name that promises", kNameWords},
    {"L12 complaint", "complaint named", kComplaints},
    {"L12 effect", "name that promises an effect", kNameEffects},
    {"L12 product", "product named", kProducts},
    {"L2", "efficacy", kEfficacy},
    {"L3", "present-tense efficacy", kStrong},
    {"L16", "testimonial or endorsement", kEndorsement},
    {"L17", "unnamed comparison", kComparison},
});

// ---- Listed words of the rules ----
constexpr std::array kDiseases = std::to_array<P>({
    "migraine", "migraines", "headache", "headaches", "cluster headache", "cluster headaches",
    "fibromyalgia", "anxiety", "anxiety disorder", "panic attacks", "insomnia", "depression",
    "dysmenorrhoea", "dysmenorrhea", "menstrual cramps", "period pain", "premenstrual syndrome", "pms",
    "chronic fatigue", "chronic fatigue syndrome", "chronic pain", "restless legs",
    "asthma", "diabetes", "hypertension", "high blood pressure", "arthritis", "cancer",
    "covid", "long covid", "infection", "infections", "colds", "flu", "influenza", "adhd",
});
constexpr std::array kNounsAfter = std::to_array<P>({
    "treatment", "treatments", "cure", "cures", "remedy", "remedies", "prevention",
});
constexpr std::array kEfficacyWords = std::to_array<P>({
    "reduce", "reduces", "reduced", "reducing",
    "relieve", "relieves", "relieved", "relieving",
    "prevent", "prevents", "prevented", "preventing",
    "treat", "treats", "treated", "treating",
    "improve", "improves", "improved", "improving",
    "alleviate", "alleviates", "alleviated", "alleviating",
    "ease", "eases", "eased", "easing",
    "eliminate", "eliminates", "eliminated", "eliminating",
    "effective", "works",
    "relief", "reduction", "improvement",
});
constexpr std::array kStrongPresent = std::to_array<P>({
    "reduces", "relieves", "prevents", "treats", "improves", "cures", "eliminates", "alleviates", "eases",
    "lowers", "lessens", "heals", "stops", "works", "helps", "boosts", "enhances",
    "is effective", "are effective", "highly effective", "particularly effective", "especially effective",
    "very effective", "clinically effective",
});
constexpr std::array kStrongBase = std::to_array<P>({
    "reduce", "relieve", "prevent", "treat", "improve", "cure", "eliminate", "alleviate", "ease", "lower",
    "lessen", "heal", "stop", "help", "boost", "enhance", "work",
});
constexpr std::array kStrongModals = std::to_array<P>({"can", "will", "does"});
constexpr std::array kHedgeModals = std::to_array<P>({"may", "might", "could"});
constexpr std::array kPluralSubjects = std::to_array<P>({
    "infusions", "drips", "injections", "treatments", "therapies", "they",
});
constexpr std::array kHedgesModerate = std::to_array<P>(
    {"probably", "likely", "may", "might", "could", "possibly", "perhaps", "appears to", "seems to"});
constexpr std::array kHedgesLow = std::to_array<P>({"may", "might", "could", "possibly", "perhaps"});
constexpr std::array kUncertain = std::to_array<P>({"uncertain"});
constexpr std::array kUncertainOrUnknown = std::to_array<P>({"uncertain", "unknown", "not known"});

// ---- The text scanner ----
constexpr std::array kClauseWords = std::to_array<P>({"but", "while", "whereas", "although", "however", "though"});
constexpr std::array kNegations = std::to_array<P>({
    "no", "not", "never", "none", "nothing", "neither", "nor", "without", "cannot", "nobody", "no one", "n't"});
constexpr std::array kScopeBreaks = std::to_array<P>({
    ", and", ", so", ", it", ", it's", ", its", ", we", ", our", ", with", ", just", ", you", ", your", ", they",
    ", this", ", then", ", plus", ", yet", " - ", "and it", "and our", "and we", "and you", "and your",
    "and it's", "so we", "so our", "so you", "and this"});
constexpr std::array kReportFrames = std::to_array<P>({
    "claims that", "claim that", "claims of", "evidence that", "evidence for", "idea that", "read that",
    "heard that", "call", "calls", "called", "advertise", "advertises", "advertised", "adverts", "headlines",
    "so called", "myth", "the brief", "brief says", "the brief's", "the advert", "the word", "words like"});
constexpr std::array kDenials = std::to_array<P>({
    "not", "no", "n't", "never", "nothing", "lacking", "lacks", "unsupported", "unproven", "overstate",
    "overstates", "overstated", "false", "untrue", "myth", "wrong", "weak", "marketing", "unknown", "uncertain",
    "unclear", "none"});
constexpr std::array kMentionFrames = std::to_array<P>({
    "the brief", "brief says", "the brief's", "the advert", "the advert's", "the word", "words like", "so called"});
constexpr std::array kHarmsGuarded = std::to_array<P>({
    "fall", "drop", "dip", "bruise", "bruising", "dizziness", "faint", "fainting", "reaction", "reactions",
    "discomfort", "irritation", "a fall", "a drop"});
constexpr std::array kGuardWords = std::to_array<P>({"to"});
constexpr std::array kBoasts = std::to_array<P>({"other", "beats", "beat", "compares", "else", "better",
                                                 "less", "match", "matches"});
constexpr std::array kWhether = std::to_array<P>({"whether"});
constexpr std::array kOpenQuestionCues = std::to_array<P>({
    "about", "unclear", "unknown", "uncertain", "know", "knows", "known", "sure", "disagree", "disagrees",
    "ask", "asks", "asked", "question", "test", "tests", "tested", "testing", "studied", "measured", "check", "see"});
constexpr std::array kAttributions = std::to_array<P>({"says", "said"});

// ---- Numbers ----
constexpr std::array kNumberWords = std::to_array<P>({"zero", "one", "two", "three", "four", "five", "six",
                                                      "seven", "eight", "nine", "ten"});
constexpr std::array kProportionLinks = std::to_array<P>({"in", "of", "out of", "in every"});
constexpr std::array kTimesWords = std::to_array<P>({"times"});
constexpr std::array kWordFigurePhrases = std::to_array<WordFigurePhrase>({
    {"half of", 50, true}, {"three quarters of", 75, false}, {"two thirds of", 66.7, false}});
constexpr std::array kPeople = std::to_array<P>({
    "people", "patients", "clients", "customers", "users", "women", "men", "adults", "participants", "persons",
    "children"});
constexpr std::array kCountLinks = std::to_array<P>({"in", "of"});
constexpr std::array kDenominatorWords = std::to_array<P>({"every", "per"});
constexpr std::array kConfidenceWords = std::to_array<P>({"ci", "confidence", "credible"});
constexpr std::array kTimeUnits = std::to_array<P>({"minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs"});
constexpr std::array kClockWords = std::to_array<P>({"am", "pm"});
constexpr std::array kTimeResultWords = std::to_array<P>({"within", "after", "in", "by"});
constexpr std::array kAboutWords = std::to_array<P>({"about", "around", "roughly"});
constexpr std::array kServiceWords = std::to_array<P>({
    "takes", "take", "lasts", "last", "runs", "run", "session", "sessions", "appointment", "consultation",
    "visit", "book", "over", "allow"});
constexpr std::array kComparatives = std::to_array<P>({
    "fewer", "less", "lower", "more", "higher", "greater", "reduction", "decrease", "increase", "drop", "fall",
    "rise", "improvement", "better", "worse", "faster", "slower", "relative", "reduced", "increased"});
constexpr std::array kByWords = std::to_array<P>({"by"});
constexpr std::array kRatioPhrases = std::to_array<P>({
    "twice as", "half as", "times more", "times less", "times higher", "times lower", "times as", "fold",
    "times the risk", "times the odds",
    // In other words (issue 15): "double the chance", "halves your risk".
    "double the", "doubles the", "doubles your", "triple the", "triples the", "triples your", "halves the",
    "halves your", "cuts your risk", "cut your risk"});
constexpr std::array kUncertaintyMarks = std::to_array<P>({
    "ci", "confidence interval", "credible interval", "range", "iqr", "interquartile", "p", "p value",
    "uncertain", "uncertainty", "margin of error", "margins of error", "chance",
    // A statistical test, not the marketing sense of "significant pain reduction".
    "statistically", "not significant", "non significant", "nonsignificant", "significance", "\xC2\xB1", "+/-"});
constexpr std::array kPointWords = std::to_array<P>({"point", "points"});

// ---- L8 ----
constexpr std::array kVagueWords = std::to_array<P>({
    "people", "patients", "adults", "anyone", "everyone", "everybody", "all", "all patients", "all people",
    "all ages", "clients", "customers", "humans", "the public", "general public", "various", "varied", "mixed",
    "unknown", "not stated", "n/a", "na", "none", "any", "tbd", "-"});
constexpr std::array kTimeWords = std::to_array<P>({
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "h", "hr", "hrs", "day", "days",
    "daily", "week", "weeks", "weekly", "month", "months", "monthly", "year", "years", "cycle", "cycles",
    "immediately", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"});

const Language kEnglish{
    "en", kFamilies, inflect_en, agree_en,
    kDiseases, kNounsAfter, kEfficacyWords, kStrongPresent, kStrongBase, kStrongModals, kHedgeModals,
    kPluralSubjects, kHedgesModerate, kHedgesLow, kUncertain, kUncertainOrUnknown,
    kClauseWords, kNegations, kScopeBreaks, kReportFrames, kDenials, kMentionFrames, kHarmsGuarded, kGuardWords,
    kBoasts, kWhether, kOpenQuestionCues, kAttributions,
    /*decimal_comma=*/false, kNumberWords, kProportionLinks, kTimesWords, kWordFigurePhrases, kPeople, kCountLinks,
    kDenominatorWords, kConfidenceWords, kTimeUnits, kClockWords, kTimeResultWords, kAboutWords, kServiceWords,
    kComparatives, kByWords, kRatioPhrases, kUncertaintyMarks, kPointWords,
    kVagueWords, kTimeWords,
};

}  // namespace

const Language& tables_en() { return kEnglish; }

}  // namespace benefits::lint_detail
