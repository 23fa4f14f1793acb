import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '~/lib/feedback/rate-limit';

describe('createRateLimiter', () => {
  it('allows `limit` requests per window, then says how long to wait, then resets', () => {
    let time = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, maxClients: 10, now: () => time });
    expect([limiter.take('10.0.0.1'), limiter.take('10.0.0.1'), limiter.take('10.0.0.1')]).toEqual([0, 0, 60]);
    expect(limiter.take('10.0.0.2')).toBe(0);
    time = 45_500;
    expect(limiter.take('10.0.0.1')).toBe(15);
    time = 60_000;
    expect(limiter.take('10.0.0.1')).toBe(0);
  });

  it('tracks at most maxClients, forgetting the one seen longest ago', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxClients: 3, now: () => 0 });
    for (const address of ['a', 'b', 'c']) limiter.take(address);
    limiter.take('a'); // a is now the most recently seen
    limiter.take('d'); // evicts b
    expect(limiter.size).toBe(3);
    expect(limiter.take('b')).toBe(0); // b was forgotten, so it starts afresh (and evicts c)
    expect(limiter.take('a')).toBeGreaterThan(0);
  });
});
