// The stylesheet of the first screen: what the shadow root adopts before anything is shown. One file per
// view, joined in cascade order (each file's rules may override the ones before it). esbuild imports each .css
// file as text. The rules of what is built on use (cards, the editor's report, printing) are in on-use.js.
import base from './base.css';
import shell from './shell.css';
import list from './list.css';
import harms from './harms.css';
import sources from './sources.css';
import safety from './safety.css';
import grading from './grading.css';
import modes from './modes.css';

export default [base, shell, list, harms, sources, safety, grading, modes].join('\n');
