// L6: every claim shows its harms or cautions, so benefits never appear alone. The dataset's infusion cautions
// are shown on every claim, so they count for each.
#include "lint_context.hpp"

namespace benefits::lint_detail {

void check_harms(const LintContext& cx) {
    if (!cx.data.infusion_cautions.empty()) return;
    for (std::size_t i = 0; i < cx.data.claims.size(); ++i) {
        const Claim& c = cx.data.claims[i];
        if (!c.harms.empty() || !c.cautions.empty()) continue;
        cx.report("L6", claim_path(i) + ".harms", std::string(cx.say().no_harms));
    }
}

}  // namespace benefits::lint_detail
