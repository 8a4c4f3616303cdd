#!/usr/bin/env python3
"""Converts a claims dataset from format 1 to format 2, mechanically:

    python3 scripts/convert-format1.py OLD.json > NEW.json

Each claim gets one outcome row, "main", built from its effect, population, timeframe, grading, evidence and
absolute figures. Links to uncontrolled sources (design "open-label"), and every link of a claim whose effect was
"not-measured", become the row's observations. Judgements with level "none" and no reason are dropped (format 2
wants a reason for every judgement given). Red flags get the urgency "emergency". The claim's stated certainty
is dropped: format 2 works it out per row.

What needs an editor's eye (guessed routes, rows without a comparator, moved links, dropped fields) is listed on
stderr, one line per item, with the JSON path in the new file. The output keeps every text as it was; nothing
is invented. See docs/format.md, "From format 1".
"""
import json
import re
import sys

DOMAINS = ["risk_of_bias", "inconsistency", "indirectness", "imprecision", "publication_bias"]


class Notes:
    def __init__(self):
        self.lines = []

    def add(self, path, text):
        self.lines.append(f"{path}: {text}")


def blank(value):
    return not isinstance(value, str) or not value.strip()


def guess_route(intervention, dataset_route):
    """The route named in the tested intervention's words, else the dataset's; and whether it was a guess."""
    words = intervention.lower() if isinstance(intervention, str) else ""
    if re.search(r"\b(oral|tablets?|capsules?|by mouth|supplements?|diet(ary)?)\b", words):
        return "oral", False
    if re.search(r"\b(im|intramuscular)\b", words):
        return "IM", False
    if re.search(r"\b(iv|intravenous|infusions?|injections?)\b", words):
        return "IV", False
    return (dataset_route if dataset_route in ("IV", "IM", "oral", "mixed") else "IV"), True


def convert_grading(grading, at, notes):
    if not isinstance(grading, dict):
        return grading
    out = {}
    for key, value in grading.items():
        if key in DOMAINS and isinstance(value, dict):
            if value.get("level", "none") == "none" and blank(value.get("reason")):
                continue  # "not judged": the rule decides alone
            if blank(value.get("reason")):
                notes.add(f"{at}.{key}.reason", "a judgement needs its reason: write one")
            out[key] = value
        elif key == "large_effect" and isinstance(value, dict):
            if not value.get("applies", False) and blank(value.get("reason")):
                continue
            if blank(value.get("reason")):
                notes.add(f"{at}.large_effect.reason", "a judgement needs its reason: write one")
            out[key] = value
        else:
            out[key] = value
    return out


