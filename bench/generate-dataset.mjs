// Deterministic synthetic datasets in the real format (format 2), for benchmarks: same seed, same bytes.
// Usage: node bench/generate-dataset.mjs COUNT [OUT_FILE] [SEED]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

// mulberry32: small, fast, and identical on every platform.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('migraine headache pain relief nausea light sound sleep anxiety fatigue energy cramps period ' +
  'infusion tablet trial placebo emergency attack aura prevention frequency symptom week hour minute dose ' +
  'adult patient clinic review evidence effect calm muscle nerve kidney heart pressure flushing warmth ' +
  'café señal niño über crème résumé').split(' ');
const VERDICTS = ['supported', 'partly-supported', 'oral-only', 'not-supported', 'contradicted'];
const DIRECTIONS = ['decrease', 'increase', 'no-difference', null];  // null: a row without controlled evidence
const ROUTES = ['IV', 'IV', 'IV', 'oral', 'IM'];
const TESTED = { IV: 'IV magnesium', IM: 'IM magnesium', oral: 'oral magnesium' };
const CONCERNS = ['none', 'none', 'serious', 'very-serious'];

export function generate(count, seed = 20261124) {
  const base = JSON.parse(readFileSync(`${root}data/claims.json`, 'utf8'));
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const studies = base.references.filter((r) => Array.isArray(r.findings) && r.findings.length > 0);
  const judgement = () => {
    const level = pick(CONCERNS);
    return level === 'none' ? undefined : { level, reason: sentence(6) };
  };
  const grading = () => {
    const out = { risk_of_bias: judgement(), imprecision: judgement(), publication_bias: judgement() };
    for (const key of Object.keys(out)) if (!out[key]) delete out[key];
    return out;
  };
  // One outcome row: its links split as format 2 wants (uncontrolled series are observations); a row whose
  // direction is null keeps its links as observations only, or has none (a "no studies" row).
  const row = (id) => {
    const links = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
      const ref = pick(studies);
      return { ref: ref.id, finding: Math.floor(next() * ref.findings.length), role: pick(['supports', 'contradicts', 'context']), note: sentence(6), open: ref.design === 'open-label' };
    });
    const direction = pick(DIRECTIONS);
    const route = pick(ROUTES);
    const out = { id, intervention: TESTED[route], route, comparator: 'placebo', outcome: sentence(3), timepoint: sentence(2), population: sentence(4) };
    const strip = ({ open, ...link }) => link;
    const evidence = direction ? links.filter((l) => !l.open).map(strip) : [];
    const observations = links.filter((l) => !direction || l.open).map(strip);
    if (evidence.length) Object.assign(out, { direction, evidence, grading: grading() });
    if (observations.length && next() < 0.8) out.observations = observations;
    return out;
  };
  const claims = Array.from({ length: count }, (_, i) => {
    const outcomes = [row('main')];
    if (next() < 0.3) outcomes.push(row('second'));
    return {
      id: `claim-${i}`,
      topic: pick(base.topics).id,
      title: sentence(3),
      brief: sentence(14),
      summary: sentence(28),
      verdict: pick(VERDICTS),
      verdict_reason: sentence(10),
      outcomes,
      harms: [pick(base.harms).id, pick(base.harms).id].filter((h, k, all) => all.indexOf(h) === k),
      cautions: [sentence(8)],
    };
  });
  // Red flags of a format-1 base (data/claims.json before its conversion) get the urgency format 2 requires.
  const redFlags = (base.red_flags ?? []).map((f) => ({ urgency: 'emergency', ...f }));
  return { ...base, format: 2, title: `Synthetic dataset of ${count} claims`, claims, red_flags: redFlags };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2]);
  if (!Number.isInteger(count) || count < 1) {
    console.error('usage: node bench/generate-dataset.mjs COUNT [OUT_FILE] [SEED]');
    process.exit(2);
  }
  const text = JSON.stringify(generate(count, process.argv[4] ? Number(process.argv[4]) : undefined));
  if (process.argv[3]) writeFileSync(process.argv[3], text);
  else process.stdout.write(text);
}
