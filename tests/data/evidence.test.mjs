// The default dataset against the verified evidence: sources copied unchanged, figures traceable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const evidenceDir = process.env.BENEFITS_EVIDENCE_DIR ?? `${root}../shared/evidence`;
const haveEvidence = existsSync(`${evidenceDir}/references.json`);
const skip = haveEvidence ? false : `no verified evidence at ${evidenceDir}`;

const data = JSON.parse(readFileSync(`${root}data/claims.json`, 'utf8'));
const load = (name) => JSON.parse(readFileSync(`${evidenceDir}/${name}`, 'utf8'));
// The evidence file's checking-only fields, which must never reach the product.
const CHECKING_ONLY = ['verified_from', 'verified_excerpt'];

const PATH_PART = /[^.[\]]+|\[\d+\]/g;
const parts = (path) => path.match(PATH_PART).map((p) => (p.startsWith('[') ? Number(p.slice(1, -1)) : p));
function at(obj, path) {
  let node = obj;
  for (const p of parts(path)) {
    if (node === null || typeof node !== 'object' || !(p in node)) return undefined;
    node = node[p];
  }
  return node;
}
function setAt(obj, path, value) {
  const ps = parts(path);
  const parent = ps.slice(0, -1).reduce((node, p) => node[p], obj);
  parent[ps.at(-1)] = value;
}
// The figures a text states ("18.6%", "95% CI 7% to 65%", "89(6):633" -> 18.6, 95, 7, 65, 89, 6, 633).
const numbers = (s) => s.match(/\d+(?:\.\d+)?/g) ?? [];

test('every reference equals its record in the evidence file, less the checking-only fields, but for the documented checking notes', { skip }, () => {
  const verified = new Map(load('references.json').sources.map((s) => [s.id, s]));
  for (const ref of data.references) {
    const record = verified.get(ref.id);
    assert.ok(record, `references: "${ref.id}" is not in the evidence file`);
    const expected = Object.fromEntries(Object.entries(record).filter(([k]) => !CHECKING_ONLY.includes(k)));
    // What the reference would be with every documented field back to the evidence file's text.
    const { checking_notes: notes = {}, ...restored } = structuredClone(ref);
    for (const [path, original] of Object.entries(notes)) {
      const where = `${ref.id}.checking_notes["${path}"]`;
      assert.equal(typeof original, 'string', `${where}: holds the evidence file's original text`);
      assert.equal(at(record, path), original, `${where}: is not the evidence file's text of ${path}, verbatim`);
      const shown = at(ref, path);
      assert.notEqual(shown, original, `${where}: ${path} is unchanged, so the note is not needed`);
      assert.ok(shown === null || typeof shown === 'string', `${ref.id}.${path}: the patient text is a string or null`);
      for (const n of numbers(shown ?? '')) {
        assert.ok(numbers(original).includes(n), `${ref.id}.${path}: the figure ${n} is not in the evidence file's text "${original}"`);
      }
      setAt(restored, path, original);
    }
    assert.deepEqual(restored, expected, `references: "${ref.id}" differs from the evidence file where no checking note records the original`);
  }
});

test('the sources the dataset had left out are in it (F8, section 4 item 7)', () => {
  const ids = new Set(data.references.map((r) => r.id));
  for (const id of ['gertsch2014', 'ghanem2023']) assert.ok(ids.has(id), id);
});

test('no checking-only field or source address reaches the dataset', () => {
  for (const ref of data.references) {
    for (const field of CHECKING_ONLY) assert.equal(ref[field], undefined, `${ref.id}.${field}`);
  }
});

// data/safety-changes.json: every harm or red flag that differs from the safety file, field by field.
const changes = JSON.parse(readFileSync(`${root}data/safety-changes.json`, 'utf8'));

