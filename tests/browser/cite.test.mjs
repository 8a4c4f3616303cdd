// Short citations ("Corbo et al. 2001") are derived from the dataset's author strings; statements
// that the authors are unknown never become a "name".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortCite } from '../../web/src/views/sources.js';
import { createI18n } from '../../web/src/i18n/i18n.js';
import { dataset, requireDist } from './helpers.mjs';

test('every reference gets a short, honest citation', () => {
  requireDist();
  const i18n = createI18n('en');
  for (const ref of dataset().references) {
    const cite = shortCite(ref, i18n);
    assert.ok(cite.trim().length > 0, ref.id);
    assert.ok(cite.length <= 80, `${ref.id}: ${cite}`);
    assert.doesNotMatch(cite, /\b(not printed|not shown|NOT)\b/, `${ref.id}: ${cite}`);
    if (ref.year) assert.ok(cite.endsWith(String(ref.year)), `${ref.id}: ${cite}`);
    else assert.doesNotMatch(cite, /\d{4}$/, `${ref.id}: ${cite}`);
  }
});

test('person authors give the first surname; two authors are both named', () => {
  const i18n = createI18n('en');
  const cite = (authors, year = 2000) => shortCite({ id: 'x', title: 't', authors, year }, i18n);
  assert.equal(cite('Surname A, Other B, Third C'), 'Surname et al. 2000');
  assert.equal(cite('Surname AB, Other C'), 'Surname and Other 2000');
  assert.equal(cite('A Surname et al.'), 'Surname et al. 2000');
  assert.equal(cite('Double Barrel AB, Other C, Third D'), 'Double Barrel et al. 2000');
  assert.equal(cite('Single AB'), 'Single 2000');
  assert.equal(cite('Organisation (Division) - a long description'), 'Organisation 2000');
  assert.equal(cite('not shown on the source page', null), 't');
});
