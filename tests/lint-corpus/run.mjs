// The labelled corpus of clinic-style texts (see README.md) through the built claims-lint: one dataset per
// text, figures overall and per rule, and one line per miss and per false positive, for each section: English
// (corpus.jsonl in template.json) and Spanish (corpus-es.jsonl in template-es.json, "language": "es").
//
//   node tests/lint-corpus/run.mjs [--quiet] [--json] [--update-floor]
//
// Exit status: 1 when a section's figure is below tests/lint-corpus/floor.json (the figures reached so far;
// once they meet the issue's targets the floor holds the targets, so the run fails under them; the Spanish
// section's floor is under "es"), 2 when the corpus or a template is broken, else 0. The binary is build/native/core/claims-lint unless BENEFITS_CLAIMS_LINT
// names another.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('./', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const binary = process.env.BENEFITS_CLAIMS_LINT ?? `${root}build/native/core/claims-lint`;
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');

// The issue's targets (issue 15, "Done when").
export const TARGETS = { precision: 0.95, recall: 0.9, error_recall: 0.8, rule_recall: 0.8 };
const FIELDS = ['brief', 'title', 'summary', 'verdict_reason', 'caution', 'outcome', 'population', 'timepoint',
  'intervention', 'comparator', 'label'];
const TEMPLATES = ['rct', 'rct-no-absolute', 'observations'];
// Changes to the dataset around a text, for the structural rules (they read the dataset, not a sentence):
// each names what it does to the template.
export const DATASET_CHANGES = {
  // L6: no infusion cautions and no harm or caution on the claim.
  'no-harms': (d) => { delete d.infusion_cautions; },
  // Not L6: the claim links the harm itself.
  'claim-harms': (d) => { delete d.infusion_cautions; d.claims[0].harms = ['low-pressure']; },
  // L5: the only graded evidence is about oral magnesium, the claim published as supported for the IV route.
  'oral-evidence': (d) => { d.claims[0].outcomes[0].route = 'oral'; d.references[0].route = 'oral'; d.claims[0].outcomes[0].intervention = 'oral magnesium'; },
  // Not L5: the same oral row beside an IV row with its own graded evidence.
  'oral-row-too': (d) => {
    const oral = structuredClone(d.claims[0].outcomes[0]);
    oral.id = 'oral'; oral.route = 'oral'; oral.intervention = 'oral magnesium'; oral.evidence = [{ ref: 'oral-trial', role: 'supports', finding: 0, note: 'An oral trial.' }];
    delete oral.absolute;
    d.references.push({ ...structuredClone(d.references[0]), id: 'oral-trial', title: 'A fictional oral trial for the linter corpus', route: 'oral' });
    d.claims[0].outcomes.push(oral);
  },
  // L10: a claim published as supported whose rows cite nothing.
  'no-sources': (d) => { const row = d.claims[0].outcomes[0]; row.evidence = []; delete row.absolute; delete row.grading; delete row.direction; },
  // Not L10: the same, published as not supported ("no studies were found" is the honest answer).
  'no-sources-not-supported': (d) => { DATASET_CHANGES['no-sources'](d); d.claims[0].verdict = 'not-supported'; },
  // L15: the editor marks the row down for indirectness where the rule finds none.
  'indirectness-serious': (d) => { d.claims[0].outcomes[0].grading.indirectness = { level: 'serious', reason: 'the clinic doubts the population matches' }; },
  // L15: the editor judges imprecision none where the rule marks one trial of 240 people down.
  'imprecision-none': (d) => { d.claims[0].outcomes[0].grading.imprecision = { level: 'none', reason: 'the clinic finds the trial big enough' }; },
};

const fail = (message) => {
  console.error(`lint-corpus: ${message}`);
  process.exit(2);
};

// The dataset for one text: the template with the text in the field the item names.
export function datasetFor(item, template) {
  const d = structuredClone(template);
  const claim = d.claims[0];
  const row = claim.outcomes[0];
  const kind = item.template ?? 'rct';
  if (kind === 'rct-no-absolute') delete row.absolute;
  if (kind === 'observations') {
    // No controlled study: one uncontrolled series, no grade.
    row.evidence = [];
    delete row.absolute;
    delete row.grading;
    delete row.direction;
    row.observations = [{ ref: 'series', role: 'supports', note: 'An uncontrolled series.' }];
    claim.verdict = 'partly-supported';
  }
  for (const change of item.dataset ?? []) DATASET_CHANGES[change](d);
  const field = item.field ?? 'brief';
  switch (field) {
    case 'caution': claim.cautions = [item.text]; break;
    case 'label': d.topics[0].label = item.text; break;
    case 'population': case 'timepoint': row[field] = item.text; break;
    // A phrase of a dataset in Spanish keeps its gender and number (docs/format.md, "A dataset in Spanish").
    case 'outcome': case 'intervention': case 'comparator':
      row[field] = typeof row[field] === 'object' ? { ...row[field], text: item.text } : item.text; break;
    default: claim[field] = item.text;
  }
  return d;
}

