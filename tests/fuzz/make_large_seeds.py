#!/usr/bin/env python3
"""Writes the fuzzer's large seeds into a folder (scripts/fuzz.sh: its scratch corpus): datasets at the loader's
limits (benefits::Limits in core/include/benefits/load.hpp) and one step over each, so that libFuzzer starts
from inputs of megabytes and hundreds of thousands of items and its custom mutator (fuzz_core.cpp) works near
the limits. Deterministic (same bytes on every run); nothing is written into the repository.

    python3 tests/fuzz/make_large_seeds.py dataset OUT_DIR [--all]   # fuzz_core, fuzz_cli: datasets
    python3 tests/fuzz/make_large_seeds.py query OUT_DIR             # fuzz_query: queries

The seeds cost a few seconds each to run under the sanitizers, the 16 MiB one that loads about a minute on a
busy machine: it is written only with --all (scripts/fuzz.sh's long runs); the size-limit seeds that every run
gets are a dataset of 2 MiB padded with spaces to the limit.

The limits are repeated here from benefits::Limits: change them here when they change there.
"""
import copy
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]

MAX_BYTES = 16 << 20
MAX_STRING = 20000
MAX_CLAIMS = 200000
MAX_REFERENCES = 20000
MAX_FINDINGS = 1000
MAX_ARRAY = 400000
MAX_DEPTH = 64
MAX_ITEM_VALUES = 500000
MAX_OTHER_VALUES = 500000
MAX_QUERY = 65536
SEP = b"\n#query\n"


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def values(node):
    """Values the loader's parser holds for this node (streaming_parse.cpp counts each scalar and container)."""
    if isinstance(node, dict):
        return 1 + sum(values(v) for v in node.values())
    if isinstance(node, list):
        return 1 + sum(values(v) for v in node)
    return 1


def root_values(doc):
    """Values outside the claims' items: the root, its other members and the "claims" array itself."""
    return values(doc) - sum(values(c) for c in doc["claims"])


def padded(text, size):
    """The text with spaces before its final brace, to exactly `size` bytes."""
    assert len(text) <= size and text.endswith(b"}")
    return text[:-1] + b" " * (size - len(text)) + b"}"


def many_claims(mini, size):
    """Copies of the mini fixture's claims under new ids until the text is just under `size` bytes."""
    doc = copy.deepcopy(mini)
    base = len(dump(doc))
    originals = mini["claims"]
    doc["claims"] = []
    total = base - len(dump(originals)) + 2
    n = 0
    while True:
        claim = copy.deepcopy(originals[n % len(originals)])
        claim["id"] = f"{claim['id']}-{n}"
        cost = len(dump(claim)) + 1
        if total + cost > size:
            break
        doc["claims"].append(claim)
        total += cost
        n += 1
    return doc


def claim_with_values(mini, count):
    """The mini dataset whose first claim holds exactly `count` values: harms (up to the array limit, the one
    harm id repeated) and evidence links of its first outcome row."""
    doc = copy.deepcopy(mini)
    claim = doc["claims"][0]
    row = claim["outcomes"][0]
    harm = claim["harms"][0]
    evidence = row["evidence"][-1]  # {"ref","role","note"}: 4 values
    per_evidence = values(evidence)
    claim["harms"] = []
    room = count - values(claim)
    extra_evidence = max(0, room - MAX_ARRAY) // per_evidence + 1
    row["evidence"] += [dict(evidence) for _ in range(extra_evidence)]
    claim["harms"] = [harm] * (count - values(claim))
    assert values(claim) == count and len(claim["harms"]) <= MAX_ARRAY
    return doc


def root_with_values(mini, count):
    """The mini dataset holding exactly `count` values outside its claims: more topics and a harm citing one
    source many times."""
    doc = copy.deepcopy(mini)
    doc["topics"] += [{"id": f"topic-{k}", "label": f"Topic {k}"} for k in range(40000)]
    harm = doc["harms"][0]
    source = harm["source_ids"][0]
    harm["source_ids"] = []
    harm["source_ids"] = [source] * (count - root_values(doc))
    assert root_values(doc) == count and len(harm["source_ids"]) <= MAX_ARRAY
    return doc


def nested(depth, leaf):
    node = leaf
    for _ in range(depth):
        node = [node]
    return node


