// No React plugin is needed: Vite's esbuild compiles TSX with React's automatic JSX runtime (tsconfig "jsx").
// The explorer package stays out of the development server's pre-bundling (see ../vite/vite.config.js).
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  optimizeDeps: { exclude: ['benefits-explorer'] },
});
