import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagramError } from '~/lib/diagrams/errors';
import { createDiagramPlugin, toMdxRaw } from '~/lib/diagrams/plugin';
import { DiagramSession } from '~/lib/diagrams/session';
import { createFakeBrowser } from './fake-browser';

const fixtures = fileURLToPath(new URL('../../fixtures/diagrams/', import.meta.url));
const cacheDir = mkdtempSync(join(tmpdir(), 'pulse-diagram-plugin-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function setup() {
  const fake = createFakeBrowser();
  const session = new DiagramSession({ cacheDir, launch: fake.launch, idleMs: 1 });
  return { fake, session, plugin: createDiagramPlugin(session, fixtures) };
}

describe('the mermaid mdast plugin', () => {
  it('replaces a Markdown fence with a figure named after the heading above it', async () => {
    const { plugin, session } = setup();
    const text = '# Intro\n\n## Pipeline\n\n```mermaid\ngraph TD\nA-->B\n```\n\n```js\nlet a;\n```\n\n## Later\n';
    const { html } = await markdownToHtml(text, { mdastPlugins: [plugin] });
    expect(html).toContain('<figure class="diagram"');
    expect(html).toMatch(/<title id="dg-[0-9a-f]{12}-title">Diagram: Pipeline<\/title>/);
    expect(html).toContain('language-js');
    expect(html).not.toContain('language-mermaid');
    await session.close();
  });

  it('finds the heading above a fence nested in a list', async () => {
    const { plugin, session } = setup();
    const text = '## Stages\n\n- First\n\n  ```mermaid\n  graph TD\n  A-->B\n  ```\n\n## After\n';
    const { html } = await markdownToHtml(text, { mdastPlugins: [plugin] });
    expect(html).toContain('-title">Diagram: Stages</title>');
    await session.close();
  });

  it('gives a diagram repeated on one page distinct ids', async () => {
    const { plugin, session } = setup();
    const fence = '```mermaid\ngraph LR\nA-->B\n```\n';
    const { html } = await markdownToHtml(`${fence}\n${fence}`, { mdastPlugins: [plugin] });
    const ids = [...html.matchAll(/<svg id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(`${ids[0]}-2`);
    await session.close();
  });

  it('hands MDX the figure as a Fragment with set:html, so braces in the SVG stay text', async () => {
    const { plugin, session } = setup();
    const { code } = await mdxToJs('# Plan {1 + 1}\n\n```mermaid\ngraph LR\nA-->B\n```\n', {
      mdastPlugins: [plugin],
      jsxImportSource: 'astro',
    });
    expect(code).toContain('_jsx(Fragment, { "set:html": "<figure class=\\"diagram\\"');
    expect(code).not.toContain('_components.svg');
    await session.close();
  });

  it('fails a fence missing from the cache with the file and the line on disk', async () => {
    const { plugin, session } = setup();
    const file = join(fixtures, 'broken', 'bad-arrow.mdx');
    // Astro hands the plugin the body without its frontmatter; the line must still be the file's.
    const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const run = mdxToJs(body, { mdastPlugins: [plugin], fileURL: pathToFileURL(file) });
    await expect(run).rejects.toBeInstanceOf(DiagramError);
    await expect(run).rejects.toThrow(
      /^A mermaid diagram could not be rendered[\s\S]*\nbroken\/bad-arrow\.mdx:19  mermaid: this line of the diagram that opens on line 17 does not parse/,
    );
    await session.close();
  });
});

describe('toMdxRaw', () => {
  it('escapes everything an MDX parser could mistake for the end of the expression', () => {
    const raw = toMdxRaw('<style>#a{fill:red}</style>');
    expect(raw).toBe('<Fragment set:html={"\\u003cstyle\\u003e#a\\u007bfill:red\\u007d\\u003c/style\\u003e"} />');
    const inner = raw.slice('<Fragment set:html={'.length, -' />'.length - 1);
    expect(JSON.parse(inner)).toBe('<style>#a{fill:red}</style>');
  });
});
