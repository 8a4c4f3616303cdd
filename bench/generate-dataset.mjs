// Deterministic synthetic datasets in the real format, for benchmarks: same seed, same bytes.
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
const DIRECTIONS = ['decrease', 'increase', 'no-difference', 'not-measured'];
const CONCERNS = ['none', 'none', 'serious', 'very-serious'];

export function generate(count, seed = 20261124) {
  const base = JSON.parse(readFileSync(`${root}data/claims.json`, 'utf8'));
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const studies = base.references.filter((r) => Array.isArray(r.findings) && r.findings.length > 0);
  const judgement = () => {
    const level = pick(CONCERNS);
    return level === 'none' ? { level } : { level, reason: sentence(6) };
  };
  const claims = Array.from({ length: count }, (_, i) => {
    const links = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
      const ref = pick(studies);
      return { ref: ref.id, finding: Math.floor(next() * ref.findings.length), role: pick(['supports', 'contradicts', 'context']), note: sentence(6) };
    });
    return {
      id: `claim-${i}`,
      topic: pick(base.topics).id,
      title: sentence(3),
      brief: sentence(14),
      summary: sentence(28),
      verdict: pick(VERDICTS),
      verdict_reason: sentence(10),
      population: sentence(4),
      timeframe: sentence(2),
      effect: { intervention: 'IV magnesium', outcome: sentence(3), direction: pick(DIRECTIONS) },
      grading: { risk_of_bias: judgement(), imprecision: judgement(), publication_bias: judgement() },
      evidence: links,
      harms: [pick(base.harms).id, pick(base.harms).id].filter((h, k, all) => all.indexOf(h) === k),
      cautions: [sentence(8)],
    };
  });
  return { ...base, title: `Synthetic dataset of ${count} claims`, claims };
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