function lintFile(path, extra = []) {
  const run = spawnSync(binary, [path, '--format', 'json', ...extra], { encoding: 'utf8' });
  if (run.status === 2 || run.status === null) fail(`${path} did not lint (status ${run.status}): ${run.stdout}${run.stderr}`);
  return JSON.parse(run.stdout);
}

// The sections: a corpus file and the template its texts go into.
export const SECTIONS = [
  { key: 'en', name: 'English', corpus: 'corpus.jsonl', template: 'template.json' },
  { key: 'es', name: 'Spanish', corpus: 'corpus-es.jsonl', template: 'template-es.json' },
];

export function loadCorpus(file = 'corpus.jsonl') {
  const lines = readFileSync(join(here, file), 'utf8').split('\n');
  const items = [];
  const ids = new Set();
  lines.forEach((line, k) => {
    if (!line.trim() || line.startsWith('//')) return;
    let item;
    try { item = JSON.parse(line); } catch (e) { fail(`${file}:${k + 1}: ${e.message}`); }
    if (typeof item.id !== 'string' || ids.has(item.id)) fail(`${file}:${k + 1}: missing or repeated id`);
    if (typeof item.text !== 'string' || !Array.isArray(item.expect)) fail(`${file}:${k + 1}: needs text and expect`);
    if (item.field && !FIELDS.includes(item.field)) fail(`${file}:${k + 1}: unknown field ${item.field}`);
    if (item.template && !TEMPLATES.includes(item.template)) fail(`${file}:${k + 1}: unknown template ${item.template}`);
    for (const change of item.dataset ?? []) if (!DATASET_CHANGES[change]) fail(`${file}:${k + 1}: unknown dataset change ${change}`);
    ids.add(item.id);
    items.push(item);
  });
  return items;
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);
const round = (x) => Math.floor(x * 1000) / 1000;

