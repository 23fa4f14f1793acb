/**
 * The HTTP side of the feedback receiver, as a plain node:http request listener.
 * POST /feedback takes an answer as JSON (the widget's fetch: 201) or as a urlencoded form
 * (no JavaScript: 303 back to the page's thank-you anchor). POST /views counts one view.
 * Every refusal is a 4xx with a plain-text message and stores nothing.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { readAnswer, thanksAnchor, type Refusal } from './answer';
import type { RateLimiter } from './rate-limit';
import type { FeedbackStore } from './store';

export interface ReceiverOptions {
  store: FeedbackStore;
  /** Paths the built site has (see readSitePages); only these are accepted. */
  pages: ReadonlySet<string>;
  /** The site's origin ("https://pulse.example.org"): the only one allowed to post, and where readers go back to. */
  siteOrigin: string;
  /** Limits answers per client; views have their own, looser limiter. */
  answerLimiter: RateLimiter;
  viewLimiter: RateLimiter;
  /** Behind a reverse proxy, read the client from the last X-Forwarded-For hop. */
  trustProxy?: boolean;
  /** The clock, for the day an answer or view is stored under. */
  now?: () => Date;
}

/** Larger than any honest answer (a 1,000-character comment is at most ~12 kB urlencoded). */
const maxBodyBytes = 16 * 1024;

class RefusedError extends Error {
  readonly refusal: Refusal;
  constructor(refusal: Refusal) {
    super(refusal.message);
    this.refusal = refusal;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit, the rest is drained unread so the refusal can still be sent.
      if (size > maxBodyBytes)
        reject(new RefusedError({ status: 413, message: `The request is over ${maxBodyBytes} bytes.` }));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseFields(type: string, body: string): Record<string, unknown> {
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(body));
  if (type !== 'application/json') {
    throw new RefusedError({ status: 415, message: 'Send the answer as JSON or as a urlencoded form.' });
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new RefusedError({ status: 400, message: 'The request body is not valid JSON.' });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new RefusedError({ status: 400, message: 'The JSON body must be an object with page and helpful.' });
  }
  return data as Record<string, unknown>;
}

function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? request.headers['x-forwarded-for'] : undefined;
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').at(-1)?.trim();
  return last || request.socket.remoteAddress || 'unknown';
}

export function createReceiver(options: ReceiverOptions): RequestListener {
  const { store, pages, siteOrigin, trustProxy = false, now = () => new Date() } = options;
  const cors = { 'access-control-allow-origin': siteOrigin, vary: 'Origin' };
  const today = () => now().toISOString().slice(0, 10);

  const send = (response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...cors, ...headers });
    response.end(text);
  };

  const checkOrigin = (request: IncomingMessage) => {
    const origin = request.headers.origin;
    if (origin !== siteOrigin) {
      throw new RefusedError({
        status: 403,
        message: `Only ${siteOrigin} may send feedback here; this request came from ${origin ?? 'no origin'}.`,
      });
    }
  };

  const checkRate = (limiter: RateLimiter, request: IncomingMessage) => {
    const wait = limiter.take(clientAddress(request, trustProxy));
    if (wait > 0) {
      throw new RefusedError({ status: 429, message: `Too many requests: try again in ${wait} seconds.` });
    }
  };

  const receiveAnswer = async (request: IncomingMessage, response: ServerResponse) => {
    checkOrigin(request);
    checkRate(options.answerLimiter, request);
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const result = readAnswer(parseFields(type, await readBody(request)), pages);
    if ('refusal' in result) throw new RefusedError(result.refusal);
    store.addAnswer(result.answer, today());
    if (type === 'application/json') send(response, 201, 'Thank you: your answer was saved.');
    else send(response, 303, '', { location: `${siteOrigin}${result.answer.page}#${thanksAnchor}` });
  };

  const receiveView = async (request: IncomingMessage, response: ServerResponse) => {
    checkOrigin(request);
    checkRate(options.viewLimiter, request);
    const page = (await readBody(request)).trim();
    if (!pages.has(page)) throw new RefusedError({ status: 422, message: 'Unknown page.' });
    store.addView(page, today());
    send(response, 204, '');
  };

  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://receiver.invalid');
    const route = pathname.replace(/\/+$/, '').split('/').at(-1);
    const handle =
      request.method === 'OPTIONS' && (route === 'feedback' || route === 'views')
        ? async () => {
            checkOrigin(request);
            send(response, 204, '', {
              'access-control-allow-methods': 'POST',
              'access-control-allow-headers': 'content-type',
              'access-control-max-age': '600',
            });
          }
        : request.method === 'POST' && route === 'feedback'
          ? () => receiveAnswer(request, response)
          : request.method === 'POST' && route === 'views'
            ? () => receiveView(request, response)
            : async () => send(response, 404, 'Not found: POST answers to /feedback and views to /views.');
    handle().catch((error: unknown) => {
      if (response.headersSent) return;
      if (error instanceof RefusedError) send(response, error.refusal.status, error.refusal.message);
      else {
        console.error(error);
        send(response, 500, 'The answer could not be saved; please try again later.');
      }
    });
  };
}
