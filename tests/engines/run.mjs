// Runs the core journeys (engines.test.mjs) in each browser engine in turn, one process per engine, and prints
// one result line per engine; exits 1 naming the engines that failed. scripts/test.sh runs it as one layer.
//   node tests/engines/run.mjs [chromium] [firefox] [webkit]   (default: all three)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ALL = ['chromium', 'firefox', 'webkit'];
const LABEL = { chromium: 'Chromium (playwright-core)', firefox: 'Firefox ESR (puppeteer-core, WebDriver BiDi)', webkit: 'WebKitGTK MiniBrowser (selenium-webdriver, Xvfb)' };
const engines = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
for (const name of engines) {
  if (!ALL.includes(name)) {
    console.error(`engines: no engine "${name}" (${ALL.join(', ')})`);
    process.exit(2);
  }
}

const file = join(dirname(fileURLToPath(import.meta.url)), 'engines.test.mjs');
const results = [];
for (const name of engines) {
  console.log(`\n-- engine ${name}: ${LABEL[name]}`);
  const start = Date.now();
  const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', file], {
    stdio: 'inherit',
    env: { ...process.env, BE_ENGINES: name },
    timeout: 180000,
  });
  const seconds = Math.round((Date.now() - start) / 1000);
  const ok = run.status === 0;
  results.push({ name, ok, seconds, why: run.error ? run.error.message : run.signal ? `killed (${run.signal})` : `exit ${run.status}` });
}

console.log('');
for (const r of results) console.log(`engine ${r.name}: ${r.ok ? 'passed' : `FAILED (${r.why})`} in ${r.seconds} s`);
const failed = results.filter((r) => !r.ok).map((r) => r.name);
if (failed.length) {
  console.log(`engines FAILED: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`engines: all ${results.length} passed`);
