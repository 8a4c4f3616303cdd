// Runs inside the benchmark page (bench/run.mjs serves it cross-origin isolated, so performance.now() has
// 5 µs resolution and performance.measureUserAgentSpecificMemory() may be available). One call measures one
// implementation on one dataset, in a fresh page:
//   window.benchRun({impl: 'wasm' | 'plain' | 'plain-prefolded', dataset, workload, loadRuns})
// wasm goes through the built module's api exactly as web/src/core.js and the element do (load → JSON.parse,
// queryPositions → the ids at those positions, release); plain is bench/baseline/plain-explorer.js.
import { createPlainExplorer } from '../baseline/plain-explorer.js';

const now = () => performance.now();
const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

// Mean time of one call, over enough repetitions to last about 2 ms (at most 50): keystrokes on small
// datasets take microseconds, near the timer's resolution.
function timed(fn) {
  let start = now();
  fn();
  const once = now() - start;
  const reps = once >= 2 ? 1 : Math.min(50, Math.ceil(2 / Math.max(once, 0.005)));
  if (reps === 1) return once;
  start = now();
  for (let i = 0; i < reps; i += 1) fn();
  return (now() - start) / reps;
}

// Every prefix of every text (one character at a time), then the filters.
export function keystrokes(workload) {
  const out = [];
  for (const text of workload.texts) {
    const chars = [...text];
    for (let n = 1; n <= chars.length; n += 1) out.push({ text: chars.slice(0, n).join('') });
  }
  return out;
}

const gc = () => { if (typeof window.gc === 'function') { window.gc(); window.gc(); } };

async function uaMemory() {
  if (!window.crossOriginIsolated || typeof performance.measureUserAgentSpecificMemory !== 'function') return null;
  try {
    const result = await Promise.race([
      performance.measureUserAgentSpecificMemory(),
      new Promise((resolve) => { setTimeout(() => resolve(null), 20000); }),
    ]);
    return result ? result.bytes : null;
  } catch {
    return null;
  }
}

async function heap() {
  const ua = await uaMemory();
  gc();
  return { js: performance.memory ? performance.memory.usedJSHeapSize : null, ua };
}

let corePromise = null;
function core() {
  // A fresh page per measurement: this is the module's first and only instance in this page.
  if (!corePromise) {
    corePromise = window.BenefitsCore({ locateFile: (path) => new URL(path, window.BENCH_CORE_URL).href });
  }
  return corePromise;
}

function makeWasm(module) {
  const unwrap = (text) => {
    const result = JSON.parse(text);
    if (!result.ok) {
      const error = new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
      error.problems = result.errors;
      throw error;
    }
    return result;
  };
  const api = {
    parts: null, // the two halves of the last load: the module call, and JSON.parse of its answer in JS
    load(text) {
      const start = now();
      const raw = module.load(text);
      const middle = now();
      const result = unwrap(raw);
      api.parts = { module_call_ms: middle - start, view_parse_ms: now() - middle, answer_bytes: raw.length };
      return { handle: result.handle, view: result.view, ids: result.view.claims.map((c) => c.id) };
    },
    // As web/src/core.js and the element do: positions as a Uint32Array, then the ids of those claims.
    query(loaded, q) {
      const answer = module.queryPositions(loaded.handle, JSON.stringify(q));
      if (typeof answer === 'string') return unwrap(answer).ids;
      const ids = [];
      for (const i of answer) ids.push(loaded.ids[i]);
      return ids;
    },
    release(loaded) { module.release(loaded.handle); },
    memory() { return module.HEAPU8.buffer.byteLength; },
  };
  return api;
}

function makePlain(prefold) {
  return {
    load(text) { return createPlainExplorer(text, { prefold }); },
    query(loaded, q) { return loaded.query(q); },
    release() {},
    memory() { return 0; },
  };
}

window.benchRun = async function benchRun({ impl, dataset, workload, loadRuns = 5 }) {
  const text = await (await fetch(dataset)).text();
  const api = impl === 'wasm' ? makeWasm(await core()) : makePlain(impl === 'plain-prefolded');
  const result = { impl, json_bytes: new TextEncoder().encode(text).length };

  // The first load, with the memory it leaves behind: JS heap after a full GC, plus what the wasm memory
  // grew by (it never shrinks: the peak of the load stays the page's).
  const before = await heap();
  const wasmBefore = api.memory();
  let loaded;
  let start = now();
  try {
    loaded = api.load(text);
  } catch (error) {
    result.over_limit = String(error.message).split('\n')[0];
    return result;
  }
  const first = now() - start;
  const after = await heap();
  const wasmGrowth = api.memory() - wasmBefore;
  result.memory = {
    js_heap_bytes: before.js == null ? null : after.js - before.js,
    wasm_memory_growth_bytes: wasmGrowth,
    ua_bytes: before.ua == null || after.ua == null ? null : after.ua - before.ua,
    js_heap_before: before.js,
    js_heap_after: after.js,
  };
  result.memory_bytes = (result.memory.js_heap_bytes || 0) + wasmGrowth;
  result.memory_method = 'performance.memory.usedJSHeapSize delta after gc() + wasm memory growth';

  // More loads for the median (each released, so the wasm memory is reused rather than grown).
  const loads = [first];
  const parts = api.parts ? [api.parts] : [];
  for (let run = 1; run < loadRuns; run += 1) {
    start = now();
    const again = api.load(text);
    loads.push(now() - start);
    if (api.parts) parts.push(api.parts);
    api.release(again);
  }
  result.load_ms = median(loads);
  result.load_first_ms = first;
  result.load_runs = loads.length;
  if (parts.length) {
    result.load_parts = {
      module_call_ms: median(parts.map((p) => p.module_call_ms)),
      view_parse_ms: median(parts.map((p) => p.view_parse_ms)),
      answer_chars: parts[0].answer_bytes,
    };
  }

  const keys = keystrokes(workload);
  const searchTimes = keys.map((q) => timed(() => api.query(loaded, q)));
  result.search_ms = median(searchTimes);
  result.search_keystrokes = keys.length;
  const filterTimes = workload.filters.map((q) => timed(() => api.query(loaded, q)));
  result.filter_ms = median(filterTimes);
  // The answers, so that run.mjs can check that the implementations agree: how many claims each
  // keystroke and filter finds, and the ids of each complete text and each filter.
  result.answer_counts = [...keys, ...workload.filters].map((q) => api.query(loaded, q).length);
  result.answers = [...keys.filter((q, i) => i === keys.length - 1 || keys[i + 1].text.length <= q.text.length), ...workload.filters]
    .map((q) => api.query(loaded, q));
  result.claims = impl === 'wasm' ? loaded.view.claims.length : loaded.data.claims.length;
  api.release(loaded);
  return result;
};
window.benchReady = true;
