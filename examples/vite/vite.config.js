// The explorer finds its engine and dataset next to its module file (new URL('./benefits-core.wasm',
// import.meta.url)): `vite build` copies them into dist/assets/. The development server would pre-bundle the
// package into node_modules/.vite/deps/, where those files are not: keep it out of the pre-bundling.
import { defineConfig } from 'vite';

export default defineConfig({
  optimizeDeps: { exclude: ['benefits-explorer'] },
});
