// The stylesheet of what is built on use: a card, the editor's report, printing. The shadow root adopts it
// after the first screen's (first-screen.js), so its rules come last; in the classic script it is not built in
// but downloaded after the first paint (features/on-use-styles.js).
// The cascade is the one of a single sheet in the order base, shell, list, harms, card, sources, safety,
// grading, editor, modes, print: sources, safety, grading and modes come after card there, so they are stated again
// after it here (a rule's last copy is the one that counts, and the copies are the same rules).
// tests/browser/styles-split.test.mjs proves that every element computes the same style either way.
import card from './card.css';
import sources from './sources.css';
import safety from './safety.css';
import grading from './grading.css';
import editor from './editor.css';
import modes from './modes.css';
import print from './print.css';

export default [card, sources, safety, grading, editor, modes, print].join('\n');
