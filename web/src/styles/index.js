// The one stylesheet the shadow root adopts, kept as one file per view and joined here in cascade order
// (each file's rules may override the ones before it). esbuild imports each .css file as text.
import base from './base.css';
import shell from './shell.css';
import list from './list.css';
import card from './card.css';
import sources from './sources.css';
import safety from './safety.css';
import grading from './grading.css';
import editor from './editor.css';
import modes from './modes.css';
import print from './print.css';

export default [base, shell, list, card, sources, safety, grading, editor, modes, print].join('\n');
