// Builds a valid dataset (format 2) that carries hostile text in every text field the explorer renders.
// String i of tests/browser/hostile/strings.json becomes claim i, topic i, reference i, harm i and red
// flag i, and fills every free-text field of each. The three fields that occur once per dataset
// (title, intervention, language) are filled by buildHostileDataset's options; the emergency line carries
// string 0.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** [{id, text}] */
export function hostileStrings() {
  return JSON.parse(readFileSync(join(HERE, 'strings.json'), 'utf8')).strings;
}

const VERDICTS = ['supported', 'partly-supported', 'oral-only', 'not-supported', 'contradicted'];
const SERIOUSNESS = ['common-mild', 'warning', 'serious', 'contraindication', 'not-reported'];
const URGENCIES = ['emergency', 'see-doctor'];

/** The ids the builder gives to string i's records (claim and topic ids must be [a-z0-9-]+). */
export const ids = {
  claim: (i) => `c${i}`,
  topic: (i) => `t${i}`,
  harm: (i) => `h${i}`,
  // Reference ids are free strings in the format: they are hostile too (unique by the prefix).
  ref: (i, s) => `r${i} ${s}`,
};

/**
 * The text fields each record carries, as rendered. Used by the test to check every one shows the
 * string literally, and by docs/security.md ("Browser") for the strings × fields figure.
 */
export const FIELDS = {
  dataset: ['title', 'intervention', 'emergency_line'],
  topic: ['label'],
  claim: ['title', 'brief', 'summary', 'verdict_reason', 'outcomes[].intervention', 'outcomes[].comparator',
    'outcomes[].outcome', 'outcomes[].timepoint', 'outcomes[].population',
    'outcomes[].grading.risk_of_bias.reason', 'outcomes[].grading.publication_bias.reason',
    'outcomes[].evidence[].note', 'outcomes[].observations[].note', 'outcomes[].absolute[].event',
    'outcomes[].absolute[].scale', 'cautions[]', 'unsupported_figures[].figure', 'unsupported_figures[].note'],
  reference: ['id', 'title', 'authors', 'journal', 'volume_pages', 'doi', 'kind', 'dose', 'setting',
    'population', 'comparator', 'conclusion', 'harms[]', 'findings[].outcome', 'findings[].timepoint',
    'findings[].magnesium', 'findings[].control', 'findings[].effect', 'findings[].p'],
  harm: ['statement', 'frequency'],
  redFlag: ['statement'],
};

export function fieldCount() {
  return Object.values(FIELDS).reduce((n, list) => n + list.length, 0);
}

/**
 * @param {{id: string, text: string}[]} strings
 * @param {{title?: string, intervention?: string, language?: string}} [top]
 */
export function buildHostileDataset(strings, { title = 'Hostile text test', intervention = 'IV magnesium', language = 'en' } = {}) {
  const n = strings.length;
  const s = (i) => strings[((i % n) + n) % n].text;
  const refId = (i) => ids.ref(((i % n) + n) % n, s(i));
  const topics = [];
  const references = [];
  const harms = [];
  const redFlags = [];
  const claims = [];
  for (let i = 0; i < n; i += 1) {
    const text = s(i);
    topics.push({ id: ids.topic(i), label: text, red_flags: i % 2 === 0 });
    references.push({
      id: refId(i),
      kind: text,
      title: text,
      authors: text,
      journal: text,
      year: 2000 + (i % 25),
      volume_pages: text,
      // The loader takes a PMID only as digits (as the schema does): no hostile text can ride in it.
      pmid: String(10000000 + i),
      // The loader takes a DOI only as a bare DOI (10.x/…): the hostile text rides in its suffix when it can.
      doi: /^10\.[0-9]{4,9}\/\S+$/.test(`10.1234/${text}`) ? `10.1234/${text}` : '10.1234/hostile',
      identifier: text,
      design: 'rct-double-blind',
      route: 'IV',
      dose: text,
      setting: text,
      population: text,
      n_total: 40 + i,
      n_magnesium: 20,
      n_control: 20 + i,
      comparator: text,
      conclusion: text,
      harms: [text],
      findings: [{ outcome: text, timepoint: text, magnesium: text, control: text, effect: text, p: text, direction: 'favours-magnesium' }],
      // Editor-only: never shown, so hostile text here must not reach the page at all.
      checking_notes: { authors: text, 'findings[0].effect': text },
    });
    harms.push({ id: ids.harm(i), statement: text, frequency: text, seriousness: SERIOUSNESS[i % SERIOUSNESS.length], source_ids: [refId(i)] });
    redFlags.push({ statement: text, urgency: URGENCIES[i % URGENCIES.length], source_ids: [refId(i)] });
    claims.push({
      id: ids.claim(i),
      topic: ids.topic(i),
      title: text,
      brief: text,
      summary: text,
      verdict: VERDICTS[i % VERDICTS.length],
      verdict_reason: text,
      outcomes: [
        {
          // Graded: controlled evidence, every kind of absolute figure, judgements with reasons.
          id: 'main',
          intervention: text,
          route: 'IV',
          comparator: text,
          outcome: text,
          timepoint: text,
          population: text,
          direction: 'decrease',
          size: i % 2 === 0 ? 'important' : 'slight',
          evidence: [
            { ref: refId(i), finding: 0, role: 'supports', note: text },
            { ref: refId(i + 1), role: 'contradicts', note: text },
          ],
          absolute: [
            { kind: 'rates', ref: refId(i), finding: 0, event: text, magnesium: { events: 7, total: 20 }, control: { events: 3, total: 20 } },
            { kind: 'risk-difference', ref: refId(i), finding: 0, event: text, per100: -7, low: -20, high: 6 },
            { kind: 'mean-difference', ref: refId(i + 1), value: -1.5, low: -3, high: 0, scale: text },
          ],
          grading: {
            risk_of_bias: { level: 'serious', reason: text },
            publication_bias: { level: 'serious', reason: text },
          },
        },
        // Observations only: listed, never graded.
        { id: 'seen', intervention: text, route: 'IV', outcome: text, timepoint: text, population: text,
          observations: [{ ref: refId(i + 2), finding: 0, role: 'supports', note: text }] },
        // No studies at all.
        { id: 'none', intervention: text, route: 'oral', comparator: text, outcome: text, population: text },
      ],
      harms: [ids.harm(i)],
      cautions: [text],
      unsupported_figures: [{ figure: text, note: text }],
    });
  }
  return {
    format: 2,
    title,
    language,
    reviewed: '2026-11-24',
    intervention,
    route: 'IV',
    emergency_line: s(0),
    infusion_cautions: [ids.harm(0)],
    topics,
    claims,
    references,
    harms,
    red_flags: redFlags,
  };
}

/** JSON safe to put inside <script type="application/json">: no "<" at all (so no </script> and no <!--). */
export function inlineJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
