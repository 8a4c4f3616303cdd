// claims-lint, the native command-line linter: exit codes 0/1/2 and both output formats.
// The binary is build/native/core/claims-lint unless BENEFITS_CLAIMS_LINT names another.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const binary = process.env.BENEFITS_CLAIMS_LINT ?? `${root}build/native/core/claims-lint`;
const scratch = mkdtempSync(join(tmpdir(), 'claims-lint-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const lint = (...args) => {
  assert.ok(existsSync(binary), `${binary} is missing: build it with scripts/build.sh`);
  const run = spawnSync(binary, args, { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.trimEnd().split('\n') };
};
const lintJson = (...args) => {
  const run = lint(...args, '--format', 'json');
  return { status: run.status, report: JSON.parse(run.stdout) };
};
const scratchFile = (name, text) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const mini = () => JSON.parse(readFileSync(`${root}tests/fixtures/mini.json`, 'utf8'));

test('the default dataset lints with no errors: exit 0, warnings allowed', () => {
  const run = lint('data/claims.json');
  assert.equal(run.status, 0, run.stdout);
  assert.match(run.lines.at(-1), /^data\/claims\.json: 0 errors, \d+ warnings?$/);
  for (const line of run.lines.slice(0, -1)) assert.match(line, /^\S+: warning L\d+: .+ \(fix: .+\)$/);
});

test('a clean file prints only the summary line', () => {
  const run = lint('tests/fixtures/mini.json');
  assert.equal(run.status, 0);
  assert.deepEqual(run.lines, ['tests/fixtures/mini.json: 0 errors, 0 warnings']);
});

test('errors give exit 1 and one line per finding: path, severity, rule, message, fix', () => {
  const run = lint('tests/fixtures/brief.json');
  assert.equal(run.status, 1);
  assert.equal(run.lines.at(-1), 'tests/fixtures/brief.json: 49 errors, 32 warnings');
  assert.ok(run.lines.includes(
    'claims[0].brief: error L13: [rapid-relief "Rapid migraine relief"] "80", "93%", "30", "60": no source this claim cites states this figure, and ' +
    'unsupported_figures does not list it (fix: cite the source that states the figure, or correct it; the claim is published as supported, so ' +
    'listing the figure under unsupported_figures would not make it true: if no source states it, remove it from the text or set the verdict to ' +
    'what the evidence shows)'), run.stdout);
  assert.ok(run.lines.some((l) => l.startsWith('claims[0].harms: error L6: ')));
  assert.ok(run.lines.some((l) => l.startsWith('claims[8].title: error L2: [anxiety "Reduced anxiety"] "reduced" claims an effect')));
  assert.ok(run.lines.some((l) => l.startsWith('claims[9].brief: warning L4: [fibromyalgia "Fibromyalgia support"] "can help"')));
  // Issue 15: a disease claim fails the run by default; --profile lenient keeps it a warning.
  assert.ok(run.lines.some((l) => /^claims\[0\]\.verdict_reason: error L11: /.test(l)), run.stdout);
  const lenient = lint('tests/fixtures/brief.json', '--profile', 'lenient');
  assert.ok(lenient.lines.some((l) => /^claims\[0\]\.verdict_reason: warning L11: /.test(l)), lenient.stdout);
  assert.equal(lint('tests/fixtures/brief.json', '--profile', 'loose').status, 2);
});

test('--lang es writes the same findings with their messages and fixes in Spanish; another language is refused', () => {
  const english = lintJson('tests/fixtures/brief.json');
  const spanish = lintJson('tests/fixtures/brief.json', '--lang', 'es');
  assert.equal(spanish.status, english.status);
  assert.deepEqual(spanish.report.findings.map((f) => [f.rule, f.path, f.severity]), english.report.findings.map((f) => [f.rule, f.path, f.severity]));
  spanish.report.findings.forEach((f, k) => {
    assert.notEqual(f.title, english.report.findings[k].title, `${f.path} ${f.rule}`);
    assert.notEqual(f.message, english.report.findings[k].message, `${f.path} ${f.rule}`);
    assert.notEqual(f.fix, english.report.findings[k].fix, `${f.path} ${f.rule}`);
  });
  const text = lint('tests/fixtures/brief.json', '--lang=es-MX');
  assert.ok(text.lines.some((l) => l.startsWith('claims[0].brief: error L13: [rapid-relief "Rapid migraine relief"] «80», «93%», «30», «60»: ninguna fuente')), text.stdout);
  const refused = lint('tests/fixtures/brief.json', '--lang', 'fr');
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /--lang en\|es/);
});

test('--format json gives the file, the counts and every finding', () => {
  const { status, report } = lintJson('tests/fixtures/brief.json');
  assert.equal(status, 1);
  assert.deepEqual(Object.keys(report), ['file', 'errors', 'warnings', 'findings']);
  assert.equal(report.file, 'tests/fixtures/brief.json');
  assert.equal(report.errors, 49);  // one finding per problem: L2 covers L3 on six briefs and titles
  assert.equal(report.warnings, 32);
  assert.equal(report.findings.length, 81);
  // A finding on a claim names it (issue 15): its id and title.
  for (const f of report.findings) {
    const keys = f.path.startsWith('claims[') ? ['rule', 'title', 'severity', 'path', 'claim', 'claim_title', 'message', 'fix']
      : ['rule', 'title', 'severity', 'path', 'message', 'fix'];
    assert.deepEqual(Object.keys(f), keys);
  }
  const l13 = report.findings.find((f) => f.rule === 'L13' && f.path === 'claims[0].brief');
  assert.equal(l13.severity, 'error');
  assert.equal(l13.title, 'Figure no source states');
  assert.match(l13.message, /^"80", "93%", "30", "60": /);

  const clean = lintJson('data/claims.json');
  assert.equal(clean.status, 0);
  assert.equal(clean.report.errors, 0);
  assert.ok(clean.report.findings.every((f) => f.severity === 'warning'));
});

test('an editor\'s judgement that grades a row up is listed for review (L15), a warning: exit 0', () => {
  const doc = mini();
  doc.claims[0].outcomes[0].grading.inconsistency = { level: 'none', reason: 'the trials measured different times' };
  const path = scratchFile('judged.json', JSON.stringify(doc));
  const run = lint(path);
  assert.equal(run.status, 0, run.stdout);
  assert.equal(run.lines.length, 2, run.stdout);
  assert.match(run.lines[0], /^claims\[0\]\.outcomes\[0\]\.grading\.inconsistency: warning L15: \[fast-relief "Fast relief"\] inconsistency: the editor judges it none where the rule's automatic check gives serious, .+"the trials measured different times" \(fix: have a second reviewer confirm this judgement\)$/);
  assert.match(run.lines[1], /: 0 errors, 1 warning$/);
  assert.equal(lint('tests/fixtures/mini.json').lines.length, 1);  // no judgement to review there
});

test('a missing file gives exit 2 in both formats', () => {
  const run = lint('no/such/claims.json');
  assert.equal(run.status, 2);
  assert.match(run.lines[0], /^\(file\): error load: cannot read no\/such\/claims\.json/);
  assert.match(run.lines.at(-1), /could not be read or loaded/);
  const { status, report } = lintJson('no/such/claims.json');
  assert.equal(status, 2);
  assert.equal(report.errors, 1);
  assert.equal(report.findings[0].rule, 'load');
  assert.equal(report.findings[0].path, '(file)');
});

test('invalid JSON gives exit 2 with its line and column', () => {
  const path = scratchFile('broken.json', '{\n  "format": 1,\n  "title": "x",,\n}');
  const run = lint(path);
  assert.equal(run.status, 2);
  assert.match(run.lines[0], /^\(root\): error load: invalid JSON at line 3, column/);
  const { status, report } = lintJson(path);
  assert.equal(status, 2);
  assert.equal(report.findings[0].rule, 'load');
});

test('load problems are printed with their paths and give exit 2', () => {
  const doc = mini();
  doc.claims[0].outcomes[0].evidence[2].ref = 'foo2019';
  doc.claims[2].summary = 42;
  const path = scratchFile('problems.json', JSON.stringify(doc));
  const run = lint(path);
  assert.equal(run.status, 2);
  assert.ok(run.lines.includes('claims[0].outcomes[0].evidence[2].ref: error load: unknown reference "foo2019"'), run.stdout);
  assert.ok(run.lines.includes('claims[2].summary: error load: expected a string, got number'), run.stdout);
  const { status, report } = lintJson(path);
  assert.equal(status, 2);
  assert.ok(report.findings.every((f) => f.rule === 'load' && f.severity === 'error'));
  assert.equal(report.errors, report.findings.length);
});

test('--rules prints the rule table in both formats', () => {
  const run = lint('--rules');
  assert.equal(run.status, 0);
  const heads = run.lines.filter((l) => /^L\d+ /.test(l));
  assert.equal(heads.length, 17);
  assert.match(heads[0], /^L1\s+error\s+Banned absolute$/);
  assert.ok(run.stdout.includes('source: IPDAS'));
  const { status, report } = lintJson('--rules');
  assert.equal(status, 0);
  assert.deepEqual(report.rules.map((r) => r.id), Array.from({ length: 17 }, (_, i) => `L${i + 1}`));
  for (const r of report.rules) {
    assert.deepEqual(Object.keys(r), ['id', 'severity', 'title', 'checks', 'fields', 'fix', 'source']);
    assert.ok(['error', 'warning'].includes(r.severity));
  }
});

test('a wrong command line prints the usage and gives exit 2', () => {
  for (const args of [[], ['--format', 'xml', 'data/claims.json'], ['--bogus'], ['a.json', 'b.json']]) {
    const run = lint(...args);
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, /^usage: claims-lint FILE/);
    assert.equal(run.stdout, '');
  }
});

test('docs/linter.md and README have a row for every rule, with its severity, and no other', () => {
  const rules = lintJson('--rules').report.rules;
  for (const [file, indent] of [['docs/linter.md', ''], ['README.md', '  ']]) {
    const doc = readFileSync(`${root}${file}`, 'utf8');
    const rows = [...doc.matchAll(new RegExp(`\\n${indent}\\| (L\\d+) \\| ([a-z ]+) \\| `, 'g'))].map((m) => `${m[1]} ${m[2]}`);
    // L12 takes the severity of the word rule it matched.
    assert.deepEqual(rows, rules.map((r) => `${r.id} ${r.id === 'L12' ? 'as matched' : r.severity}`), file);
  }
});

test('--translation lints a translation\'s texts with the tables of its language (issue 16)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claims-lint-translation-'));
  try {
    const translation = join(dir, 'claims.es.json');
    writeFileSync(translation, JSON.stringify({
      translation: 1, language: 'es',
      source: { title: 'Corpus test dataset', language: 'en', reviewed: '2026-12-01' },
      translated: '2026-12-06', clinician_reviewed: null,
      texts: { 'claims.corpus-claim.brief': { from: 'Fewer headache days.', text: 'Cura garantizada de la migraña.' } },
    }));
    const run = lint('tests/lint-corpus/template.json', '--translation', translation);
    assert.equal(run.status, 1, run.stdout);
    assert.ok(run.lines.some((l) => l.startsWith('texts["claims.corpus-claim.brief"].text: error L1: [corpus-claim "Headache days"] "cura"')), run.stdout);
    writeFileSync(translation, JSON.stringify({ translation: 1, language: 'es' }));
    const broken = lint('tests/lint-corpus/template.json', '--translation', translation);
    assert.equal(broken.status, 1);
    assert.ok(broken.lines.some((l) => l.startsWith('texts: error translation: missing required field')), broken.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
