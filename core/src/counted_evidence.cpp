#include "benefits/counted_evidence.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace benefits {

// The one place that says how each design enters grading. Reviews that pool trials count as randomised
// evidence; guidelines, narrative reviews and designs we do not know are never graded.
DesignClass classify(Design d) {
    switch (d) {
        case Design::MetaAnalysis:
        case Design::SystematicReview:
        case Design::CochraneReview:
        case Design::RctDoubleBlind:
        case Design::RctSingleBlind:
        case Design::RctOpen: return DesignClass::Randomised;
        case Design::QuasiExperimental:
        case Design::Retrospective:
        case Design::Observational: return DesignClass::NonRandomised;
        case Design::OpenLabel: return DesignClass::Uncontrolled;
        case Design::Guideline:
        case Design::Review:
        case Design::Unknown: return DesignClass::NotGraded;
    }
    return DesignClass::NotGraded;
}

bool is_pooled(Design d) {
    return d == Design::MetaAnalysis || d == Design::SystematicReview || d == Design::CochraneReview;
}

const std::vector<std::string>& CountedEvidence::of(Role role) const {
    return role == Role::Supports ? supports : role == Role::Contradicts ? contradicts : context;
}

namespace {

// A source of this design and route answers a question asked for `asked`: the same route, or any stated route
// when the question itself is about several routes ("mixed").
bool route_answers(const std::optional<Route>& used, Route asked) {
    return used && (*used == asked || asked == Route::Mixed);
}

// A controlled design that can form a body of evidence. Uncontrolled series are observations even when an
// editor lists one as evidence (the loader refuses that; a dataset built in code is not checked).
bool controlled(DesignClass c) { return c == DesignClass::NonRandomised || c == DesignClass::Randomised; }

// Collects the counts of one or more rows: role lists over the evidence links, the sources only observed, then
// the body.
class Counter {
public:
    Counter(const Dataset& data, Route asked) : data_(data), asked_(asked) {}

    void add_roles(const OutcomeRow& row) {
        for (const auto& link : row.evidence) {
            add_role(link);
            in_evidence_.insert(link.ref);
        }
        for (const auto& link : row.observations) observed_.push_back(link.ref);
    }

    // The row's own body: its graded links of the best controlled design class among them.
    void add_body(const OutcomeRow& row) {
        DesignClass best = DesignClass::NotGraded;
        for (const auto& link : row.evidence)
            if (const Reference* ref = graded(link)) best = std::max(best, classify(ref->design));
        if (best == DesignClass::NotGraded) return;
        e_.best = std::max(e_.best, best);
        for (const auto& link : row.evidence) {
            const Reference* ref = graded(link);
            if (!ref || classify(ref->design) != best) continue;
            e_.body_supports |= link.role == Role::Supports;
            e_.body_contradicts |= link.role == Role::Contradicts;
            if (!in_body_.insert(ref->id).second) continue;
            e_.body.push_back(ref->id);
            if (ref->route) e_.routes.insert(*ref->route);
            e_.route_matches |= route_answers(ref->route, asked_);
            auto people = static_cast<std::size_t>(std::max(0, ref->n_total.value_or(0)));
            if (is_pooled(ref->design)) largest_review_ = std::max(largest_review_, people);
            else in_trials_ += people;
        }
    }

    CountedEvidence finish() {
        std::unordered_set<std::string> listed;
        for (const auto& id : observed_)
            if (!in_evidence_.count(id) && listed.insert(id).second) e_.observations.push_back(id);
        e_.participants = std::max(in_trials_, largest_review_);
        e_.participants_from_review = largest_review_ > in_trials_;
        return std::move(e_);
    }

private:
    void add_role(const EvidenceLink& link) {
        auto& list = link.role == Role::Supports      ? e_.supports
                     : link.role == Role::Contradicts ? e_.contradicts
                                                      : e_.context;
        if (seen_[static_cast<std::size_t>(link.role)].insert(link.ref).second) list.push_back(link.ref);
    }

    // The source of a link that may enter a body: it supports or contradicts, and is a controlled design.
    const Reference* graded(const EvidenceLink& link) const {
        if (link.role == Role::Context) return nullptr;
        const Reference* ref = data_.find_reference(link.ref);
        return ref && controlled(classify(ref->design)) ? ref : nullptr;
    }

    const Dataset& data_;
    Route asked_;
    CountedEvidence e_;
    std::unordered_set<std::string> seen_[3], in_evidence_, in_body_;
    std::vector<std::string> observed_;
    std::size_t in_trials_ = 0, largest_review_ = 0;
};

}  // namespace

CountedEvidence count_evidence(const OutcomeRow& row, const Dataset& data) {
    Counter counter(data, row.route);
    counter.add_roles(row);
    counter.add_body(row);
    return counter.finish();
}

CountedEvidence count_evidence(const Claim& claim, const Dataset& data) {
    Counter counter(data, data.route);
    for (const auto& row : claim.outcomes) counter.add_roles(row);
    for (const auto& row : claim.outcomes) counter.add_body(row);
    return counter.finish();
}

}  // namespace benefits
