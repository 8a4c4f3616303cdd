#!/usr/bin/env python3
"""Writes the core's Unicode tables (core/src/unicode/unicode_tables.hpp declares them) from Unicode's own
data files, at build time: Debian's unicode-data (the UCD) and the confusables of
python3-confusable-homoglyphs (derived from Unicode's confusables.txt).

Usage: gen-unicode-tables.py UCD_DIR CONFUSABLES_JSON OUT_CPP

The fold table gives, per code point, what text_normalize.cpp writes for it:
  NFKC_Casefold (NFKC, case folding, default-ignorables removed), then canonical decomposition with the
  accents (combining diacritical marks) dropped, then the letters Unicode does not decompose (ø, ł, æ…) as
  today, then a confusables skeleton limited to letters: a non-ASCII letter that looks like a Latin letter
  becomes that letter (Cyrillic "с" -> "c"). ASCII is never mapped to other ASCII ("rn" stays "rn").
  Decimal digits of every script become ASCII digits (UnicodeData's decimal value).
Compatibility forms that fold only to other non-Latin text (CJK compatibility ideographs, Kangxi radicals,
Arabic presentation forms…) are left out. Code points that map to themselves are not listed; runs of code
points are stored as ranges, one array per field. The script table says which code points are Latin, Greek,
Cyrillic, of another script, or Inherited (combining marks), for the linter's rule L14.
"""
import collections
import json
import os
import sys

ucd, confusables_path, out_path = sys.argv[1:4]


