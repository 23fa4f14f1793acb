/**
 * The HTTP side of the feedback receiver, as a plain node:http request listener.
 * POST /feedback takes an answer as JSON (the widget's fetch: 201) or as a urlencoded form
 * (no JavaScript: 303 back to the page's thank-you anchor). POST /views counts one view.
 * Every refusal is a 4xx with a plain-text message and stores nothing.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { readAnswer, thanksAnchor } from './answer';
import type { RateLimiter } from './rate-limit';
import { parseFields, readBody, RefusedError } from './request-body';
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
    const plain = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' };
    response.writeHead(status, { ...plain, ...cors, ...headers });
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

  const answerPreflight = async (request: IncomingMessage, response: ServerResponse) => {
    checkOrigin(request);
    send(response, 204, '', {
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '600',
    });
  };

  const route = (method: string | undefined, name: string | undefined) => {
    if (name !== 'feedback' && name !== 'views') return undefined;
    if (method === 'OPTIONS') return answerPreflight;
    if (method === 'POST') return name === 'feedback' ? receiveAnswer : receiveView;
    return undefined;
  };

  return (request, response) => {
    // Routed by the last path segment, so a proxy may mount the receiver under any prefix.
    const { pathname } = new URL(request.url ?? '/', 'http://receiver.invalid');
    const handle = route(request.method, pathname.replace(/\/+$/, '').split('/').at(-1));
    if (!handle) {
      send(response, 404, 'Not found: POST answers to /feedback and views to /views.');
      return;
    }
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return;
      if (error instanceof RefusedError) send(response, error.refusal.status, error.refusal.message);
      else {
        console.error(error);
        send(response, 500, 'The answer could not be saved; please try again later.');
      }
    });
  };
}
