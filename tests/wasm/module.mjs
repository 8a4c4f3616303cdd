// What every wasm test starts from: the repository's files and a fresh instance of the built module
// (BENEFITS_WASM_DIR picks another build, e.g. the benchmark's).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const built = process.env.BENEFITS_WASM_DIR ?? `${root}build/wasm`;

/** A file of the repository as text, by its path from the root. */
export const read = (path) => readFileSync(`${root}${path}`, 'utf8');

/** A new instance of build/wasm/benefits-core (each call compiles and instantiates it again). */
export async function instantiateCore() {
  const factory = createRequire(import.meta.url)(`${built}/benefits-core.js`);
  return factory({ wasmBinary: readFileSync(`${built}/benefits-core.wasm`) });
}

/**
 * A claim of a loaded view with its details put in (the core's claimDetails answer), as the page holds it once
 * its card has been opened. Throws when the core refuses.
 */
export function withDetails(core, handle, claim, position) {
  const answer = JSON.parse(core.claimDetails(handle, position));
  if (answer.ok !== true) throw new Error(`claimDetails(${handle}, ${position}): ${JSON.stringify(answer.errors)}`);
  return { ...claim, ...answer.claim };
}
