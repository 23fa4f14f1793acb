/**
 * The loader wrapper on its own: a fake loader stands in for Astro's glob loader, failing the
 * way it fails, and the wrapper must turn each failure into the lint's located sentence.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '~/lib/content-error';
import { withEditorErrors } from '~/lib/content-loader';

const root = mkdtempSync(join(tmpdir(), 'pulse-content-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content/guides'), { recursive: true });

const schema = z.object({
  title: z.string().describe('The question the page answers.'),
  faq: z.array(z.object({ answer: z.string().describe('A direct answer.') })).default([]),
});

/** Loads one file the way the glob loader does: parseData with the file's data and path. */
function fakeLoader(file: string, data: Record<string, unknown>, fail?: Error): Loader {
  return {
    name: 'fake',
    load: async (context) => {
      if (fail) throw fail;
      await context.parseData({ id: 'x', data, filePath: file });
    },
  };
}

async function load(loader: Loader): Promise<unknown> {
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    // What Astro's own parseData does with bad data: throws its own, poorer error.
    parseData: async ({ data }: { data: unknown }) => {
      if (!schema.safeParse(data).success) throw new Error('**faq.0.answer**: **faq.0.answer**: Required');
      return data;
    },
  } as unknown as LoaderContext;
  return withEditorErrors(loader, schema)
    .load(context)
    .then(
      () => undefined,
      (error: unknown) => error,
    );
}

describe('withEditorErrors', () => {
  it('rewords a schema error with the lint’s field names, lines and fixes, and no stack', async () => {
    writeFileSync(join(root, 'content/guides/x.md'), '---\ntitle: T\nfaq:\n  - answer:\n---\nBody\n');
    const error = await load(fakeLoader('content/guides/x.md', { title: 'T', faq: [{ answer: null }] }));
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).stack).toBe('');
    expect((error as Error).message).toBe(
      "content/guides/x.md has mistakes the build cannot publish. Fix them and build again (npm run lint lists every file's):\n" +
        '- content/guides/x.md:4  faq[1].answer  error: faq[1].answer has no value: write text after the colon (A direct answer). [schema]',
    );
  });

  it('relocates a YAML error the loader’s parser threw to the line the lint’s parser finds', async () => {
    writeFileSync(join(root, 'content/guides/y.md'), '---\ntitle: "T\nfaq: []\ndraft: true\n---\nBody\n');
    const jsYaml = Object.assign(new Error('unexpected end of the stream within a double quoted scalar'), {
      loc: { file: join(root, 'content/guides/y.md'), line: 5 },
    });
    const error = await load(fakeLoader('content/guides/y.md', {}, jsYaml));
    expect((error as Error).message).toContain(
      '- content/guides/y.md:2  (frontmatter)  error: YAML does not parse: the " that opens this value is never closed',
    );
  });

  it('passes on an error it cannot explain', async () => {
    const other = new Error('disk on fire');
    expect(await load(fakeLoader('content/guides/z.md', {}, other))).toBe(other);
  });
});
