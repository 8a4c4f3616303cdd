// The WebAssembly module's lint(text): the same JSON as the native api (the page's editor uses it).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { read, instantiateCore } from './module.mjs';


let core;
before(async () => {
  core = await instantiateCore();
});

const lint = (text) => JSON.parse(core.lint(text));

test('lint returns counts and findings with rule, severity, path, message and fix (format 2 files)', () => {
  assert.deepEqual(lint(read('tests/fixtures/mini.json')), { ok: true, lang: 'en', errors: 0, warnings: 0, findings: [] });
  const brief = lint(read('tests/fixtures/brief.json'));
  assert.equal(brief.ok, true);
  assert.equal(brief.errors, 49);  // one finding per problem: L2 covers L3 on six briefs and titles
  assert.equal(brief.warnings, 32);
  const l13 = brief.findings.find((f) => f.rule === 'L13' && f.path === 'claims[0].brief');
  assert.deepEqual(Object.keys(l13), ['rule', 'title', 'severity', 'path', 'claim', 'claim_title', 'message', 'fix']);
  assert.equal(l13.title, 'Figure no source states');
  assert.equal(l13.claim, 'rapid-relief');
  assert.match(l13.message, /^"80", "93%", "30", "60": /);
});

test('lint_with_profile: strict is lint(); lenient lists L3 and L11 as warnings; another name is refused', () => {
  const text = read('tests/fixtures/brief.json');
  assert.deepEqual(JSON.parse(core.lint_with_profile(text, 'strict', 'en')), lint(text));
  const lenient = JSON.parse(core.lint_with_profile(text, 'lenient', 'en'));
  assert.ok(lenient.findings.some((f) => f.rule === 'L11'));
  assert.ok(lenient.findings.filter((f) => f.rule === 'L11' || f.rule === 'L3').every((f) => f.severity === 'warning'));
  assert.ok(lenient.errors < lint(text).errors);
  const refused = JSON.parse(core.lint_with_profile(text, 'loose', 'en'));
  assert.equal(refused.ok, false);
  assert.match(refused.errors[0].message, /unknown lint profile/);
});

test('lint_with_profile in Spanish: the same findings, each message and fix in Spanish, and the answer says so', () => {
  const text = read('tests/fixtures/brief.json');
  const english = lint(text);
  const spanish = JSON.parse(core.lint_with_profile(text, 'strict', 'es-MX'));
  assert.equal(spanish.lang, 'es');
  assert.equal(spanish.errors, english.errors);
  assert.equal(spanish.warnings, english.warnings);
  assert.deepEqual(spanish.findings.map((f) => [f.rule, f.path, f.severity]), english.findings.map((f) => [f.rule, f.path, f.severity]));
  spanish.findings.forEach((f, k) => {
    assert.notEqual(f.message, english.findings[k].message, `${f.path} ${f.rule}: ${f.message}`);
    assert.notEqual(f.fix, english.findings[k].fix, `${f.path} ${f.rule}: ${f.fix}`);
  });
  const l13 = spanish.findings.find((f) => f.rule === 'L13' && f.path === 'claims[0].brief');
  assert.match(l13.message, /^«80», «93%», «30», «60»: ninguna fuente que cite esta afirmación da esta cifra/);
  // Any other language: English.
  assert.deepEqual(JSON.parse(core.lint_with_profile(text, 'strict', 'fr')), english);
});

test('an editor\'s judgement that differs from the certainty rule is listed for review, as the native linter does', () => {
  const doc = JSON.parse(read('tests/fixtures/mini.json'));
  doc.claims[0].outcomes[0].grading.inconsistency = { level: 'none', reason: 'the trials measured different times' };
  const out = lint(JSON.stringify(doc));
  assert.equal(out.ok, true);
  assert.equal(out.errors, 0);
  assert.equal(out.warnings, 1);
  assert.deepEqual(out.findings[0], {
    rule: 'L15',
    title: 'Grading judgements for review',
    severity: 'warning',
    path: 'claims[0].outcomes[0].grading.inconsistency',
    claim: 'fast-relief',
    claim_title: 'Fast relief',
    message: 'inconsistency: the editor judges it none where the rule\'s automatic check gives serious, which makes ' +
      'the row\'s certainty higher than the rule alone; the editor\'s reason: "the trials measured different times"',
    fix: 'have a second reviewer confirm this judgement',
  });
});

test('the default dataset lints with no errors in the browser build too', () => {
  const out = lint(read('data/claims.json'));
  assert.equal(out.ok, true);
  assert.equal(out.errors, 0);
});

test('a file that does not load comes back in the load failure shape', () => {
  const out = lint('{"format": 1,');
  assert.equal(out.ok, false);
  assert.equal(out.errors[0].path, '(root)');
  assert.match(out.errors[0].message, /invalid JSON/);
});
