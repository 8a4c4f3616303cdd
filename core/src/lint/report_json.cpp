#include "benefits/lint.hpp"
#include "json/writer.hpp"

namespace benefits {

std::string lint_report_json(const std::vector<LintFinding>& findings) {
    LintCounts counts = count_findings(findings);
    JsonWriter w;
    w.begin_object().field("errors", counts.errors).field("warnings", counts.warnings).key("findings").begin_array();
    for (const auto& f : findings) {
        w.begin_object()
            .field("rule", f.rule);
        if (!f.rule_title.empty()) w.field("title", f.rule_title);
        w.field("severity", to_string(f.severity))
            .field("path", f.path);
        if (!f.claim_id.empty()) w.field("claim", f.claim_id).field("claim_title", f.claim_title);
        w.field("message", f.message).field("fix", f.fix).end_object();
    }
    w.end_array().end_object();
    return w.take();
}

}  // namespace benefits
