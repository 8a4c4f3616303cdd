#include "word_lists.hpp"

#include <array>

namespace benefits::lint_detail {
namespace {

constexpr std::array kBannedAbsolutes = std::to_array<std::string_view>({
    "cure", "cures", "cured", "curing", "cure all",
    "guaranteed", "guarantee", "guarantees",
    "proven", "clinically proven", "scientifically proven",
    "miracle", "miracles", "miraculous",
    "100%",
    "no side effects", "no side effect", "without side effects", "free of side effects",
    "completely safe", "totally safe", "perfectly safe", "entirely safe",
    "detox", "detoxes", "detoxing", "detoxify", "detoxifies", "detoxifying", "detoxification",
    "boosts immunity", "boost immunity", "boosting immunity", "boosts your immunity", "boost your immunity",
    "boosts the immune system", "boost the immune system", "boosts your immune system",
    "boost your immune system", "boosts immune", "boost immune", "immune boost", "immune boosting",
    "immunity boost", "immunity boosting",
});

constexpr std::array kHedges = std::to_array<std::string_view>({
    "promising", "emerging",
    "may help", "can help", "could help", "might help", "may help support",
    "helps support", "help support", "may support",
    "growing evidence", "growing body of evidence", "increasing evidence",
    "increasingly supports", "increasingly support", "increasingly shows", "increasingly show",
});

constexpr std::array kMedicinalVerbs = std::to_array<std::string_view>({
    "treat", "treats", "treating",  // "treated" describes patients ("adults treated for migraine")
    "cure", "cures", "cured", "curing",
    "prevent", "prevents", "prevented", "preventing",
    "heal", "heals", "healing",
    "fight", "fights", "fighting",
    "combat", "combats", "combating", "combatting",
});

constexpr std::array kNounsBefore = std::to_array<std::string_view>({
    "treatment for", "treatment of", "treatments for", "cure for", "cures for", "remedy for", "remedies for",
    "prevention of",
});

constexpr std::array kNounsAfter = std::to_array<std::string_view>({
    "treatment", "treatments", "cure", "cures", "remedy", "remedies", "prevention",
});

constexpr std::array kDiseases = std::to_array<std::string_view>({
    "migraine", "migraines", "headache", "headaches", "cluster headache", "cluster headaches",
    "fibromyalgia", "anxiety", "anxiety disorder", "panic attacks", "insomnia", "depression",
    "dysmenorrhoea", "dysmenorrhea", "menstrual cramps", "period pain", "premenstrual syndrome", "pms",
    "chronic fatigue", "chronic fatigue syndrome", "chronic pain", "restless legs",
    "asthma", "diabetes", "hypertension", "high blood pressure", "arthritis", "cancer",
    "covid", "long covid", "infection", "infections", "colds", "flu", "influenza", "adhd",
});

constexpr std::array kEfficacyWords = std::to_array<std::string_view>({
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

constexpr std::array kStrongPresent = std::to_array<std::string_view>({
    "reduces", "relieves", "prevents", "treats", "improves", "cures", "eliminates", "alleviates", "eases",
    "lowers", "lessens", "heals", "stops", "works", "helps", "boosts", "enhances",
    "is effective", "are effective", "highly effective", "particularly effective", "especially effective",
    "very effective", "clinically effective",
});

constexpr std::array kStrongBase = std::to_array<std::string_view>({
    "reduce", "relieve", "prevent", "treat", "improve", "cure", "eliminate", "alleviate", "ease", "lower",
    "lessen", "heal", "stop", "help", "boost", "enhance", "work",
});

constexpr std::array kStrongModals = std::to_array<std::string_view>({"can", "will", "does"});

constexpr std::array kPluralSubjects = std::to_array<std::string_view>({
    "infusions", "drips", "injections", "treatments", "therapies", "they",
});

}  // namespace

std::span<const std::string_view> banned_absolutes() { return kBannedAbsolutes; }
std::span<const std::string_view> hedges() { return kHedges; }
std::span<const std::string_view> medicinal_verbs() { return kMedicinalVerbs; }
std::span<const std::string_view> medicinal_nouns_before_disease() { return kNounsBefore; }
std::span<const std::string_view> medicinal_nouns_after_disease() { return kNounsAfter; }
std::span<const std::string_view> diseases() { return kDiseases; }
std::span<const std::string_view> efficacy_words() { return kEfficacyWords; }
std::span<const std::string_view> strong_present() { return kStrongPresent; }
std::span<const std::string_view> strong_base() { return kStrongBase; }
std::span<const std::string_view> strong_modals() { return kStrongModals; }
std::span<const std::string_view> plural_subjects() { return kPluralSubjects; }

}  // namespace benefits::lint_detail
