/**
 * Serves a built site over HTTP on a free local port, for the e2e tests and the bench's
 * search probe: files as a static host serves them (sirv, reading the disk on every
 * request so a re-indexed site is seen at once), the site's `404.html` for a missing path,
 * and, with `gzip`, compressible responses gzipped on the fly as a CDN would (compression).
 */
import compression from 'compression';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export interface ServeOptions {
  /** Gzip text and Pagefind's WebAssembly when the client accepts it. */
  gzip?: boolean;
}

/**
 * Pagefind's WebAssembly (`wasm.en.pagefind`) has no MIME type a filter would know, yet a
 * CDN compresses it; its `.pf_*` index files are gzip already and stay as they are.
 */
const isPagefindWasm = (url = '') => /\/wasm\.[^/?]*\.pagefind(?:\?|$)/.test(url);

export async function serveDirectory(
  root: string,
  options: ServeOptions = {},
): Promise<{ server: Server; origin: string }> {
  const notFound = join(root, '404.html');
  const serve = sirv(root, {
    dev: true,
    onNoMatch(_request, response) {
      response.writeHead(404, { 'content-type': 'text/html;charset=utf-8' });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
    },
  });
  // threshold 0: a CDN compresses small files too, and the search probe counts their bytes.
  const compress = options.gzip
    ? compression({
        threshold: 0,
        filter: (request, response) => isPagefindWasm(request.url) || compression.filter(request, response),
      })
    : undefined;
  const server = createServer((request, response) => {
    // compression is Express middleware; it only uses what node:http's request and response have.
    if (compress) compress(request as never, response as never, () => serve(request, response));
    else serve(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