def ucd_lines(name):
    with open(os.path.join(ucd, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [field.strip() for field in line.split(";")]


def code_points(field):
    first, _, last = field.partition("..")
    return range(int(first, 16), int(last or first, 16) + 1)


# ---- UnicodeData: general category, decimal digit value, canonical decompositions, simple upper case.
category, decimal, decomposition, upper = {}, {}, {}, {}
range_start = None
for fields in ucd_lines("UnicodeData.txt"):
    cp, name, cat = int(fields[0], 16), fields[1], fields[2]
    if name.endswith(", First>"):
        range_start = cp
        continue
    for c in range(range_start, cp + 1) if name.endswith(", Last>") else (cp,):
        category[c] = cat
    range_start = None
    if cat == "Nd":
        decimal[cp] = int(fields[6])
    if fields[5] and not fields[5].startswith("<"):
        decomposition[cp] = [int(x, 16) for x in fields[5].split()]
    if fields[12]:
        upper[cp] = int(fields[12], 16)


def nfd(text):
    out = []
    for ch in text:
        cp = ord(ch)
        if 0xAC00 <= cp <= 0xD7A3:  # Hangul syllables stay whole: no accents to drop
            out.append(ch)
        elif cp in decomposition:
            out.append(nfd("".join(map(chr, decomposition[cp]))))
        else:
            out.append(ch)
    return "".join(out)


nfkc_cf = {}
for fields in ucd_lines("DerivedNormalizationProps.txt"):
    if len(fields) >= 2 and fields[1] == "NFKC_CF":
        mapped = "".join(chr(int(x, 16)) for x in fields[2].split()) if len(fields) > 2 else ""
        for cp in code_points(fields[0]):
            nfkc_cf[cp] = mapped

ignorable = set()
for fields in ucd_lines("DerivedCoreProperties.txt"):
    if fields[1] == "Default_Ignorable_Code_Point":
        ignorable.update(code_points(fields[0]))
bidi_control = set()
for fields in ucd_lines("PropList.txt"):
    if fields[1] == "Bidi_Control":
        bidi_control.update(code_points(fields[0]))

# The accents that folding drops: the combining diacritical marks and their extensions and supplements.
ACCENT_BLOCKS = [(0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F)]


def is_accent(cp):
    return category.get(cp, "Cn") in ("Mn", "Me") and any(a <= cp <= b for a, b in ACCENT_BLOCKS)


# Latin letters with a stroke, ligatures and the like, which have no canonical decomposition: as the core
# folded them before these tables existed.
LATIN_LETTERS = {"æ": "ae", "ð": "d", "ø": "o", "þ": "th", "đ": "d", "ħ": "h", "ı": "i", "ĸ": "k", "ł": "l",
                 "ŀ": "l", "ŋ": "n", "œ": "oe", "ŧ": "t", "ʼ": "'"}

# What search and the linter have always read as plain dashes, quotation marks and separators.
HOUSE = {0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2212: "-",
         0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"',
         0x2028: "\n", 0x2029: "\n",
         0x013F: "l", 0x0140: "l", 0x0149: "n",  # Ŀ ŀ ŉ: NFKC would add a middle dot or an apostrophe
         0x066A: "%", 0x066B: ".", 0x066C: ","}  # Arabic percent sign, decimal and thousands separators

# ---- Confusables: for each non-ASCII letter, the ASCII letter it looks like.
with open(confusables_path, encoding="utf-8") as f:
    confusables = json.load(f)
look_alike = collections.defaultdict(set)  # character -> the ASCII letters it is listed as confusable with
for key, entries in confusables.items():
    if len(key) != 1 or not ("a" <= key.lower() <= "z" and key.isascii()):
        continue
    for entry in entries:
        ch = entry["c"].replace("\u200e", "").replace("\u200f", "")
        if len(ch) == 1 and not ch.isascii():
            look_alike[ch].add(key)


def prototype(ch):
    """The ASCII letter a non-ASCII letter looks like (lower case), or None."""
    def own(c):
        keys = look_alike.get(c, set())
        if not keys:
            return None
        lower = category.get(ord(c)) == "Ll"
        # A lower-case letter is read as a lower-case letter when it can be ("ӏ" -> "l", not "I").
        for k in sorted(keys, key=lambda k: (k.islower() != lower, k)):
            return k.lower()
    if not category.get(ord(ch), "Cn").startswith("L"):
        return None
    found = own(ch)
    if found is None and ord(ch) in upper:  # "н" reads as its capital "Н" does: "h"
        found = own(chr(upper[ord(ch)]))
    return found


def fold(cp):
    if cp < 0x80:
        return chr(cp).lower()
    if cp in decimal:
        return str(decimal[cp])
    if cp in HOUSE:
        return HOUSE[cp]
    text = nfkc_cf.get(cp, chr(cp))
    text = "".join(ch for ch in nfd(text) if not is_accent(ord(ch)))
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        elif ch in LATIN_LETTERS:
            out.append(LATIN_LETTERS[ch])
        elif ord(ch) in decimal:
            out.append(str(decimal[ord(ch)]))
        else:
            out.append(prototype(ch) or ch)
    return "".join(out)


# ---- Scripts: Latin, Greek, Cyrillic, any other script, Inherited (marks); Common is not listed.
SCRIPT_CODES = {"Latin": 1, "Greek": 2, "Cyrillic": 3, "Inherited": 5}
script_of = {}
for fields in ucd_lines("Scripts.txt"):
    code = 0 if fields[1] in ("Common", "Unknown") else SCRIPT_CODES.get(fields[1], 4)
    if code:
        for cp in code_points(fields[0]):
            script_of[cp] = code


def script_code(cp):
    return script_of.get(cp, 0)


KIND_SHIFT, KIND_TEXT, KIND_IGNORABLE, KIND_BIDI, KIND_ACCENT = range(5)


def entry_for(cp):
    """(kind, text) of one code point, or None when it maps to itself."""
    if cp in bidi_control:
        return (KIND_BIDI, "")
    if cp in ignorable:
        return (KIND_IGNORABLE, "")
    if is_accent(cp):
        return (KIND_ACCENT, "")
    if 0xD800 <= cp <= 0xDFFF:
        return None
    text = fold(cp)
    if text == chr(cp):
        return None
    # Compatibility forms that fold to other non-Latin text (CJK compatibility ideographs, Kangxi radicals,
    # squared katakana, Arabic presentation forms…) are left as they are: they hide nothing the linter reads
    # and would double the table. Case folding of every script is kept.
    if not text.isascii() and category.get(cp) not in ("Lu", "Lt") and not any(
            script_code(ord(ch)) in (1, 2, 3) for ch in text):
        return None
    return (KIND_TEXT, text)


# ---- Ranges: consecutive code points that become the same text ("À".."Å" -> "a"), or consecutive code points
# ("Ａ".."Ｚ" -> "a".."z": a shift), or that are removed for the same reason.
ranges = []  # [first, count, kind, value]: value is the text, or for a shift the first code point's target
for cp in range(0x80, 0x110000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    if cp >= 0x31350 and cp < 0xE0000:  # nothing is assigned here in Unicode 15.0
        continue
    e = entry_for(cp)
    if e is None:
        continue
    kind, text = e
    last = ranges[-1] if ranges else None
    follows = last and last[0] + last[1] == cp and last[1] < 0xFFFF
    single = kind == KIND_TEXT and len(text) == 1
    if follows and last[2] == kind and last[3] == text:
        last[1] += 1
    elif follows and single and last[2] == KIND_SHIFT and ord(text) - cp == last[3] - last[0]:
        last[1] += 1
    elif follows and single and last[2] == KIND_TEXT and last[1] == 1 and len(last[3]) == 1 and \
            ord(text) - cp == ord(last[3]) - last[0]:
        last[1], last[2], last[3] = 2, KIND_SHIFT, ord(last[3])
    else:
        ranges.append([cp, 1, kind, text])

# Texts longer than 4 bytes go to one pool; shorter ones are stored in the entry itself.
pool = bytearray()
pool_at = {}
rows = []
for first, count, kind, value in ranges:
    if kind == KIND_SHIFT:
        rows.append((first, count, kind, 0, value))
        continue
    data = value.encode("utf-8")
    if len(data) <= 4:
        packed = int.from_bytes(data.ljust(4, b"\0"), "little")
        rows.append((first, count, kind, len(data), packed - (1 << 32) if packed >= 1 << 31 else packed))
    else:
        if data not in pool_at:
            pool_at[data] = len(pool)
            pool.extend(data)
        rows.append((first, count, kind, len(data), pool_at[data]))
    assert len(data) < 256

script_ranges = []
for cp in sorted(script_of):
    code = script_of[cp]
    last = script_ranges[-1] if script_ranges else None
    if last and last[1] == cp and last[2] == code:
        last[1] = cp + 1
    elif last and last[2] == code and all(script_of.get(c, 0) in (0, code) for c in range(last[1], cp)) \
            and cp - last[1] < 64 and all(category.get(c, "Cn") == "Cn" for c in range(last[1], cp)):
        last[1] = cp + 1  # unassigned gaps inside a script's block join its range
    else:
        script_ranges.append([cp, cp + 1, code])

with open(out_path, "w", encoding="utf-8") as f:
    f.write("// Generated by scripts/gen-unicode-tables.py from Unicode's data files at build time. Do not edit.\n")
    f.write('#include "unicode/unicode_tables.hpp"\n\nnamespace benefits::unicode {\nnamespace {\n')
    f.write("constexpr FoldKind S = FoldKind::Shift, T = FoldKind::Text, I = FoldKind::Ignorable, B = FoldKind::Bidi,"
            " A = FoldKind::Accent;\n")
    f.write("constexpr Script L = Script::Latin, G = Script::Greek, C = Script::Cyrillic, O = Script::Other,"
            " M = Script::Inherited;\n}  // namespace\n\n")
    def array(ctype, name, values):
        f.write(f"const {ctype} {name}[{len(rows)}] = {{")
        for k, v in enumerate(values):
            f.write(("\n" if k % 16 == 0 else "") + v + ",")
        f.write("\n};\n")
    array("std::uint32_t", "kFoldFirst", [f"0x{r[0]:X}" for r in rows])
    array("std::uint16_t", "kFoldCount", [str(r[1]) for r in rows])
    array("FoldKind", "kFoldKind", ["STIBA"[r[2]] for r in rows])
    array("std::uint8_t", "kFoldLength", [str(r[3]) for r in rows])
    array("std::int32_t", "kFoldValue", [str(r[4]) for r in rows])
    f.write(f"const std::size_t kFoldRangeCount = {len(rows)};\n\n")
    f.write(f"const char kFoldPool[{max(len(pool), 1)}] = {{")
    f.write(",".join(str(b if b < 128 else b - 256) for b in pool) or "0")
    f.write("};\n\n")
    f.write(f"const ScriptRange kScriptRanges[{len(script_ranges)}] = {{\n")
    for first, end, code in script_ranges:
        f.write(f"{{0x{first:X},0x{end:X},{'-LGCOM'[code]}}},\n")
    f.write("};\n")
    f.write(f"const std::size_t kScriptRangeCount = {len(script_ranges)};\n\n}}  // namespace benefits::unicode\n")
print(f"gen-unicode-tables: {len(rows)} fold ranges, {len(pool)} pool bytes, {len(script_ranges)} script ranges",
      file=sys.stderr)
