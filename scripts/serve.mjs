#!/usr/bin/env node
// A small static server for dist/ (or any folder) on 127.0.0.1.
//   node scripts/serve.mjs [port] [--compress] → serves dist/ and keeps serving
//   import { startServer } from './serve.mjs'   → for tests: startServer({root, port, headers, routes, compress})
// Correct MIME types (application/wasm included), no directory listings, no path escapes. Uncompressed unless
// asked: with compress, text and wasm go brotli (quality 11) or gzip (level 9) as the request's Accept-Encoding
// allows, as a host serving precompressed files would (each body is compressed once and kept).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

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

const COMPRESSIBLE = /^(text\/|application\/(json|wasm|javascript)|image\/(svg\+xml|x-icon))/;
const ENCODERS = {
  br: (bytes) => zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  gzip: (bytes) => zlib.gzipSync(bytes, { level: 9 }),
};

/** The encoding to send, by the request's Accept-Encoding: br, else gzip, else none (an encoding at q=0 is refused). */
export function chooseEncoding(acceptEncoding) {
  const accepted = new Set();
  for (const part of String(acceptEncoding || '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';').map((x) => x.trim());
    const q = parameters.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return ['br', 'gzip'].find((name) => accepted.has(name)) || null;
}

/**
 * @param {object} [options]
 * @param {string} [options.root]     folder to serve (default: dist/ of this repository)
 * @param {number} [options.port]     0 (default) picks a free port
 * @param {object} [options.headers]  extra headers on every response (e.g. a Content-Security-Policy)
 * @param {object} [options.routes]   extra in-memory files: {'/test/page.html': 'text' | {body, type, status, headers}}
 *                                   (a route's headers replace the server's of the same name)
 * @param {boolean} [options.compress] brotli or gzip by Accept-Encoding (default false: bodies as they are)
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export function startServer({ root, port = 0, headers = {}, routes = {}, compress = false } = {}) {
  const base = resolve(root || join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
  const compressed = new Map(); // `${encoding} ${key}` → {stamp, bytes}: each body is compressed once
  const encode = (key, stamp, body, encoding) => {
    const cached = compressed.get(`${encoding} ${key}`);
    if (cached && cached.stamp === stamp) return cached.bytes;
    const bytes = ENCODERS[encoding](Buffer.from(body));
    compressed.set(`${encoding} ${key}`, { stamp, bytes });
    return bytes;
  };
  const server = createServer(async (req, res) => {
    // cacheKey and stamp name a body for the compressed copies (a file's path and its mtime and size).
    const send = (status, body, type, cacheKey = null, stamp = null, own = {}) => {
      const head = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
      let payload = body;
      if (compress && COMPRESSIBLE.test(type)) {
        head.Vary = 'Accept-Encoding';
        const encoding = chooseEncoding(req.headers['accept-encoding']);
        if (encoding) {
          payload = cacheKey === null ? ENCODERS[encoding](Buffer.from(body)) : encode(cacheKey, stamp, body, encoding);
          head['Content-Encoding'] = encoding;
          head['Content-Length'] = payload.length;
        }
      }
      res.writeHead(status, { ...head, ...headers, ...own });
      res.end(req.method === 'HEAD' ? undefined : payload);
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
      return send(r.status || 200, r.body, r.type || MIME[extname(pathname)] || 'application/octet-stream', `route ${pathname}`, r.body, r.headers);
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = normalize(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'Forbidden\n', MIME['.txt']);
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, 'Not found\n', MIME['.txt']);
      const body = await readFile(file);
      return send(200, body, MIME[extname(file).toLowerCase()] || 'application/octet-stream', `file ${file}`, `${info.mtimeMs} ${info.size}`);
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
  const compress = process.argv.includes('--compress');
  const portArgument = process.argv.slice(2).find((a) => a !== '--compress');
  const port = portArgument ? Number(portArgument) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: "${portArgument}" is not a port number`);
    process.exit(2);
  }
  startServer({ port, compress }).then(
    ({ url }) => console.log(`Serving the demo at ${url}${compress ? ' (brotli or gzip)' : ''}`),
    (error) => {
      console.error(`serve: could not listen on 127.0.0.1:${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
