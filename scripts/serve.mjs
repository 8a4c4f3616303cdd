#!/usr/bin/env node
// A small static server for dist/ (or any folder) on 127.0.0.1.
//   node scripts/serve.mjs [port]            → serves dist/ and keeps serving
//   import { startServer } from './serve.mjs' → for tests: startServer({root, port, headers, routes})
// Correct MIME types (application/wasm included), no directory listings, no path escapes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * @param {object} [options]
 * @param {string} [options.root]     folder to serve (default: dist/ of this repository)
 * @param {number} [options.port]     0 (default) picks a free port
 * @param {object} [options.headers]  extra headers on every response (e.g. a Content-Security-Policy)
 * @param {object} [options.routes]   extra in-memory files: {'/test/page.html': 'text' | {body, type, status}}
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export function startServer({ root, port = 0, headers = {}, routes = {} } = {}) {
  const base = resolve(root || join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
  const server = createServer(async (req, res) => {
    const send = (status, body, type) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n', MIME['.txt']);
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad request\n', MIME['.txt']);
    }
    if (Object.prototype.hasOwnProperty.call(routes, pathname)) {
      const route = routes[pathname];
      const r = typeof route === 'string' ? { body: route } : route;
      return send(r.status || 200, r.body, r.type || MIME[extname(pathname)] || 'application/octet-stream');
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = normalize(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'Forbidden\n', MIME['.txt']);
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, 'Not found\n', MIME['.txt']);
      const body = await readFile(file);
      return send(200, body, MIME[extname(file).toLowerCase()] || 'application/octet-stream');
    } catch {
      return send(404, 'Not found\n', MIME['.txt']);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  const port = process.argv[2] ? Number(process.argv[2]) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: "${process.argv[2]}" is not a port number`);
    process.exit(2);
  }
  startServer({ port }).then(
    ({ url }) => console.log(`Serving the demo at ${url}`),
    (error) => {
      console.error(`serve: could not listen on 127.0.0.1:${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
