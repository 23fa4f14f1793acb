/**
 * Compares two build outputs file by file, describing each difference well enough to find
 * its cause: which file, and the text around the first byte that differs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../scripts/built-site/site.ts';

function hashFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Where two files first differ, shown as a short excerpt of each. */
export function describeDifference(a: Buffer, b: Buffer): string {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index += 1;
  const excerpt = (buffer: Buffer) =>
    JSON.stringify(buffer.subarray(Math.max(0, index - 40), index + 40).toString('utf8'));
  return `first difference at byte ${index}: ${excerpt(a)} vs ${excerpt(b)}`;
}

/** Every way `second` differs from `first`: missing, extra or changed files. */
export function diffTrees(first: string, second: string): string[] {
  const a = listFiles(first);
  const b = listFiles(second);
  const inB = new Set(b);
  const inA = new Set(a);
  const differences = [
    ...a.filter((file) => !inB.has(file)).map((file) => `${file}: only in the first build`),
    ...b.filter((file) => !inA.has(file)).map((file) => `${file}: only in the second build`),
  ];
  for (const file of a.filter((name) => inB.has(name))) {
    if (hashFile(join(first, file)) === hashFile(join(second, file))) continue;
    differences.push(
      `${file}: ${describeDifference(readFileSync(join(first, file)), readFileSync(join(second, file)))}`,
    );
  }
  return differences;
}
