/**
 * `npm run feedback-server`: receives "Was this helpful?" answers and opt-in page views for
 * a built Pulse site and stores them in SQLite. Flags override the environment:
 *   --port (PORT, 8787)   --host (HOST, 127.0.0.1)   --db (PULSE_FEEDBACK_DB, .data/feedback.sqlite)
 *   --site-origin (PULSE_SITE_ORIGIN, else SITE_URL's origin)   --dist (dist/)   --trust-proxy
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createRateLimiter } from '../src/lib/feedback/rate-limit.ts';
import { createReceiver } from '../src/lib/feedback/receiver.ts';
import { readSitePages } from '../src/lib/feedback/site-pages.ts';
import { defaultDatabase, openStore } from '../src/lib/feedback/store.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    db: { type: 'string', default: process.env.PULSE_FEEDBACK_DB ?? defaultDatabase },
    'site-origin': { type: 'string', default: process.env.PULSE_SITE_ORIGIN ?? process.env.SITE_URL },
    dist: { type: 'string', default: 'dist' },
    'trust-proxy': { type: 'boolean', default: false },
  },
});

if (!values['site-origin']) {
  console.error(
    'Set the site origin readers post from: --site-origin https://pulse.example.org (or PULSE_SITE_ORIGIN).',
  );
  process.exit(2);
}
const siteOrigin = new URL(values['site-origin']).origin;
const pages = readSitePages(values.dist);
const store = openStore(values.db);
const minute = 60_000;
const server = createServer(
  createReceiver({
    store,
    pages,
    siteOrigin,
    // A reader answers once per page; 20 in ten minutes leaves room for a shared office address.
    answerLimiter: createRateLimiter({ limit: 20, windowMs: 10 * minute, maxClients: 10_000 }),
    viewLimiter: createRateLimiter({ limit: 300, windowMs: 10 * minute, maxClients: 10_000 }),
    trustProxy: values['trust-proxy'],
  }),
);

server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(
    `Feedback receiver on http://${values.host}:${port}/feedback for ${siteOrigin} (${pages.size} pages), storing in ${values.db}`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => (store.close(), process.exit(0))));
}