/** The list as the safety file gives it, with the table's rows applied; every row must fit the safety file. */
function applyChanges(original, rows, key, label) {
  const out = structuredClone(original);
  const seen = new Set();
  for (const [i, row] of rows.entries()) {
    const where = `safety-changes.json ${label}[${i}] (${row[key]}.${row.field})`;
    assert.ok(typeof row.reason === 'string' && row.reason.trim().length > 10, `${where}: a reason is required`);
    assert.ok(!seen.has(`${row[key]}/${row.field}`), `${where}: listed twice`);
    seen.add(`${row[key]}/${row.field}`);
    if (row.field === null) {
      // An added item: nothing in the safety file, the whole item in "new".
      assert.equal(row.original, null, `${where}: an added item has no original`);
      assert.ok(!out.some((item, j) => (key === 'id' ? item.id : j) === row[key]), `${where}: already in the safety file`);
      out.push(structuredClone(row.new));
      continue;
    }
    const item = key === 'id' ? out.find((h) => h.id === row[key]) : out[row[key]];
    assert.ok(item, `${where}: not in the safety file`);
    const before = original[out.indexOf(item)]?.[row.field];
    assert.deepEqual(before ?? null, row.original, `${where}: "original" is not the safety file's text`);
    assert.notDeepEqual(row.new, row.original, `${where}: no change`);
    item[row.field] = structuredClone(row.new);
  }
  return out;
}

test('harms are the safety file\'s, but for the changes listed in data/safety-changes.json', { skip }, () => {
  const safety = load('safety.json');
  assert.deepEqual(data.harms, applyChanges(safety.harms, changes.harms, 'id', 'harms'));
});

test('red flags are the safety file\'s, but for the changes listed in data/safety-changes.json', { skip }, () => {
  const safety = load('safety.json');
  assert.deepEqual(data.red_flags, applyChanges(safety.red_flags, changes.red_flags, 'index', 'red_flags'));
});

test('every red flag says how urgent it is, and no flag names one country\'s phone line', () => {
  for (const [i, flag] of data.red_flags.entries()) {
    assert.ok(['emergency', 'see-doctor'].includes(flag.urgency), `red_flags[${i}].urgency: ${flag.urgency}`);
    // Its own words decide: "emergency care" or "urgent" is the emergency tier, else "should be checked" is not.
    if (/emergency care|urgent/.test(flag.statement)) assert.equal(flag.urgency, 'emergency', `red_flags[${i}]`);
    else if (/should be (checked|assessed by a doctor|discussed with a doctor)\.$/.test(flag.statement)) {
      assert.equal(flag.urgency, 'see-doctor', `red_flags[${i}]`);
    }
    assert.doesNotMatch(flag.statement, /\b(111|999|911|112)\b|NHS:/, `red_flags[${i}].statement`);
  }
  assert.ok(data.red_flags.some((f) => f.urgency === 'see-doctor') && data.red_flags.some((f) => f.urgency === 'emergency'));
  for (const number of ['911', '999', '112']) assert.match(data.emergency_line, new RegExp(`\\b${number}\\b`));
});

test('every claim shows the cautions any infusion patient needs (F8)', () => {
  const harms = new Map(data.harms.map((h) => [h.id, h]));
  for (const id of data.infusion_cautions) assert.ok(harms.has(id), `infusion_cautions: "${id}" is not a harm`);
  for (const id of ['interaction-cardiac-glycosides', 'interaction-cns-depressants', 'pregnancy-prolonged-use',
    'other-label-reactions', 'renal-impairment', 'contra-heart-block']) {
    assert.ok(data.infusion_cautions.includes(id), `infusion_cautions lacks ${id}`);
  }
  assert.match(harms.get('other-label-reactions').statement, /drowsiness/);
});

