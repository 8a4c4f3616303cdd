// Shared by tests/package/*.test.mjs: `npm pack` of this repository (its prepack runs scripts/package.mjs over the
// built dist/) into a fresh temporary folder, and the tarball unpacked there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @returns {{dir: string, tarball: string, unpacked: string, files: string[], pkg: object}} */
export function pack() {
  if (!existsSync(join(ROOT, 'dist', 'benefits-explorer.mjs'))) {
    throw new Error('dist/benefits-explorer.mjs is missing: run "bash scripts/build.sh" (or node scripts/bundle-web.mjs) first');
  }
  const dir = mkdtempSync(join(tmpdir(), 'be-pack-'));
  const out = execFileSync('npm', ['pack', '--pack-destination', dir, '--json', '--loglevel=error'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [report] = JSON.parse(out);
  const tarball = join(dir, report.filename);
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  const unpacked = join(dir, 'package');
  return { dir, tarball, unpacked, files: report.files.map((f) => f.path).sort(), pkg: JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) };
}
