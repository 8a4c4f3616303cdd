// scripts/serve.mjs, the server of the demo, the tests and the benchmark: with `compress` it sends brotli or
// gzip as the request's Accept-Encoding allows (as a host with precompressed files would: Lighthouse's figures
// depend on it), the same bytes once decoded, and nothing compressed to a client that did not ask.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { startServer, chooseEncoding } from '../../scripts/serve.mjs';
import { DIST, requireDist } from './helpers.mjs';

let server;
before(async () => {
  requireDist();
  server = await startServer({ root: DIST, compress: true, routes: { '/route.html': '<p>a route</p>' } });
});
after(async () => {
  await server?.close();
});

/** GET `path` with an Accept-Encoding: {status, headers, body: the bytes as sent}. */
function get(path, acceptEncoding) {
  return new Promise((resolve, reject) => {
    // The path goes out as written (a URL object would resolve "..").
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: acceptEncoding === null ? {} : { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const DECODE = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync };

test('the script, the engine and the data go brotli, gzip or as they are, by Accept-Encoding, and decode to the file', async () => {
  for (const file of ['benefits-explorer.js', 'benefits-core.wasm', 'claims.json', 'index.html']) {
    const original = readFileSync(join(DIST, file));
    for (const [accept, expected] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['br;q=0, gzip', 'gzip'], [null, undefined], ['identity', undefined]]) {
      const answer = await get(`/${file}`, accept);
      assert.equal(answer.status, 200);
      assert.equal(answer.headers['content-encoding'], expected, `${file} with Accept-Encoding ${accept}`);
      assert.equal(answer.headers.vary, 'Accept-Encoding');
      const body = expected ? DECODE[expected](answer.body) : answer.body;
      assert.ok(body.equals(original), `${file} (${expected || 'identity'}) decodes to the file`);
      if (expected === 'br' && file !== 'index.html') assert.ok(answer.body.length < original.length / 2, `${file} is compressed (${answer.body.length} of ${original.length} bytes)`);
    }
  }
  const route = await get('/route.html', 'br');
  assert.equal(DECODE.br(route.body).toString(), '<p>a route</p>');
});

test('Accept-Encoding is read as browsers and proxies write it', () => {
  assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(chooseEncoding('GZIP'), 'gzip');
  assert.equal(chooseEncoding('br;q=0'), null);
  assert.equal(chooseEncoding('br; q=0, gzip;q=0.5'), 'gzip');
  assert.equal(chooseEncoding(''), null);
  assert.equal(chooseEncoding(undefined), null);
});

test('no path leaves the served folder', async () => {
  for (const path of ['/../README.md', '/%2e%2e/README.md', '/..%2fREADME.md', '/..%2f..%2fscripts/serve.mjs']) {
    const answer = await get(path, null);
    assert.ok([403, 404].includes(answer.status), `${path}: ${answer.status}`);
  }
});
