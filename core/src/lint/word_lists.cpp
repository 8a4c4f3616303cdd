#include "word_lists.hpp"

#include <array>
#include <string>
#include <vector>

#include "families.hpp"

namespace benefits::lint_detail {
namespace {





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

// A rule's phrases from the families (families_en.cpp), plus listed ones, kept for the life of the program.
class PhraseList {
public:
    PhraseList(std::string_view rule, std::span<const std::string_view> listed = {}) {
        for (auto& p : family_phrases(families_en(), rule)) store_.push_back(std::move(p));
        for (auto p : listed) store_.emplace_back(p);
        for (const auto& p : store_) views_.push_back(p);
    }
    std::span<const std::string_view> span() const { return views_; }

private:
    std::vector<std::string> store_;
    std::vector<std::string_view> views_;
};

}  // namespace

std::span<const std::string_view> banned_absolutes() {
    static const PhraseList list("L1");
    return list.span();
}
std::span<const std::string_view> hedges() {
    static const PhraseList list("L4");
    return list.span();
}
std::span<const std::string_view> medicinal_openers() {
    static const PhraseList list("L11");
    return list.span();
}
std::span<const std::string_view> name_words() {
    static const PhraseList list("L12");
    return list.span();
}
std::span<const std::string_view> complaints() {
    static const PhraseList list("L12 complaint", kDiseases);
    return list.span();
}
std::span<const std::string_view> endorsements() {
    static const PhraseList list("L16");
    return list.span();
}
std::span<const std::string_view> comparisons() {
    static const PhraseList list("L17");
    return list.span();
}
std::span<const std::string_view> medicinal_nouns_after_disease() { return kNounsAfter; }
std::span<const std::string_view> diseases() { return kDiseases; }
std::span<const std::string_view> efficacy_words() {
    static const PhraseList list("L2", kEfficacyWords);
    return list.span();
}
std::span<const std::string_view> strong_present() {
    static const PhraseList list("L3", kStrongPresent);
    return list.span();
}
std::span<const std::string_view> strong_base() { return kStrongBase; }
std::span<const std::string_view> strong_modals() { return kStrongModals; }
std::span<const std::string_view> plural_subjects() { return kPluralSubjects; }

}  // namespace benefits::lint_detail
