/**
 * The receiver in-process on a loopback port: every refusal is a clear 4xx with a message
 * and stores nothing; a good answer is stored; the no-JavaScript form gets its 303 back.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxCommentLength } from '~/lib/feedback/answer';
import { createRateLimiter } from '~/lib/feedback/rate-limit';
import { createReceiver } from '~/lib/feedback/receiver';
import { openStore, type FeedbackStore } from '~/lib/feedback/store';

const siteOrigin = 'https://pulse.example.org';
const page = '/library/fractional-cro-cost/';
const answerLimit = 3;
let store: FeedbackStore;
let server: Server;
let receiver: string;

// A fresh receiver and store per test, so one test's answers or allowance never reach another.
beforeEach(async () => {
  store = openStore(':memory:');
  server = createServer(
    createReceiver({
      store,
      pages: new Set(['/', page]),
      siteOrigin,
      answerLimiter: createRateLimiter({ limit: answerLimit, windowMs: 600_000, maxClients: 100 }),
      viewLimiter: createRateLimiter({ limit: 100, windowMs: 600_000, maxClients: 100 }),
      now: () => new Date('2026-12-06T10:00:00Z'),
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  store.close();
});

function post(body: string, type = 'application/json', origin: string | null = siteOrigin, path = '/feedback') {
  const headers: Record<string, string> = { 'content-type': type };
  if (origin) headers['origin'] = origin;
  return fetch(`${receiver}${path}`, { method: 'POST', headers, body, redirect: 'manual' });
}

async function expectRefused(send: () => Promise<Response>, status: number, message: RegExp) {
  const before = store.listAnswers().length;
  const response = await send();
  expect(response.status).toBe(status);
  expect(await response.text()).toMatch(message);
  expect(store.listAnswers().length).toBe(before);
}

const lastAnswer = () => store.listAnswers().at(-1);

describe('feedback receiver', () => {
  it('stores a good answer and nothing about the reader', async () => {
    const response = await post(JSON.stringify({ page, helpful: 'yes', comment: ' Clear, thanks. ', ip: '1.2.3.4' }));
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe(siteOrigin);
    expect(lastAnswer()).toEqual({ page, helpful: true, comment: 'Clear, thanks.', day: '2026-12-06' });
  });

  it('answers a form post with 303 back to the page’s thank-you anchor', async () => {
    const response = await post(
      new URLSearchParams({ page, helpful: 'no', comment: '' }).toString(),
      'application/x-www-form-urlencoded',
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${siteOrigin}${page}#feedback-thanks`);
    expect(lastAnswer()).toEqual({ page, helpful: false, comment: undefined, day: '2026-12-06' });
  });

  it('refuses a page the site does not have', async () => {
    await expectRefused(() => post(JSON.stringify({ page: '/nope/', helpful: 'yes' })), 422, /^Unknown page: \/nope\//);
  });

  it('refuses a comment over the limit', async () => {
    const comment = 'x'.repeat(maxCommentLength + 1);
    await expectRefused(
      () => post(JSON.stringify({ page, helpful: 'yes', comment })),
      422,
      /^The comment is 1001 characters long; the limit is 1000\./,
    );
  });

  it('refuses a body that is not JSON', async () => {
    await expectRefused(() => post('{"page":'), 400, /^The request body is not valid JSON\.$/);
    await expectRefused(() => post('page=/', 'text/xml'), 415, /JSON or as a urlencoded form/);
  });

  it('refuses a body too large to be an answer, and an answer that is neither yes nor no', async () => {
    await expectRefused(() => post('x'.repeat(20_000)), 413, /^The request is over 16384 bytes\.$/);
    await expectRefused(() => post(JSON.stringify({ page, helpful: 'maybe' })), 400, /Choose "Yes" or "No"/);
  });

  it('refuses another origin, or none, for answers and for CORS preflight', async () => {
    await expectRefused(
      () => post(JSON.stringify({ page, helpful: 'yes' }), 'application/json', 'https://evil.example'),
      403,
      /^Only https:\/\/pulse\.example\.org may send feedback here; this request came from https:\/\/evil\.example\.$/,
    );
    await expectRefused(
      () => post(JSON.stringify({ page, helpful: 'yes' }), 'application/json', null),
      403,
      /no origin/,
    );
    const preflight = (origin: string) =>
      fetch(`${receiver}/feedback`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await preflight('https://evil.example')).status).toBe(403);
    const allowed = await preflight(siteOrigin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(siteOrigin);
    expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type');
  });

  it('counts a view by page and day, and refuses an unknown page', async () => {
    expect((await post(page, 'text/plain;charset=UTF-8', siteOrigin, '/views')).status).toBe(204);
    expect((await post(page, 'text/plain;charset=UTF-8', siteOrigin, '/views')).status).toBe(204);
    expect((await post('/nope/', 'text/plain', siteOrigin, '/views')).status).toBe(422);
    expect(store.viewTotals()).toEqual(new Map([[page, 2]]));
  });

  it('answers 404 with the routes it has', async () => {
    const response = await fetch(`${receiver}/admin`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/POST answers to \/feedback/);
  });

  it('refuses a flood from one address with 429 and stores nothing past the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < answerLimit; i += 1) {
      statuses.push((await post(JSON.stringify({ page, helpful: 'yes' }))).status);
    }
    expect(statuses).toEqual([201, 201, 201]);
    await expectRefused(
      () => post(JSON.stringify({ page, helpful: 'yes' })),
      429,
      /^Too many requests: try again in \d+ seconds\.$/,
    );
  });
});
