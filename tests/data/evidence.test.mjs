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

test('every reference equals its record in the evidence file, less the checking-only fields', { skip }, () => {
  const verified = new Map(load('references.json').sources.map((s) => [s.id, s]));
  for (const ref of data.references) {
    const record = verified.get(ref.id);
    assert.ok(record, `references: "${ref.id}" is not in the evidence file`);
    const expected = Object.fromEntries(Object.entries(record).filter(([k]) => !CHECKING_ONLY.includes(k)));
    assert.deepEqual(ref, expected, `references: "${ref.id}" differs from the evidence file`);
  }
});

test('no checking-only field or source address reaches the dataset', () => {
  for (const ref of data.references) {
    for (const field of CHECKING_ONLY) assert.equal(ref[field], undefined, `${ref.id}.${field}`);
  }
});

test('harms and red flags are the safety file\'s, unchanged', { skip }, () => {
  const safety = load('safety.json');
  assert.deepEqual(data.harms, safety.harms);
  assert.deepEqual(data.red_flags, safety.red_flags);
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

test('every figure in an absolute rate is stated in the finding it cites', () => {
  const refs = new Map(data.references.map((r) => [r.id, r]));
  for (const claim of data.claims) {
    for (const [k, rate] of (claim.absolute ?? []).entries()) {
      const finding = refs.get(rate.ref).findings[rate.finding];
      const stated = JSON.stringify(finding);
      for (const group of ['magnesium', 'control']) {
        const g = rate[group];
        const figures = g.percent !== undefined ? [String(g.percent)] : [String(g.events), String(g.total)];
        for (const figure of figures) {
          assert.ok(stated.includes(figure), `${claim.id}.absolute[${k}].${group}: ${figure} not in ${rate.ref}`);
        }
      }
    }
  }
});

test('the brief\'s unsupported figures are stated as unsupported on their claims', () => {
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  const flagged = (id) => (byId.get(id).unsupported_figures ?? []).map((u) => u.figure).join(' ');
  assert.match(flagged('rapid-relief'), /93%/);
  assert.match(flagged('aura'), /50%/);
  assert.match(flagged('prevention'), /22-43%/);
});
