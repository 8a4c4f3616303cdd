// A translation through the built module and the page's engine: loadTranslated gives the view in the
// translation's language, with the core's sentences in it; a translation that changes, drops or adds a number
// is refused with the text's key as its path (docs/format.md, "Translations").
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { read, instantiateCore, withDetails } from './module.mjs';

let core;
before(async () => {
  core = await instantiateCore();
});

const call = (fn, ...args) => JSON.parse(core[fn](...args));
const timepoint = 'claims.fast-relief.outcomes.main.timepoint';

function spanish(timepointText = '30 minutos después de la infusión') {
  const row = 'claims.fast-relief.outcomes.main.';
  return JSON.stringify({
    translation: 1, language: 'es',
    source: { title: 'Test dataset', language: 'en', reviewed: '2026-11-24' },
    translated: '2026-12-06', clinician_reviewed: null,
    texts: {
      'claims.fast-relief.summary': { from: 'Two double-blind trials disagree.', text: 'Dos ensayos doble ciego no coinciden.' },
      [`${row}outcome`]: { from: 'migraine pain', text: 'dolor de la migraña', gender: 'masculine', number: 'singular' },
      [`${row}intervention`]: { from: 'IV magnesium', text: 'magnesio intravenoso', gender: 'masculine', number: 'singular' },
      [`${row}comparator`]: { from: 'placebo', text: 'placebo', gender: 'masculine', number: 'singular' },
      [timepoint]: { from: '30 minutes after the infusion', text: timepointText },
    },
  });
}

test('loadTranslated gives the view in Spanish, the core sentences included, and lists what stays English', () => {
  const answer = call('loadTranslated', read('tests/fixtures/mini.json'), spanish());
  assert.equal(answer.ok, true);
  const { view } = answer;
  assert.equal(view.language, 'es');
  assert.equal(view.source_language, 'en');
  assert.equal(view.translation.clinician_reviewed, null);
  const claim = withDetails(core, answer.handle, view.claims[0], 0);
  assert.equal(claim.summary, 'Dos ensayos doble ciego no coinciden.');
  assert.match(claim.outcomes[0].statement, /^La evidencia es muy incierta acerca del efecto del magnesio intravenoso, en comparación con el placebo, en el dolor de la migraña 30 minutos/);
  assert.ok(claim.fallback.includes('title'));
  assert.ok(!claim.fallback.includes('summary'));
  assert.match(view.gradingRule[0], /^Cada fila responde/);
  call('release', answer.handle);
  // null is no translation
  const plain = call('loadTranslated', read('tests/fixtures/mini.json'), null);
  assert.equal(plain.view.language, 'en');
  assert.equal(plain.view.translation, null);
  call('release', plain.handle);
});

test('a translation that changes, drops or adds a number is refused with its key', () => {
  for (const [text, says] of [
    ['60 minutos después de la infusión', 'drops 30 and adds 60'],
    ['media hora después de la infusión', 'drops 30'],
    ['30 minutos después de la infusión de 2 g', 'adds 2'],
  ]) {
    const answer = call('loadTranslated', read('tests/fixtures/mini.json'), spanish(text));
    assert.equal(answer.ok, false, text);
    assert.equal(answer.errors[0].path, `texts["${timepoint}"]`);
    assert.match(answer.errors[0].message, new RegExp(`^the translation ${says}:`));
  }
});
