// The English families: other words for the same promise, found by the linter corpus (tests/lint-corpus/) and
// the outside review (reviews/linter-review.md, kinds of miss 1, 5 and 8), after the wording the FTC Health
// Products Compliance Guidance (2022), the FTC Endorsement Guides (2023), CAP Code section 12 and the ASA/CAP
// rulings on IV drip clinics discuss. Add a word here, with a test in tests/core/test_lint_families.cpp and a
// text in the corpus; the rules read nothing else.
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

// L2: efficacy words beyond the listed ones (in word_lists.cpp).
constexpr std::array kEfficacy = std::to_array<P>({
    "{help}", "{boost}", "{lift}", "{sharpen}", "{restore}", "{lower}", "{cut}", "cutting", "{banish}",
    "recover faster",
});

// L3: present-tense efficacy beyond the listed ones.
constexpr std::array kStrong = std::to_array<P>({
    "cuts", "delivers", "knocks out", "banishes", "fights", "restores", "lifts", "sharpens", "shown to",
    "proven to", "wipes out", "gets rid of",
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
    {"L2", "efficacy", kEfficacy},
    {"L3", "present-tense efficacy", kStrong},
    {"L16", "testimonial or endorsement", kEndorsement},
    {"L17", "unnamed comparison", kComparison},
});

}  // namespace

std::span<const Family> families_en() { return kFamilies; }

}  // namespace benefits::lint_detail
