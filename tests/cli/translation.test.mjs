// claims-lint FILE --translation-template LANG writes a translation's skeleton, and FILE --translation T checks
// a translation against its dataset: problems with their keys (exit 1), stale texts, and how much is
// untranslated (docs/format.md, "Translations").
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const binary = process.env.BENEFITS_CLAIMS_LINT ?? `${root}build/native/core/claims-lint`;
const scratch = mkdtempSync(join(tmpdir(), 'claims-lint-translation-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const lint = (...args) => {
  assert.ok(existsSync(binary), `${binary} is missing: build it with scripts/build.sh`);
  const run = spawnSync(binary, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.trimEnd().split('\n') };
};
const scratchFile = (name, doc) => {
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
};

test('the template of the default dataset lists its texts, and filled in it is accepted with nothing left', () => {
  const run = lint('data/claims.json', '--translation-template', 'es');
  assert.equal(run.status, 0, run.stderr);
  const skeleton = JSON.parse(run.stdout);
  assert.equal(skeleton.language, 'es');
  assert.equal(skeleton.clinician_reviewed, null);
  const keys = Object.keys(skeleton.texts);
  assert.ok(keys.includes('claims.rapid-relief.summary'));
  assert.ok(keys.some((k) => k.startsWith('red_flags.')));
  assert.ok(!keys.some((k) => /\.(authors|journal|pmid|doi)$/.test(k)), 'citations are never translated');
  for (const [key, value] of Object.entries(skeleton.texts)) {
    assert.equal(value.text, '', key);
    assert.equal('gender' in value, /^(intervention|claims\..*\.(outcome|intervention|comparator))$/.test(key), key);
    assert.equal('singular' in value, /^claims\..*\.absolute\.\d+\.event$/.test(key), key);
  }

  const empty = lint('data/claims.json', '--translation', scratchFile('empty.json', { ...skeleton, translated: '2026-12-06' }));
  assert.equal(empty.status, 0, empty.stdout);
  assert.match(empty.lines.at(-1), new RegExp(`: ${keys.length} of ${keys.length} texts untranslated \\(100\\.0 %\\), 0 stale`));

  for (const value of Object.values(skeleton.texts)) {
    value.text = value.from;
    if ('gender' in value) Object.assign(value, { gender: 'masculine', number: 'singular' });
    if ('singular' in value) value.singular = value.from;
  }
  const full = lint('data/claims.json', '--translation', scratchFile('full.json', { ...skeleton, translated: '2026-12-06' }));
  assert.equal(full.status, 0, full.stdout);
  assert.match(full.lines.at(-1), new RegExp(`: 0 of ${keys.length} texts untranslated \\(0\\.0 %\\), 0 stale`));
});

test('a changed number is an error with its key (exit 1); a stale text is a warning; JSON has the counts', () => {
  const skeleton = JSON.parse(lint('tests/fixtures/mini.json', '--translation-template', 'es').stdout);
  const key = 'claims.fast-relief.outcomes.main.timepoint';
  skeleton.translated = '2026-12-06';
  skeleton.texts[key].text = '60 minutos después de la infusión';
  const refused = lint('tests/fixtures/mini.json', '--translation', scratchFile('bad.json', skeleton));
  assert.equal(refused.status, 1);
  assert.match(refused.stdout, new RegExp(`^texts\\["${key}"\\]: error translation: the translation drops 30 and adds 60`, 'm'));

  skeleton.texts[key] = { from: '40 minutes after the infusion', text: '40 minutos después de la infusión' };
  const stale = lint('tests/fixtures/mini.json', '--translation', scratchFile('stale.json', skeleton), '--format', 'json');
  assert.equal(stale.status, 0, stale.stdout);
  const report = JSON.parse(stale.stdout);
  assert.equal(report.stale, 1);
  assert.equal(report.untranslated, report.total);
  assert.equal(report.findings[0].path, `texts["${key}"]`);
  assert.equal(report.findings[0].severity, 'warning');
});

test('--translation-template needs another language than the dataset\'s', () => {
  const run = lint('tests/fixtures/mini.json', '--translation-template', 'en');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /BCP 47 tag of another language/);
});
