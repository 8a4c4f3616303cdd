// claims-lint's text output never passes control characters from the data (or the file name) to the terminal:
// C0 and C1 controls, DEL and bidi controls are printed as escapes (security review, finding 7). JSON output
// is JSON-escaped and keeps the data's text exactly.
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
const scratch = mkdtempSync(join(tmpdir(), 'claims-lint-escapes-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// Run in the scratch folder, so a file is named as a user would type it ("spoof.json").
const lint = (...args) => {
  assert.ok(existsSync(binary), `${binary} is missing: build it with scripts/build.sh`);
  const run = spawnSync(binary, args, { cwd: scratch, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, lines: run.stdout.trimEnd().split('\n') };
};
const datasetWith = (name, change) => {
  const doc = JSON.parse(readFileSync(`${root}tests/fixtures/mini.json`, 'utf8'));
  change(doc);
  writeFileSync(join(scratch, name), JSON.stringify(doc));
};
// Anything a terminal acts on: C0 controls but the newline that ends each line, DEL, C1 controls, bidi controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\x00-\x09\x0b-\x1f\x7f\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

test('a reference id cannot print a fake "0 errors" summary over the real one', () => {
  const spoof = 'x\r\x1b[2K\x1b[32mspoof.json: 0 errors, 0 warnings\x1b[0m\x1b[8m';
  datasetWith('spoof.json', (doc) => { doc.claims[0].outcomes[0].evidence[2].ref = spoof; });
  const run = lint('spoof.json');
  assert.equal(run.status, 2);
  assert.doesNotMatch(run.stdout, TERMINAL_CONTROLS);
  assert.equal(run.lines.length, 2, run.stdout);
  assert.equal(run.lines[0], String.raw`claims[0].outcomes[0].evidence[2].ref: error load: unknown reference "x\r\x1b[2K\x1b[32mspoof.json: 0 errors, 0 warnings\x1b[0m\x1b[8m"`);
  assert.equal(run.lines[1], 'spoof.json: not linted: the file could not be read or loaded (1 problem)');

  const json = JSON.parse(lint('spoof.json', '--format', 'json').stdout);
  assert.equal(json.findings[0].message, `unknown reference "${spoof}"`);
});

test('OSC title and clipboard sequences, C1 controls, DEL, bidi controls and newlines are escaped', () => {
  const title = '\x1b]0;pwned\x07';
  const clipboard = '\x1b]52;c;cm0gLXJmIH4K\x1b\\';
  datasetWith('ansi.json', (doc) => {
    doc.reviewed = `${title}${clipboard}`;
    doc.claims[0].outcomes[0].evidence[2].ref = 'a\u009b31m\x7f\u202egnp.exe\u2066\u200f\u061c';
    doc.claims[1].outcomes[0].evidence[0].ref = 'line one\nline two\ttab';
  });
  const run = lint('ansi.json');
  assert.equal(run.status, 2);
  assert.doesNotMatch(run.stdout, TERMINAL_CONTROLS);
  assert.ok(run.lines.includes(String.raw`reviewed: error load: expected a date as YYYY-MM-DD, got "\x1b]0;pwned\x07\x1b]52;c;cm0gLXJmIH4K\x1b\"`), run.stdout);
  assert.ok(run.lines.some((l) => l.endsWith(String.raw`unknown reference "a\u009b31m\x7f\u202egnp.exe\u2066\u200f\u061c"`)), run.stdout);
  assert.ok(run.lines.some((l) => l.endsWith(String.raw`unknown reference "line one\nline two\ttab"`)), run.stdout);
  assert.equal(run.lines.at(-1), 'ansi.json: not linted: the file could not be read or loaded (3 problems)');
  assert.equal(run.lines.length, 4);
});

test('the file name is escaped in every line that shows it', () => {
  const name = 'evil\x1b]0;pwned\x07\u202e.json';
  datasetWith(name, () => {});
  const run = lint(name);
  assert.equal(run.status, 0);
  assert.deepEqual(run.lines, [String.raw`evil\x1b]0;pwned\x07\u202e.json: 0 errors, 0 warnings`]);
  const missing = lint(`missing\r${name}`);
  assert.equal(missing.status, 2);
  assert.doesNotMatch(missing.stdout, TERMINAL_CONTROLS);
  assert.match(missing.lines[0], /^\(file\): error load: cannot read missing\\revil\\x1b\]0;pwned\\x07\\u202e\.json: No such file/);

  const json = JSON.parse(lint(name, '--format', 'json').stdout);
  assert.equal(json.file, name);
});

test('text that is not a control passes unchanged: accents, CJK, emoji, backslashes', () => {
  const id = 'café-研究-🙂-a\\b';
  datasetWith('plain.json', (doc) => { doc.claims[0].outcomes[0].evidence[2].ref = id; });
  const run = lint('plain.json');
  assert.equal(run.status, 2);
  assert.equal(run.lines[0], `claims[0].outcomes[0].evidence[2].ref: error load: unknown reference "${id}"`);
});
