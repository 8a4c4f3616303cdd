// claims-lint never reads more than the size limit (16 MiB) + 1 bytes, and running out of memory is exit 2,
// not an abort (security review, finding 6). Each run is under `timeout` and a virtual-memory cap (`ulimit -v`)
// far below what reading the whole input would take, so reading it whole fails the test quickly.
// The binary is build/native/core/claims-lint unless BENEFITS_CLAIMS_LINT names another.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const binary = process.env.BENEFITS_CLAIMS_LINT ?? `${root}build/native/core/claims-lint`;
const scratch = mkdtempSync(join(tmpdir(), 'claims-lint-bounded-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const LIMIT = 16 * 1024 * 1024;

// claims-lint ARGS… under `ulimit -v kilobytes` and `timeout seconds`; status 124 means it was still running.
const lintCapped = (kilobytes, seconds, ...args) => {
  assert.ok(existsSync(binary), `${binary} is missing: build it with scripts/build.sh`);
  const started = Date.now();
  const run = spawnSync('bash', ['-c', `ulimit -v ${kilobytes} && exec timeout ${seconds} "$@"`, 'bash', binary, ...args],
    { cwd: scratch, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, seconds: (Date.now() - started) / 1000 };
};

for (const device of ['/dev/zero', '/dev/urandom']) {
  test(`${device} is refused after the limit, with exit 2 and a message naming it and the limit`, () => {
    const run = lintCapped(200_000, 20, device);
    assert.equal(run.status, 2, `status ${run.status} after ${run.seconds} s; stderr: ${run.stderr}`);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines[0], `(file): error load: cannot read ${device}: it holds more than ${LIMIT} bytes; the limit is ${LIMIT}`);
    assert.equal(lines.at(-1), `${device}: not linted: the file could not be read or loaded (1 problem)`);
    const json = lintCapped(200_000, 20, device, '--format', 'json');
    assert.equal(json.status, 2);
    assert.match(JSON.parse(json.stdout).findings[0].message, new RegExp(`more than ${LIMIT} bytes`));
  });
}

test('a 1 GB sparse file is refused from its size, without reading it', () => {
  const path = join(scratch, 'sparse1g.json');
  const made = spawnSync('truncate', ['-s', '1G', path]);
  assert.equal(made.status, 0, String(made.stderr));
  try {
    assert.equal(statSync(path).size, 2 ** 30);
    const run = lintCapped(100_000, 20, 'sparse1g.json');
    assert.equal(run.status, 2, `status ${run.status} after ${run.seconds} s; stderr: ${run.stderr}`);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      `(file): error load: cannot read sparse1g.json: the file is ${2 ** 30} bytes; the limit is ${LIMIT}`,
      'sparse1g.json: not linted: the file could not be read or loaded (1 problem)',
    ]);
    assert.ok(run.seconds < 10, `took ${run.seconds} s`);
  } finally {
    rmSync(path, { force: true });
  }
});

test('a file of exactly the limit is read and checked; one byte more is refused', () => {
  const exact = join(scratch, 'exact.json');
  writeFileSync(exact, ' '.repeat(LIMIT));
  const read = lintCapped(400_000, 20, 'exact.json');
  assert.equal(read.status, 2);
  assert.match(read.stdout, /^\(root\): error load: /, 'the core, not the reader, refuses the blank document');
  writeFileSync(exact, ' '.repeat(LIMIT + 1));
  const refused = lintCapped(400_000, 20, 'exact.json');
  assert.equal(refused.status, 2);
  assert.match(refused.stdout, new RegExp(`^\\(file\\): error load: cannot read exact\\.json: the file is ${LIMIT + 1} bytes`));
  rmSync(exact);
});

test('running out of memory gives exit 2 and a message, not an abort', () => {
  // A valid 12 MB dataset (20,000 claims) needs more than 40 MB; the cap is 30 MB (the tool itself needs < 8).
  const doc = JSON.parse(readFileSync(`${root}tests/fixtures/mini.json`, 'utf8'));
  const claims = doc.claims;
  doc.claims = Array.from({ length: 20000 }, (_, i) => ({ ...claims[i % claims.length], id: `c${i}` }));
  writeFileSync(join(scratch, 'many.json'), JSON.stringify(doc));
  const run = lintCapped(30_000, 20, 'many.json');
  assert.equal(run.status, 2, `status ${run.status}; stderr: ${run.stderr}`);
  assert.equal(run.stderr, 'claims-lint: out of memory; the file could not be checked\n');
  rmSync(join(scratch, 'many.json'));
});