def query_seeds():
    """Queries at the query limits: the size (in a text, and in a list of thousands of topics) and the depth."""
    seeds = {}
    for label, n in [("at", MAX_QUERY), ("over", MAX_QUERY + 1)]:
        text = b'{"text":"' + b"ab " * (n // 3) + b'"}'
        seeds[f"large-query-text-{label}-limit.json"] = text[: n - 2] + b'"}'
        topics = b'{"sort":"verdict","topic":[' + b",".join([b'"headache"'] * ((n - 40) // 11)) + b"]}"
        seeds[f"large-query-topics-{label}-limit.json"] = padded(topics, n)
    for label, depth in [("at", MAX_DEPTH), ("over", MAX_DEPTH + 1)]:
        seeds[f"large-query-deep-{label}-limit.json"] = dump({"text": "a", "topic": nested(depth - 1, "x")})
    for data in seeds.values():
        assert len(data) <= MAX_QUERY + 1
    return seeds


def main():
    kind, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    seeds = query_seeds() if kind == "query" else dataset_seeds()
    for name, data in sorted(seeds.items()):
        (out / name).write_bytes(data)
    total = sum(len(d) for d in seeds.values())
    print(f"{len(seeds)} large seeds, {total} bytes, largest {max(len(d) for d in seeds.values())} bytes in {out}")


def dataset_seeds():
    """Datasets at the loader's limits and one step over each."""
    mini = json.loads((ROOT / "tests" / "fixtures" / "mini.json").read_bytes())
    seeds = {}

    # Size: a dataset of about 2,000 claims padded to exactly the limit, and to one byte over it; with --all, one
    # of about 16,000 claims that loads, at exactly the limit.
    claims = dump(many_claims(mini, 2 << 20))
    seeds["large-size-at-limit.json"] = padded(claims, MAX_BYTES)
    seeds["large-size-over-limit.json"] = padded(claims, MAX_BYTES + 1)
    if "--all" in sys.argv[3:]:
        seeds["large-claims-at-size-limit.json"] = padded(dump(many_claims(mini, MAX_BYTES - 64)), MAX_BYTES)
    # A dataset of 1 MB followed by queries, so that queries run over many claims.
    queries = [b'{"text":"trial"}', b'{"sort":"verdict","verdict":["supported"]}', b'{"sort":"certainty"}']
    seeds["large-1mb-with-queries.txt"] = dump(many_claims(mini, 1 << 20)) + b"".join(SEP + q for q in queries)

    # Arrays: one of exactly 400,000 items (a claim's harms), and one more.
    doc = copy.deepcopy(mini)
    doc["claims"][0]["harms"] = doc["claims"][0]["harms"][:1] * MAX_ARRAY
    seeds["large-array-at-limit.json"] = dump(doc)
    doc["claims"][0]["harms"].append(doc["claims"][0]["harms"][0])
    seeds["large-array-over-limit.json"] = dump(doc)

    # Values held at once: one claim of exactly 500,000 values, and one more; the same outside the claims.
    seeds["large-claim-values-at-limit.json"] = dump(claim_with_values(mini, MAX_ITEM_VALUES))
    seeds["large-claim-values-over-limit.json"] = dump(claim_with_values(mini, MAX_ITEM_VALUES + 1))
    seeds["large-root-values-at-limit.json"] = dump(root_with_values(mini, MAX_OTHER_VALUES))
    seeds["large-root-values-over-limit.json"] = dump(root_with_values(mini, MAX_OTHER_VALUES + 1))

    # Counts with their own limits: claims, references, findings of one reference (items that are numbers, one
    # problem each: refused by count when over, as not objects when at the limit).
    for name, key, limit in [("claims", "claims", MAX_CLAIMS), ("references", "references", MAX_REFERENCES)]:
        for label, n in [("at", limit), ("over", limit + 1)]:
            doc = copy.deepcopy(mini)
            doc[key] = [0] * n
            seeds[f"large-{name}-{label}-limit.json"] = dump(doc)
    doc = copy.deepcopy(mini)
    finding = doc["references"][0]["findings"][0]
    doc["references"][0]["findings"] = [finding] * MAX_FINDINGS
    seeds["large-findings-at-limit.json"] = dump(doc)
    doc["references"][0]["findings"].append(finding)
    seeds["large-findings-over-limit.json"] = dump(doc)

    # Strings of exactly the limit and one byte more (a claim's summary).
    for label, n in [("at", MAX_STRING), ("over", MAX_STRING + 1)]:
        doc = copy.deepcopy(mini)
        doc["claims"][0]["summary"] = ("Trial " * (n // 6 + 1))[:n]
        seeds[f"large-string-{label}-limit.json"] = dump(doc)

    # Nesting: thousands of arrays nested to exactly the depth limit inside a claim, and one of them one deeper.
    # The document, claims, a claim, outcomes, a row, grading, risk_of_bias and "deep" are 8 levels.
    doc = copy.deepcopy(mini)
    judgement = doc["claims"][0]["outcomes"][0]["grading"]["risk_of_bias"]
    judgement["deep"] = [nested(MAX_DEPTH - 8, 0)] * 5000
    seeds["large-deep-at-limit.json"] = dump(doc)
    judgement["deep"].append(nested(MAX_DEPTH - 7, 0))
    seeds["large-deep-over-limit.json"] = dump(doc)

    # Queries of exactly the query limit and one byte more.
    for label, n in [("at", MAX_QUERY), ("over", MAX_QUERY + 1)]:
        query = b'{"text":"' + b"a" * (n - 11) + b'"}'
        assert len(query) == n
        seeds[f"large-query-{label}-limit.txt"] = dump(mini) + SEP + query

    return seeds


if __name__ == "__main__":
    main()
