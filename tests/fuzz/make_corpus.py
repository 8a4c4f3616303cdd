#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora. tests/fuzz/corpus/ (fuzz_core, fuzz_cli): small valid datasets (the mini
fixture and trimmed variants of data/claims.json), broken JSON, deep nesting, odd numbers, invalid UTF-8 and
hostile strings, and datasets followed by queries (see fuzz_core.cpp for the input layout).
tests/fuzz/corpus-query/ (fuzz_query): the queries of tests/fixtures/queries.json and hostile ones.
The large seeds (megabytes, at the limits) are not kept here: make_large_seeds.py writes them for each run.

Run by hand when the format changes (python3 tests/fuzz/make_corpus.py); scripts/fuzz.sh never writes into
the repository: it copies these seeds into a scratch folder.
"""
import copy
import importlib.util
import io
import json
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fuzz" / "corpus"
OUT_QUERY = ROOT / "tests" / "fuzz" / "corpus-query"
SEP = b"\n#query\n"


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def format2(doc):
    """The dataset in format 2: converted by scripts/convert-format1.py while it is still in format 1."""
    if doc.get("format") != 1:
        return doc
    spec = importlib.util.spec_from_file_location("convert_format1", ROOT / "scripts" / "convert-format1.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.convert(doc, module.Notes())


def trimmed(full, claim_ids, max_text=48):
    """The dataset with only these claims, the sources and harms they cite, and short texts."""
    doc = copy.deepcopy(full)
    doc["claims"] = [c for c in doc["claims"] if c["id"] in claim_ids]
    harm_ids = {h for c in doc["claims"] for h in c.get("harms", [])}
    harm_ids |= set(doc.get("infusion_cautions", []))
    doc["harms"] = [h for h in doc.get("harms", []) if h["id"] in harm_ids]
    doc["red_flags"] = doc.get("red_flags", [])[:2]
    for item in doc["harms"] + doc["red_flags"]:
        item["source_ids"] = item.get("source_ids", [])[:1]
    rows = [row for c in doc["claims"] for row in c["outcomes"]]
    refs = {e["ref"] for row in rows for e in row.get("evidence", []) + row.get("observations", [])}
    refs |= {a["ref"] for row in rows for a in row.get("absolute", [])}
    refs |= {s for h in doc["harms"] + doc["red_flags"] for s in h.get("source_ids", [])}
    doc["references"] = [r for r in doc["references"] if r["id"] in refs]

    def shorten(node):
        if isinstance(node, dict):
            return {k: shorten(v) for k, v in node.items()}
        if isinstance(node, list):
            return [shorten(v) for v in node]
        if isinstance(node, str) and len(node) > max_text:
            return node[:max_text]
        return node

    return shorten(doc)


def main():
    mini_text = (ROOT / "tests" / "fixtures" / "mini.json").read_bytes()
    mini = json.loads(mini_text)
    full = format2(json.loads((ROOT / "data" / "claims.json").read_bytes()))
    queries = json.loads((ROOT / "tests" / "fixtures" / "queries.json").read_bytes())["cases"]

    seeds = {}
    # Valid datasets.
    seeds["valid-mini.json"] = mini_text
    seeds["valid-mini-compact.json"] = dump(mini)
    for n, ids in enumerate([["rapid-relief"], ["aura", "prevention"], ["sleep", "energy"],
                             ["meta-analysis-948"], ["menstrual-pain", "anxiety"]]):
        seeds[f"valid-claims-trimmed-{n}.json"] = dump(trimmed(full, set(ids)))
    # A dataset in Spanish: its phrases with their grammar, its events with their singular; and one without.
    seeds["valid-spanish.json"] = (ROOT / "tests" / "lint-corpus" / "template-es.json").read_bytes()
    seeds["spanish-without-grammar.json"] = dump({**mini, "language": "es"})

    # Datasets followed by queries.
    seeds["queries-mini.txt"] = dump(mini) + b"".join(SEP + dump(c["query"]) for c in queries)
    seeds["queries-hostile.txt"] = dump(mini) + SEP.join([b"", b'{"text":"\xff\xfe"}', b'{"sort":7}',
                                                          b'{"topic":[null,1,{}]}', b'[]', b'{"text":"' +
                                                          b"\\u0000" * 8 + b'"}', b'{"route":["IV","iv"]}',
                                                          b'{"verdict":"supported"}', b'{"a":1,"text":""}'])

    # Broken JSON.
    seeds["broken-truncated.json"] = mini_text[: len(mini_text) // 2]
    seeds["broken-trailing-comma.json"] = b'{"format":2,"title":"x",}'
    seeds["broken-unclosed-string.json"] = b'{"format":2,"title":"x'
    seeds["broken-missing-colon.json"] = b'{"format" 2}'
    seeds["broken-empty.json"] = b""
    seeds["broken-bom.json"] = b"\xef\xbb\xbf" + dump(mini)
    seeds["broken-two-documents.json"] = dump(mini) + dump(mini)
    seeds["not-object.json"] = b"[1,2,3]"
    seeds["not-object-null.json"] = b"null"

    # The loader streams the root's "claims": a repeated member (the last one counts), "claims" nested elsewhere.
    seeds["streaming-repeated-claims.json"] = b'{"claims":[1,{"a":[]}],"claims":[{"b":2}]}'
    seeds["streaming-nested-claims.json"] = b'{"a":{"claims":[1]},"claims":[[],"s",null,{"claims":[2]}]}'

    # Nesting around the depth limit (64) and far beyond it, as arrays and as objects inside a claim.
    for depth in (63, 64, 65, 200):
        seeds[f"deep-array-{depth}.json"] = b"[" * depth + b"]" * depth
    doc = copy.deepcopy(mini)
    nest = "x"
    for _ in range(70):
        nest = {"level": nest}
    doc["claims"][0]["outcomes"][0]["grading"]["risk_of_bias"] = nest
    seeds["deep-object-in-claim.json"] = dump(doc)
    seeds["deep-unbalanced.json"] = b'{"a":' * 100 + b'"]]]]}"'

    # Numbers.
    for name, value in [("1e400", b"1e400"), ("neg-zero", b"-0"), ("neg-zero-float", b"-0.0"),
                        ("fraction", b"1.5"), ("huge-int", b"18446744073709551616"),
                        ("int-max-plus", b"2147483648"), ("negative", b"-1"), ("tiny", b"1e-400"),
                        ("exp-int", b"1e8"), ("many-digits", b"9" * 400)]:
        text = dump(mini).replace(b'"n_total":30', b'"n_total":' + value, 1)
        text = text.replace(b'"format":2', b'"format":' + (value if name != "fraction" else b"2.0"), 1)
        text = text.replace(b'"events":12', b'"events":' + value, 1)
        seeds[f"number-{name}.json"] = text

    # Invalid UTF-8 and NUL bytes in strings and keys.
    base = dump(mini)
    for name, raw in [("truncated", b"F\xc3st"), ("lone-continuation", b"\x80\x80"), ("ff", b"\xff\xfe"),
                      ("overlong-slash", b"\xc0\xaf"), ("utf8-surrogate", b"\xed\xa0\x80"),
                      ("escaped-lone-surrogate", b"\\ud800x"), ("escaped-nul", b"a\\u0000b"),
                      ("raw-nul", b"a\x00b"), ("beyond-unicode", b"\xf4\x90\x80\x80")]:
        seeds[f"utf8-{name}.json"] = base.replace(b'"Fast relief"', b'"' + raw + b'"', 1)
    seeds["utf8-in-key.json"] = base.replace(b'"summary"', b'"sum\xffmary"', 1)

    # Hostile strings that must come back as plain text.
    doc = copy.deepcopy(mini)
    doc["claims"][0]["title"] = "</script><img src=x onerror=alert(1)>"
    doc["claims"][0]["brief"] = "\u202eevil\u202c %s%n%x {{template}} ${x}"
    doc["claims"][1]["summary"] = "\u0000\u0001\u001f\u007f\u2028\u2029"
    doc["references"][0]["title"] = "__proto__"
    doc["claims"][2]["title"] = "Ａ" * 40 + "\U0001F600" * 20
    seeds["hostile-strings.json"] = dump(doc)
    doc = copy.deepcopy(mini)
    doc["__proto__"] = {"polluted": True}
    doc["claims"][0]["constructor"] = 1
    seeds["hostile-keys.json"] = dump(doc)
    doc = copy.deepcopy(mini)
    doc["claims"][0]["id"] = "Fast Relief"
    doc["claims"][1]["id"] = "fast-relief"
    row = doc["claims"][0]["outcomes"][0]
    row["evidence"][0]["finding"] = 99999
    row["absolute"][0]["magnesium"] = {"events": 20, "total": 15, "percent": 101}
    row["absolute"][1]["ref"] = "trial-oral"            # a source the row does not cite
    row["observations"] = [{"ref": "nowhere", "role": "supports", "note": "n"}]
    doc["claims"][2]["outcomes"][1]["id"] = "main"     # a row id twice in one claim
    doc["infusion_cautions"] = ["flushing", "no-such-harm"]
    doc["references"][1]["id"] = doc["references"][0]["id"]
    seeds["hostile-cross-references.json"] = dump(doc)

    # For fuzz_cli: a file name after a line "#name" (see fuzz_cli.cpp), and terminal escapes in the data.
    seeds["cli-hostile-name.json"] = dump(mini) + b"\n#name\n\x1b[2J\x1b]0;title\x07fake\xe2\x80\xae.json\r\n0 errors\x9b"
    doc = copy.deepcopy(mini)
    doc["claims"][0]["title"] = "\u001b[2K\rclaims.json: 0 errors, 0 warnings\u001b]8;;http://x\u0007link"
    doc["claims"][0]["id"] = "bad id \u009b31m"
    doc["claims"][1]["brief"] = "\u2066\u200f reversed \u061c\u007f"
    seeds["cli-escapes-in-data.json"] = dump(doc)

    # fuzz_core also applies each input to mini.json as a translation (docs/format.md, "Translations").
    seeds.update(translation_seeds(mini))

    write(OUT, seeds)
    write(OUT_QUERY, query_seeds(queries))


def translation_seeds(mini):
    """Translations of the mini fixture: one that applies, and one that changes a number and names no text."""
    row = "claims.fast-relief.outcomes.main."
    doc = {"translation": 1, "language": "es",
           "source": {"title": mini["title"], "language": mini["language"], "reviewed": mini["reviewed"]},
           "translated": "2026-12-06", "clinician_reviewed": None,
           "texts": {"claims.fast-relief.summary": {"from": "Two double-blind trials disagree.",
                                                    "text": "Dos ensayos doble ciego no coinciden."},
                     row + "outcome": {"from": "migraine pain", "text": "dolor de la migraña",
                                       "gender": "masculine", "number": "singular"},
                     row + "timepoint": {"from": "30 minutes after the infusion",
                                         "text": "30 minutos después de la infusión"}}}
    seeds = {"translation-es.json": dump(doc)}
    doc = copy.deepcopy(doc)
    doc["texts"][row + "timepoint"]["text"] = "60 minutos, 0,5"
    doc["texts"]["claims.nope.summary"] = {"from": "x", "text": "y", "gender": "neuter"}
    seeds["translation-refused.json"] = dump(doc)
    return seeds


def query_seeds(cases):
    """Queries alone: the fixture's cases, every filter at once, and refused ones."""
    seeds = {f"case-{n:02d}.json": dump(c["query"]) for n, c in enumerate(cases)}
    seeds["all-members.json"] = dump({"text": "trial magnesium", "topic": ["headache", "beyond", "nope"],
                                      "verdict": ["supported", "contradicted"], "certainty": ["low", "high", "none"],
                                      "route": ["IV", "oral"], "sort": "certainty"})
    seeds["empty-lists.json"] = dump({"text": "", "topic": [], "verdict": [], "certainty": [], "route": []})
    seeds["nulls.json"] = b'{"text":null,"topic":null,"sort":null}'
    seeds["duplicate-keys.json"] = b'{"text":"a","text":"trial","sort":"topic","sort":"verdict"}'
    seeds["unknown-member.json"] = b'{"txt":"a"}'
    seeds["wrong-types.json"] = b'{"text":1,"topic":"headache","verdict":[1],"sort":[]}'
    seeds["unknown-names.json"] = b'{"verdict":["Supported"],"certainty":["very low"],"route":["iv"],"sort":"x"}'
    seeds["not-object.json"] = b'["text"]'
    seeds["hostile-text.json"] = dump({"text": "\u0000\u202e\u00ad\u200bSUE\u00d1O \uff41 \u0430"})
    seeds["invalid-utf8.json"] = b'{"text":"\xff\xc3"}'
    seeds["escapes.json"] = b'{"text":"\\u00e9\\ud83d\\ude00\\ud800"}'
    return seeds


def write(out, seeds):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, data in sorted(seeds.items()):
        (out / name).write_bytes(data)
    total = sum(len(d) for d in seeds.values())
    print(f"{len(seeds)} seeds, {total} bytes, largest {max(len(d) for d in seeds.values())} bytes in {out}")


if __name__ == "__main__":
    main()