export function measure(items, templateFile = 'template.json') {
  if (!existsSync(binary)) fail(`${binary} is missing: build it (scripts/build.sh)`);
  const template = JSON.parse(readFileSync(join(here, templateFile), 'utf8'));
  const scratch = mkdtempSync(join(tmpdir(), 'lint-corpus-'));
  try {
    for (const kind of TEMPLATES) {
      const base = datasetFor({ text: template.claims[0].brief, template: kind }, template);
      const path = join(scratch, `template-${kind}.json`);
      writeFileSync(path, JSON.stringify(base));
      const report = lintFile(path);
      if (report.findings.length) fail(`the ${kind} template of ${templateFile} is not clean: ${JSON.stringify(report.findings)}`);
    }
    return items.map((item, k) => {
      const path = join(scratch, `${k}.json`);
      writeFileSync(path, JSON.stringify(datasetFor(item, template)));
      const report = lintFile(path, item.profile ? ['--profile', item.profile] : []);
      return { item, findings: report.findings };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function figures(results) {
  const problem = (r) => r.item.expect.length > 0;
  const flagged = (r) => r.findings.length > 0;
  const failed = (r) => r.findings.some((f) => f.severity === 'error');
  const count = (pred) => results.filter(pred).length;
  const fig = {
    texts: results.length,
    problems: count(problem),
    compliant: count((r) => !problem(r)),
    precision: round(ratio(count((r) => problem(r) && flagged(r)), count(flagged))),
    recall: round(ratio(count((r) => problem(r) && flagged(r)), count(problem))),
    error_precision: round(ratio(count((r) => problem(r) && failed(r)), count(failed))),
    error_recall: round(ratio(count((r) => problem(r) && failed(r)), count(problem))),
    rules: {},
  };
  const rules = new Set();
  for (const r of results) {
    r.item.expect.forEach((x) => rules.add(x));
    r.findings.forEach((f) => rules.add(f.rule));
  }
  for (const rule of [...rules].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)) || a.localeCompare(b))) {
    const labelled = results.filter((r) => r.item.expect.includes(rule));
    const found = results.filter((r) => r.findings.some((f) => f.rule === rule));
    const hit = labelled.filter((r) => r.findings.some((f) => f.rule === rule));
    fig.rules[rule] = {
      labelled: labelled.length,
      found: found.length,
      recall: round(ratio(hit.length, labelled.length)),
      precision: round(ratio(found.filter((r) => r.item.expect.includes(rule)).length, found.length)),
    };
  }
  return fig;
}

function describe(r) {
  const where = `${r.item.field ?? 'brief'}${r.item.template ? `, ${r.item.template}` : ''}${r.item.dataset ? `, ${r.item.dataset.join('+')}` : ''}`;
  return `${r.item.id} [${where}] ${JSON.stringify(r.item.text)}`;
}

function report(results) {
  for (const r of results) {
    const got = new Set(r.findings.map((f) => f.rule));
    const missed = r.item.expect.filter((x) => !got.has(x));
    const extra = [...got].filter((x) => !r.item.expect.includes(x));
    if (r.item.expect.length && !got.size) console.log(`MISS      ${describe(r)}: expected ${r.item.expect.join(', ')}, got nothing`);
    else if (!r.item.expect.length && got.size) {
      console.log(`FALSE POS ${describe(r)}: ${r.findings.map((f) => `${f.severity} ${f.rule}: ${f.message}`).join(' | ')}`);
    } else {
      if (missed.length) console.log(`miss rule ${describe(r)}: expected ${missed.join(', ')}, got ${[...got].join(', ')}`);
      if (extra.length) console.log(`extra     ${describe(r)}: also ${extra.join(', ')}`);
    }
    if (r.item.expect.length && got.size && !r.findings.some((f) => f.severity === 'error')) {
      console.log(`warn only ${describe(r)}: ${[...got].join(', ')} (exit 0)`);
    }
  }
}

function summary(fig) {
  const lines = [
    `texts ${fig.texts} (${fig.problems} with problems, ${fig.compliant} compliant)`,
    `any finding:      precision ${fig.precision.toFixed(3)}  recall ${fig.recall.toFixed(3)}   (targets ${TARGETS.precision}, ${TARGETS.recall})`,
    `errors (exit 1):  precision ${fig.error_precision.toFixed(3)}  recall ${fig.error_recall.toFixed(3)}   (target recall ${TARGETS.error_recall})`,
    'rule  labelled  found  recall  precision',
  ];
  for (const [rule, r] of Object.entries(fig.rules)) {
    lines.push(`${rule.padEnd(5)} ${String(r.labelled).padStart(8)} ${String(r.found).padStart(6)}  ${r.recall.toFixed(3)}   ${r.precision.toFixed(3)}`);
  }
  return lines.join('\n');
}

// Figures below the floor fail the run; a rule missing from the floor has none yet.
export function belowFloor(fig, floor) {
  const out = [];
  for (const key of ['precision', 'recall', 'error_recall']) {
    if (fig[key] < floor[key]) out.push(`${key} ${fig[key]} < floor ${floor[key]}`);
  }
  for (const [rule, min] of Object.entries(floor.rule_recall ?? {})) {
    const got = fig.rules[rule]?.recall ?? 0;
    if (got < min) out.push(`${rule} recall ${got} < floor ${min}`);
  }
  return out;
}

export function targetsMet(fig) {
  return fig.precision >= TARGETS.precision && fig.recall >= TARGETS.recall && fig.error_recall >= TARGETS.error_recall &&
    Object.values(fig.rules).every((r) => r.labelled === 0 || r.recall >= TARGETS.rule_recall);
}

function floorFrom(fig, met) {
  // Once the targets are met the floor is the targets: from then on the run fails under them.
  return met
    ? { targets_met: true, precision: TARGETS.precision, recall: TARGETS.recall, error_recall: TARGETS.error_recall,
        rule_recall: Object.fromEntries(Object.entries(fig.rules).filter(([, r]) => r.labelled).map(([k]) => [k, TARGETS.rule_recall])) }
    : { targets_met: false, precision: fig.precision, recall: fig.recall, error_recall: fig.error_recall,
        rule_recall: Object.fromEntries(Object.entries(fig.rules).filter(([, r]) => r.labelled).map(([k, r]) => [k, r.recall])) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const floorPath = join(here, 'floor.json');
  const floors = JSON.parse(readFileSync(floorPath, 'utf8'));
  const out = {};
  const below = [];
  let written = null;
  for (const section of SECTIONS) {
    const results = measure(loadCorpus(section.corpus), section.template);
    const fig = figures(results);
    const met = targetsMet(fig);
    out[section.key] = fig;
    if (!args.has('--json')) {
      console.log(`== ${section.name} (${section.corpus})`);
      if (!quiet) report(results);
      console.log(summary(fig));
      console.log(met ? 'the issue\'s targets are met' : 'the issue\'s targets are NOT met yet (the run fails only below the floor)');
    }
    // The English floor is the file's top level (as before); each other section's is under its key.
    const floor = section.key === 'en' ? floors : floors[section.key];
    if (args.has('--update-floor')) {
      written ??= {};
      if (section.key === 'en') Object.assign(written, floorFrom(fig, met));
      else written[section.key] = floorFrom(fig, met);
    } else if (!floor) {
      below.push(`${section.name}: no floor in floor.json (run --update-floor)`);
    } else {
      for (const b of belowFloor(fig, floor)) below.push(`${section.name}: ${b}`);
    }
  }
  if (args.has('--json')) console.log(JSON.stringify(out, null, 2));
  if (written) {
    writeFileSync(floorPath, JSON.stringify(written, null, 2) + '\n');
    console.log(`floor written: ${floorPath}`);
  }
  if (below.length) {
    console.log(`BELOW THE FLOOR (tests/lint-corpus/floor.json): ${below.join('; ')}`);
    process.exit(1);
  }
}
