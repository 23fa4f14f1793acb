/**
 * Reading a request body for the receiver: bounded in size, and parsed from JSON (the
 * widget's fetch) or a urlencoded form (no JavaScript), each failure a refusal that says why.
 */
import type { IncomingMessage } from 'node:http';
import type { Refusal } from './answer';

/** Larger than any honest answer (a 1,000-character comment is at most ~12 kB urlencoded). */
const maxBodyBytes = 16 * 1024;

/** A request the receiver turns down; its refusal becomes the response. */
export class RefusedError extends Error {
  readonly refusal: Refusal;
  constructor(refusal: Refusal) {
    super(refusal.message);
    this.refusal = refusal;
  }
}

/** The body as text, refused past maxBodyBytes. */
export function readBody(request: IncomingMessage): Promise<string> {
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

/** The fields of a JSON or urlencoded body (`type` is the bare media type). */
export function parseFields(type: string, body: string): Record<string, unknown> {
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
