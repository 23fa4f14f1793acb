/**
 * Parses a JSON array from its UTF-8 bytes as they are read, a slice at a time, so neither
 * the file nor its text is ever in memory whole. V8 keeps a string with any character above
 * U+00FF at two bytes a character: Astro's content data store (124 MB of JSON at 10,000
 * pages, with its dashes and quotation marks) read whole would be a 124 MB buffer and a
 * 248 MB string for as long as `JSON.parse` runs, on top of what it builds. Slices end at
 * commas between the array's own elements, found by one pass over the bytes that tracks
 * nesting and strings (no byte of a multi-byte UTF-8 character can be a quote, backslash,
 * bracket or comma); each slice is parsed as an array of its own. Anything that is not one
 * well-formed array is handed to `whole`, which parses it in one piece: the same value, or
 * `JSON.parse`'s own error.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

const quote = 0x22;
const comma = 0x2c;
const backslash = 0x5c;
const openSquare = 0x5b;
const closeSquare = 0x5d;
const openCurly = 0x7b;
const closeCurly = 0x7d;

const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** Why the sliced parse gives up: the input is not one well-formed array. */
class NotAnArray extends Error {}

/**
 * The array the `chunks` hold, parsed in slices of about `sliceBytes` bytes; `whole()` when
 * they hold anything else.
 */
export function parseJsonArrayChunks(
  chunks: Iterable<Uint8Array>,
  whole: () => unknown,
  sliceBytes = 1 << 20,
): unknown {
  const decoder = new TextDecoder();
  const out: unknown[] = [];
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  /**
   * Parses the bytes gathered since the last cut. A blank slice is an empty array when it is
   * the one slice (nothing parsed before it: every slice that parses adds a value), and
   * otherwise a mistake (`[1,]`, `[ ,1]`).
   */
  const parseSlice = (last: boolean) => {
    const text = decoder.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts));
    parts = [];
    partBytes = 0;
    if (text.trim() === '') {
      if (last && out.length === 0) return;
      throw new NotAnArray();
    }
    for (const value of JSON.parse(`[${text}]`) as unknown[]) out.push(value);
  };
  let opened = false;
  let closed = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  try {
    for (const chunk of chunks) {
      let from = 0;
      for (let at = 0; at < chunk.length; at += 1) {
        const byte = chunk[at];
        if (!opened) {
          if (isSpace(byte)) continue;
          if (byte !== openSquare) throw new NotAnArray();
          opened = true;
          depth = 1;
          from = at + 1;
        } else if (closed) {
          if (!isSpace(byte)) throw new NotAnArray();
        } else if (inString) {
          if (escaped) escaped = false;
          else if (byte === backslash) escaped = true;
          else if (byte === quote) inString = false;
        } else if (byte === quote) inString = true;
        else if (byte === openSquare || byte === openCurly) depth += 1;
        else if (byte === closeSquare || byte === closeCurly) {
          depth -= 1;
          if (depth === 0) {
            if (byte !== closeSquare) throw new NotAnArray();
            parts.push(chunk.subarray(from, at));
            parseSlice(true);
            closed = true;
          }
        } else if (byte === comma && depth === 1 && partBytes + (at - from) >= sliceBytes) {
          parts.push(chunk.subarray(from, at));
          parseSlice(false);
          from = at + 1;
        }
      }
      if (opened && !closed && from < chunk.length) {
        parts.push(chunk.subarray(from));
        partBytes += chunk.length - from;
      }
    }
    if (!closed) throw new NotAnArray();
    return out;
  } catch (error) {
    if (error instanceof NotAnArray || error instanceof SyntaxError) return whole();
    throw error;
  }
}

/** The file's bytes, `windowBytes` at a time, each window a fresh buffer (slices keep their bytes). */
function* readWindows(file: string, windowBytes: number): Generator<Uint8Array> {
  const descriptor = openSync(file, 'r');
  try {
    for (;;) {
      const window = Buffer.allocUnsafe(windowBytes);
      const read = readSync(descriptor, window, 0, windowBytes, null);
      if (read === 0) return;
      yield window.subarray(0, read);
    }
  } finally {
    closeSync(descriptor);
  }
}

/** The JSON array in `file`, read and parsed a slice at a time; any other JSON is parsed whole. */
export function readJsonArray(file: string, windowBytes = 1 << 22): unknown {
  return parseJsonArrayChunks(readWindows(file, windowBytes), () => JSON.parse(readFileSync(file, 'utf8')));
}
