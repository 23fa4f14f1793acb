/**
 * A scratch copy of the clean lint corpus, for tests that make one editor's mistake in it
 * and read the error the lint (and the build's own check) gives.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '~/lib/lint/corpus';
import { lintCorpus } from '~/lib/lint/run';

const clean = fileURLToPath(new URL('../fixtures/lint/clean/', import.meta.url));
export const cleanGuide = 'guides/fractional-cro-cost-denver.mdx';

export interface MistakeCorpus {
  /** The scratch project root; content lives in `<root>/content`. */
  root: string;
  content: string;
  read(path: string): string;
  write(path: string, text: string): void;
  /** Replaces `from` with `to` in a content file, failing if `from` is absent. */
  edit(path: string, from: string, to: string): void;
  /** Every lint problem as `file:line field severity: message`. */
  lint(): string[];
  remove(): void;
}

export function makeMistakeCorpus(): MistakeCorpus {
  const root = mkdtempSync(join(tmpdir(), 'pulse-mistake-'));
  const content = join(root, 'content');
  cpSync(clean, content, { recursive: true });
  const read = (path: string) => readFileSync(join(content, path), 'utf8');
  const write = (path: string, text: string) => writeFileSync(join(content, path), text);
  return {
    root,
    content,
    read,
    write,
    edit(path, from, to) {
      const text = read(path);
      if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
      write(path, text.replace(from, to));
    },
    lint: () =>
      lintCorpus(loadCorpus(content, root), {
        today: new Date('2026-06-01T00:00:00Z'),
        tools: ['pipeline-coverage'],
      }).problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.severity}: ${p.message}`),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
