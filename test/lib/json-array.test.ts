import * as devalue from 'devalue';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJsonArrayChunks, readJsonArray } from '../../src/lib/json-array';

const bytes = (text: string) => new TextEncoder().encode(text);

/** `text`'s bytes cut into chunks of `size` (the last shorter), as a file would be read. */
function chunked(text: string, size: number): Uint8Array[] {
  const all = bytes(text);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < all.length; at += size) chunks.push(all.subarray(at, at + size));
  return chunks;
}

const whole = (text: string) => () => JSON.parse(text) as unknown;
/** Parses `text` read `chunk` bytes at a time, in slices of `slice` bytes, falling back to a whole parse. */
const parse = (text: string, chunk = 1 << 22, slice = 1 << 20) =>
  parseJsonArrayChunks(chunked(text, chunk), whole(text), slice);
/** The same for a well-formed array, which must never need the whole parse (it would hide a slicing mistake). */
const sliced = (text: string, chunk = 1 << 22, slice = 1 << 20) =>
  parseJsonArrayChunks(
    chunked(text, chunk),
    () => {
      throw new Error('parsed whole');
    },
    slice,
  );

/** A seeded generator, so a failure names the case that made it. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const pieces = ['a', 'é', '—', '“', '"', '\\', ',', '[', ']', '{', '}', '\n', '\u2028', '😀', ' ', ':'];

function value(next: () => number, depth: number): unknown {
  const kind = Math.floor(next() * (depth > 3 ? 4 : 6));
  const text = () =>
    Array.from({ length: Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
  switch (kind) {
    case 0:
      return Math.floor(next() * 2000) - 1000;
    case 1:
      return text();
    case 2:
      return next() < 0.5 ? null : next() < 0.5;
    case 3:
      return next() * 1e6;
    case 4:
      return Array.from({ length: Math.floor(next() * 5) }, () => value(next, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [text(), value(next, depth + 1)]));
  }
}

describe('parseJsonArrayChunks', () => {
  it('gives what JSON.parse gives, for arrays of every kind of value, however they are read and cut', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const next = random(seed);
      const array = Array.from({ length: Math.floor(next() * 40) }, () => value(next, 0));
      const text = next() < 0.5 ? JSON.stringify(array) : JSON.stringify(array, null, 2);
      for (const [chunk, slice] of [
        [1, 1],
        [3, 7],
        [5, 64],
        [64, 5],
        [1 << 22, 1 << 20],
      ] as const) {
        expect(sliced(text, chunk, slice), `seed ${seed}, chunks of ${chunk}, slices of ${slice}`).toEqual(
          JSON.parse(text),
        );
      }
    }
  });

  it("reads Astro's data store format: devalue's flat array", () => {
    const store = new Map([['industries', new Map([['a', { id: 'a', data: { title: 'Win rate — “won”', n: 3 } }]])]]);
    const text = devalue.stringify(store);
    expect(devalue.unflatten(sliced(text, 5, 8) as unknown[])).toEqual(store);
  });

  it('parses what is not an array whole', () => {
    expect(parse(' {"a": [1, 2]} ')).toEqual({ a: [1, 2] });
    expect(parse('"x"')).toBe('x');
    expect(sliced(' [ ] \n', 1, 1)).toEqual([]);
  });

  it('throws on anything JSON.parse would refuse', () => {
    for (const text of [
      '[1,,2]',
      '[1,2,]',
      '[ ,1]',
      '[,1]',
      '[ , ]',
      '[1}',
      '[{]}',
      '[[1}]',
      '[1] x',
      '[1, 2',
      '["a\\"]',
      '',
      '[1]]',
    ]) {
      expect(() => JSON.parse(text), text).toThrow(SyntaxError);
      for (const [chunk, slice] of [
        [1, 1],
        [2, 1 << 20],
        [1 << 22, 1],
      ] as const) {
        expect(() => parse(text, chunk, slice), text).toThrow(SyntaxError);
      }
    }
  });
});

describe('readJsonArray', () => {
  it('reads a file in windows and gives what JSON.parse gives', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pulse-json-')), 'store.json');
    const array = [{ title: 'Pipeline coverage — “3×”' }, [1, 2, 3], 'a,b]', -1];
    writeFileSync(file, JSON.stringify(array));
    expect(readJsonArray(file, 4)).toEqual(array);
    writeFileSync(file, '{"not": "an array"}');
    expect(readJsonArray(file, 4)).toEqual({ not: 'an array' });
    writeFileSync(file, '[1, 2');
    expect(() => readJsonArray(file, 4)).toThrow(SyntaxError);
  });
});
