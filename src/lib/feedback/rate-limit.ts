/**
 * Per-client rate limiting that never keeps an address: each address is reduced to a keyed
 * hash whose key lives only in this process's memory, so neither the map nor a memory dump
 * links back to a reader once the process ends. Memory is bounded by `maxClients`.
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface RateLimitOptions {
  /** Requests one client may make per window. */
  limit: number;
  windowMs: number;
  /** Most clients tracked at once; when full, the client seen longest ago is forgotten. */
  maxClients: number;
  /** The clock, injectable so tests never wait for a window to pass. */
  now?: () => number;
}

export interface RateLimiter {
  /** Counts a request from `address`; returns 0 when allowed, else seconds until the window resets. */
  take(address: string): number;
  /** Clients tracked now (for tests and the bound). */
  readonly size: number;
}

export function createRateLimiter({ limit, windowMs, maxClients, now = Date.now }: RateLimitOptions): RateLimiter {
  const key = randomBytes(32);
  const windows = new Map<string, { start: number; count: number }>();
  const hash = (address: string) => createHmac('sha256', key).update(address).digest('base64url');
  return {
    take(address) {
      const id = hash(address);
      const time = now();
      let window = windows.get(id);
      if (!window || time - window.start >= windowMs) {
        windows.delete(id);
        window = { start: time, count: 0 };
      }
      window.count += 1;
      // Re-inserting keeps the Map in order of last use, so the first key is the stalest.
      windows.delete(id);
      windows.set(id, window);
      while (windows.size > maxClients) windows.delete(windows.keys().next().value!);
      return window.count <= limit ? 0 : Math.max(1, Math.ceil((window.start + windowMs - time) / 1000));
    },
    get size() {
      return windows.size;
    },
  };
}