test('side effects whose type and severity no source reports are labelled so, and the adolescents\' harms are there (F8, F9)', () => {
  for (const src of ['choi2014', 'frank2004']) {
    const harm = data.harms.find((h) => h.source_ids.includes(src));
    assert.equal(harm.seriousness, 'not-reported', src);
  }
  const choi = data.harms.find((h) => h.source_ids.includes('choi2014'));
  assert.match(choi.frequency, /37 more people in every 100 .*between 6 and 68 more/);
  const teens = data.harms.find((h) => h.source_ids.includes('gertsch2014'));
  assert.ok(teens, 'gertsch2014 harm');
  assert.match(teens.statement, /^In adolescents/);
  for (const effect of ['pain', 'redness', 'burning', 'breathing']) assert.match(teens.statement, new RegExp(effect));
  const kandil = data.harms.find((h) => h.source_ids.includes('kandil2021'));
  assert.match(kandil.statement, /across all groups/);
  assert.match(`${kandil.statement} ${kandil.frequency}`, /counts per group (were )?not given/);
  const thresholds = data.harms.find((h) => h.id === 'toxicity-thresholds');
  assert.equal(thresholds.frequency, null, 'toxicity-thresholds: a threshold is not a frequency (F25)');
});

test('every PMID and DOI in the dataset belongs to the source it is filed under', { skip }, () => {
  const verified = new Map(load('references.json').sources.map((s) => [s.id, s]));
  const text = readFileSync(`${root}data/claims.json`, 'utf8');
  const pmids = new Set([...verified.values()].map((s) => s.pmid).filter(Boolean));
  for (const match of text.matchAll(/"pmid":\s*"(\d+)"/g)) assert.ok(pmids.has(match[1]), `PMID ${match[1]}`);
  for (const ref of data.references) {
    assert.equal(ref.doi, verified.get(ref.id).doi, `${ref.id}.doi`);
    assert.equal(ref.pmid, verified.get(ref.id).pmid, `${ref.id}.pmid`);
  }
});

test('every figure in an absolute effect is stated in the finding it cites', () => {
  const refs = new Map(data.references.map((r) => [r.id, r]));
  // Format 1 kept rates on the claim; format 2 keeps rates, risk differences and mean differences on its rows.
  const effects = data.claims.flatMap((claim) => [
    ...(claim.absolute ?? []).map((a, k) => [`${claim.id}.absolute[${k}]`, { kind: 'rates', ...a }]),
    ...(claim.outcomes ?? []).flatMap((row, j) => (row.absolute ?? []).map((a, k) => [`${claim.id}.outcomes[${j}].absolute[${k}]`, a])),
  ]);
  for (const [where, effect] of effects) {
    const finding = refs.get(effect.ref)?.findings?.[effect.finding];
    assert.ok(finding, `${where}: ${effect.ref} has no finding ${effect.finding}`);
    const stated = JSON.stringify(finding);
    const statedNumbers = (stated.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    const has = (x) => statedNumbers.some((n) => Math.abs(n - Math.abs(x)) < 1e-9);
    if (effect.kind === 'rates') {
      for (const group of ['magnesium', 'control']) {
        const g = effect[group];
        const figures = g.percent !== undefined ? [String(g.percent)] : [String(g.events), String(g.total)];
        for (const figure of figures) assert.ok(stated.includes(figure), `${where}.${group}: ${figure} not in ${effect.ref}`);
      }
    } else if (effect.kind === 'risk-difference') {
      // per100 is the source's risk difference times 100 (0.370 -> 37), or the source's own figure when it
      // states the difference in percentage points (corbo2001 "36% absolute difference", cox1991 "62%").
      for (const k of ['per100', 'low', 'high']) {
        if (effect[k] !== undefined) {
          assert.ok(has(effect[k] / 100) || has(effect[k]), `${where}.${k}: ${effect[k]} (per 100) not in ${effect.ref}`);
        }
      }
    } else if (effect.kind === 'mean-difference') {
      for (const k of ['value', 'low', 'high']) {
        if (effect[k] !== undefined) assert.ok(has(effect[k]), `${where}.${k}: ${effect[k]} not in ${effect.ref}`);
      }
    } else assert.fail(`${where}.kind: ${effect.kind}`);
  }
});

test('the brief\'s unsupported figures are stated as unsupported on their claims', () => {
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  const flagged = (id) => (byId.get(id).unsupported_figures ?? []).map((u) => u.figure).join(' ');
  assert.match(flagged('rapid-relief'), /93%/);
  assert.match(flagged('aura'), /50%/);
  assert.match(flagged('prevention'), /22-43%/);
});
