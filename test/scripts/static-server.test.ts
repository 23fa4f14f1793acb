/** The one static server the e2e tests and the bench's search probe share. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../scripts/static-server.ts';

const page = '<!doctype html><title>KPIs</title><h1>Pipeline coverage</h1>';
const files: Record<string, string> = {
  'index.html': page,
  'kpis/win-rate/index.html': '<!doctype html><title>Win rate</title>',
  '404.html': '<!doctype html><title>Not found</title>',
  'pagefind/wasm.en.pagefind': 'wasm bytes '.repeat(20),
  'pagefind/index/en_1.pf_index': 'already gzip',
};

const root = mkdtempSync(join(tmpdir(), 'pulse-static-server-'));
const servers: Server[] = [];
let plain: string;
let gzip: string;

beforeAll(async () => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const started = [await serveDirectory(root), await serveDirectory(root, { gzip: true })];
  servers.push(...started.map(({ server }) => server));
  [plain, gzip] = started.map(({ origin }) => origin) as [string, string];
});

afterAll(() => {
  for (const server of servers) server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Raw bytes and headers, as a browser receives them (fetch would undo the gzip). */
async function get(url: string, acceptGzip = false) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    request(url, { headers: acceptGzip ? { 'accept-encoding': 'gzip' } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('static server', () => {
  it('serves a folder at its index.html, as HTML', async () => {
    const home = await get(`${plain}/`);
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.body.toString()).toBe(page);
    expect((await get(`${plain}/kpis/win-rate/`)).body.toString()).toContain('Win rate');
  });

  it("answers a missing path with 404 and the site's own 404 page", async () => {
    const missing = await get(`${plain}/no/such/page/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Not found');
  });

  it('never serves a file outside the site', async () => {
    expect((await get(`${plain}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('sends bytes as they are on disk unless asked to gzip', async () => {
    const home = await get(`${plain}/`, true);
    expect(home.headers['content-encoding']).toBeUndefined();
    expect(home.body.toString()).toBe(page);
  });

  it("with gzip, compresses pages and Pagefind's WebAssembly, not its gzipped index", async () => {
    const home = await get(`${gzip}/`, true);
    expect(home.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(home.body).toString()).toBe(page);
    const wasm = await get(`${gzip}/pagefind/wasm.en.pagefind`, true);
    expect(wasm.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(wasm.body).toString()).toBe(files['pagefind/wasm.en.pagefind']);
    const index = await get(`${gzip}/pagefind/index/en_1.pf_index`, true);
    expect(index.headers['content-encoding']).toBeUndefined();
    expect(index.body.toString()).toBe('already gzip');
  });
});