def convert_claim(claim, i, designs, dataset_route, notes):
    if not isinstance(claim, dict):
        return claim
    at = f"claims[{i}]"
    row_at = f"{at}.outcomes[0]"
    effect = claim.get("effect") if isinstance(claim.get("effect"), dict) else {}
    row = {"id": "main"}
    if "intervention" in effect:
        row["intervention"] = effect["intervention"]
    route, guessed = guess_route(effect.get("intervention"), dataset_route)
    row["route"] = route
    if guessed:
        notes.add(f"{row_at}.route", f'set to "{route}" (the dataset\'s route): check the tested route')
    notes.add(f"{row_at}.comparator", "format 1 had none: add what the studies compared with (or leave it out "
                                      "when there was no comparison)")
    if "outcome" in effect:
        row["outcome"] = effect["outcome"]
    if "timeframe" in claim:
        row["timepoint"] = claim["timeframe"]
        notes.add(f"{row_at}.timepoint", "was the claim's timeframe: check that it reads after the outcome")
    if "population" in claim:
        row["population"] = claim["population"]

    direction = effect.get("direction")
    measured = direction != "not-measured"
    evidence, observations = [], []
    for k, link in enumerate(claim.get("evidence", []) if isinstance(claim.get("evidence"), list) else []):
        ref = link.get("ref") if isinstance(link, dict) else None
        if not measured:
            observations.append(link)
        elif designs.get(ref) == "open-label":
            observations.append(link)
            notes.add(f"{at}.evidence[{k}]", f'"{ref}" is uncontrolled (open-label): moved to '
                                             f"{row_at}.observations[{len(observations) - 1}]")
        else:
            evidence.append(link)
    if not measured and observations:
        notes.add(f"{row_at}.observations", 'the effect was "not-measured": every link is an observation now; '
                                            "move controlled studies of this outcome back into evidence")
    if direction is not None and measured:
        if evidence:
            row["direction"] = direction
        else:
            notes.add(f"{row_at}.direction", f'"{direction}" dropped: no controlled evidence is left in the row')
    if evidence:
        row["evidence"] = evidence
    if observations:
        row["observations"] = observations

    cited = {(l.get("ref"), l.get("finding", -1)) for l in evidence + observations if isinstance(l, dict)}
    absolute = []
    for k, a in enumerate(claim.get("absolute", []) if isinstance(claim.get("absolute"), list) else []):
        if not isinstance(a, dict):
            absolute.append(a)
            continue
        new = {"kind": "rates"}
        for key, value in a.items():
            new["event" if key == "outcome" else key] = value
        ref, finding = a.get("ref"), a.get("finding", -1)
        if not any(r == ref and (f == -1 or finding == -1 or f == finding) for r, f in cited):
            which = f'finding {finding} of "{ref}"' if finding != -1 else f'"{ref}"'
            notes.add(f"{row_at}.absolute[{k}]", f"{which} is not cited by the row: cite it, or remove the figure")
        absolute.append(new)
    if absolute:
        row["absolute"] = absolute

    if "grading" in claim:
        grading = convert_grading(claim["grading"], f"{row_at}.grading", notes)
        if grading and not evidence:
            notes.add(f"{row_at}.grading", "dropped: the row has no controlled evidence to grade")
        elif grading:
            row["grading"] = grading
    if "certainty" in claim:
        notes.add(f"{at}.certainty", f'"{claim["certainty"]}" dropped: format 2 works the certainty out per row')

    moved = ("population", "timeframe", "certainty", "effect", "grading", "evidence", "absolute")
    out = {}
    for key, value in claim.items():
        if key in moved:
            continue
        out[key] = value
        if key == "verdict_reason":
            out["outcomes"] = [row]  # where the moved fields were
    out.setdefault("outcomes", [row])
    return out


def convert(doc, notes):
    if not isinstance(doc, dict):
        raise ValueError("expected a JSON object with \"format\" and \"claims\"")
    if doc.get("format") != 1:
        raise ValueError(f"expected \"format\": 1, got {json.dumps(doc.get('format'))}")
    designs = {r.get("id"): r.get("design") for r in doc.get("references", []) if isinstance(r, dict)}
    out = {}
    for key, value in doc.items():
        if key == "format":
            out[key] = 2
        elif key == "claims" and isinstance(value, list):
            out[key] = [convert_claim(c, i, designs, doc.get("route"), notes) for i, c in enumerate(value)]
        elif key == "red_flags" and isinstance(value, list):
            flags = []
            for i, flag in enumerate(value):
                if isinstance(flag, dict) and "urgency" not in flag:
                    new = {}
                    for k, v in flag.items():
                        new[k] = v
                        if k == "statement":
                            new["urgency"] = "emergency"
                    new.setdefault("urgency", "emergency")
                    notes.add(f"red_flags[{i}].urgency", 'set to "emergency" (call the emergency number now): '
                                                         'use "see-doctor" for a reason to see a doctor first')
                    flag = new
                flags.append(flag)
            out[key] = flags
        else:
            out[key] = value
        if key == "route":
            notes.add("emergency_line", "new in format 2 (optional): how to call for help, shown with the red flags")
    return out


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        with open(argv[1], "rb") as f:
            doc = json.loads(f.read().decode("utf-8"))
        notes = Notes()
        out = convert(doc, notes)
    except (OSError, ValueError, UnicodeDecodeError) as e:
        print(f"convert-format1: {argv[1]}: {e}", file=sys.stderr)
        return 1
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    for line in notes.lines:
        print(f"check {line}", file=sys.stderr)
    print(f"convert-format1: {len(notes.lines)} items to check", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
