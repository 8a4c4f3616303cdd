// The claims linter: checks the wording and sourcing of a loaded dataset against rules drawn from
// advertising regulators and evidence-communication standards. The rules are listed in docs/linter.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "benefits/load.hpp"
#include "benefits/model.hpp"
#include "benefits/session.hpp"
#include "benefits/text.hpp"

namespace benefits {

enum class Severity { Error, Warning };
std::string_view to_string(Severity);

struct LintFinding {
    std::string rule;  // "L1" … "L17"
    Severity severity = Severity::Error;
    std::string path;  // e.g. claims[3].brief
    std::string message;
    std::string fix;
    std::string claim_id;     // the claim the path is in (claims[i]…), else empty
    std::string claim_title;
    std::string rule_title;   // the rule's title in the messages' language ("Medicinal claim")
};

struct RuleInfo {
    std::string_view id;
    Severity severity;
    std::string_view title;
    std::string_view checks;  // what the rule looks for
    std::string_view fields;  // where it looks
    std::string_view fix;
    std::string_view source;  // the guidance the rule comes from
};

// Every rule, in order L1 … L17.
const std::vector<RuleInfo>& lint_rules();
const RuleInfo* find_rule(std::string_view id);

// How hard the linter is. Strict (the default): disease claims (L11, and L12 names read as one) and wording
// stronger than the certainty (L3) are errors. Lenient: they are warnings, for clinics that want them listed
// without failing a run; every other rule keeps its severity.
enum class LintProfile { Strict, Lenient };
struct LintOptions {
    LintProfile profile = LintProfile::Strict;
    // The language of the messages and fixes: the editor's, whatever the dataset's (core/src/lint/messages.hpp).
    Lang messages = Lang::En;
};
// "strict" or "lenient"; nullopt for anything else.
std::optional<LintProfile> parse_lint_profile(std::string_view name);
// A rule's severity under a profile (the rule table's severity is the strict one).
Severity rule_severity(std::string_view rule, LintProfile profile);

// Findings ordered by path (claims in dataset order), then by rule. The rules read what the Session computed
// (each row's counted evidence and grade); nothing is counted or graded again.
std::vector<LintFinding> lint(const Session& session, const LintOptions& options = {});
// The same on a dataset alone: builds a Session from a copy of it first.
std::vector<LintFinding> lint(const Dataset& data, const LintOptions& options = {});

// A translation's texts (docs/format.md, translations: {"language", "texts": {"<key>": {"from", "text"}}}) read
// with the word rules in the translation's language (the tables of docs/linter.md), each as the field it
// translates is read in `data`: L1, L4, L11, L16 and L17 on asserted text, L12 on names and labels, L1 on harms
// and warning signs. Paths are `texts["<key>"].text`. A translation that is not of that shape gives no
// findings and its problems (path-named) in `problems`.
std::vector<LintFinding> lint_translation(const Dataset& data, std::string_view translation,
                                          LintOptions options = {}, std::vector<Problem>* problems = nullptr);

struct LintCounts {
    int errors = 0;
    int warnings = 0;
};
LintCounts count_findings(const std::vector<LintFinding>& findings);

// {"errors":N,"warnings":N,"findings":[{"rule","title","severity","path","message","fix"}]}
std::string lint_report_json(const std::vector<LintFinding>& findings);

}  // namespace benefits
