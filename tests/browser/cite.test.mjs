// Short citations ("Corbo et al. 2001") are derived from the dataset's author strings; statements
// that the authors are unknown never become a "name".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortCite, indexReferences } from '../../web/src/views/sources.js';
import { createI18n } from '../../web/src/i18n/i18n.js';
import ES from '../../web/src/i18n/strings/es.js';
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

test('sources whose short citations would be the same are told apart by a letter, in the order of the references', () => {
  requireDist();
  const i18n = createI18n('en');
  const references = structuredClone(dataset().references);
  const byId = indexReferences(references);
  const cites = references.map((ref) => shortCite(ref, i18n));
  // Every source of the dataset has a citation of its own (six sections of one label were all "Pfizer").
  assert.equal(new Set(cites).size, references.length, cites.join('; '));
  const cite = (id) => shortCite(byId.get(id), i18n);
  assert.equal(cite('fda-mgso4-2013-labeling'), 'US Food and Drug Administration 2013a');
  assert.equal(cite('fda-mgso4-2013-podcast'), 'US Food and Drug Administration 2013b');
  const pfizer = references.filter((ref) => shortCite(ref, i18n).startsWith('Pfizer ('));
  assert.deepEqual(pfizer.map((ref) => shortCite(ref, i18n)), ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `Pfizer (${l})`));
  assert.equal(cite('pfizer-mgso4-d5w-highlights'), 'Pfizer 2022', 'a citation of its own keeps no letter');
  assert.equal(shortCite(byId.get('pfizer-mgso4-d5w-warnings'), createI18n('es', ES)), 'Pfizer (b)');
  // Indexing again (a new render of the same view) gives the same letters.
  indexReferences(references);
  assert.deepEqual(references.map((ref) => shortCite(ref, i18n)), cites);
});
