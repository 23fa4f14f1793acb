/**
 * Runs the integration's build hook on the fixture folders with the real Chromium: the same
 * code path `astro build` takes before any page compiles. One browser for the whole file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markdownToHtml, type MdastPluginEntry } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import mermaid from '~/integrations/mermaid';
import { launchDiagramBrowser } from '~/lib/diagrams/browser';
import type { RenderedDiagram } from '~/lib/diagrams/cache';
import { getMermaidConfig } from '~/lib/diagrams/theme';

const fixtures = fileURLToPath(new URL('../../fixtures/diagrams/', import.meta.url));
const cacheDir = mkdtempSync(join(tmpdir(), 'pulse-diagram-build-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

type SetupHook = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

async function runSetup(integration: AstroIntegration) {
  const processor = { name: 'satteri', options: { mdastPlugins: [] as MdastPluginEntry[], diagramRenderKey: '' } };
  const logged: string[] = [];
  const params = {
    config: { root: pathToFileURL(fixtures), markdown: { processor } },
    command: 'build',
    logger: { info: (text: string) => logged.push(text) },
    injectScript: () => undefined,
  };
  await (integration.hooks['astro:config:setup'] as SetupHook)(params as unknown as Parameters<SetupHook>[0]);
  return { plugins: processor.options.mdastPlugins, renderKey: processor.options.diagramRenderKey, logged };
}

describe('the diagram build step', () => {
  it('fails on a broken diagram naming the file’s line of the mistake and mermaid’s message', async () => {
    const run = runSetup(mermaid({ dirs: ['good', 'broken'], cacheDir }));
    await expect(run).rejects.toThrow(
      /^A mermaid diagram could not be rendered\. Fix the diagram source and build again:\nbroken\/bad-arrow\.mdx:20  mermaid: this line of the diagram that opens on line 17 does not parse: correct it as mermaid explains below, then build again\.\n {4}.*B -->\n {4}-+\^\n {4}Expecting .*got 'EOF'$/,
    );
  }, 60_000);

  it('rendered and cached the good diagrams in that same run', () => {
    const entries = readdirSync(cacheDir).map(
      (name) => JSON.parse(readFileSync(join(cacheDir, name), 'utf8')) as RenderedDiagram,
    );
    // The funnel, the plan (two identical fences) and the broken page's first diagram.
    expect(entries).toHaveLength(3);
    const funnel = entries.find((e) => e.title === 'Fixture funnel')!;
    expect(funnel).toMatchObject({ diagramType: 'flowchart-v2', description: 'Three stages from lead to won deal.' });
    expect(funnel.labels).toEqual(['Lead', 'Qualified?', 'Won', 'Nurture']);
    expect(funnel.svg).toMatch(/^<svg id="dg-[0-9a-f]{12}"/);
    expect(funnel.svg).toContain('>Nurture</tspan>');
  });

  it('builds again from the cache alone, launching no browser, and says so', async () => {
    const noBrowser = () => Promise.reject(new Error('a browser was launched'));
    const { plugins, renderKey, logged } = await runSetup(mermaid({ dirs: ['good'], cacheDir, launch: noBrowser }));
    expect(logged).toEqual([expect.stringMatching(/^diagrams: 0 rendered, 2 from cache \(3 fences, \d+ ms\)$/)]);
    // Part of Astro's config digest, so cached .md renders are dropped when the theme changes.
    expect(renderKey).toMatch(/^[0-9a-f]{64}$/);

    const { html } = await markdownToHtml(readFileSync(join(fixtures, 'good', 'funnel.md'), 'utf8'), {
      mdastPlugins: plugins,
    });
    expect(html).toMatch(
      /<svg id="dg-[0-9a-f]{12}"[^>]* role="img" aria-labelledby="[^"]+-title" aria-describedby="[^"]+-desc">/,
    );
    expect(html).toContain('>Fixture funnel</title>');
  });
});

describe('one browser page rendering diagram after diagram', () => {
  // Mermaid is configured once per page; each render() resets to that configuration first.
  const plain = 'flowchart LR\n  P[Pipeline] --> Q[Quota]';
  const themed = '%%{init: {"theme": "dark", "flowchart": {"curve": "step"}}}%%\nflowchart LR\n  X[Lead] --> Y[Won]';

  async function renderAll(sources: string[]) {
    const browser = await launchDiagramBrowser(getMermaidConfig(), 1);
    try {
      const outcomes = [];
      for (const [n, source] of sources.entries()) outcomes.push(await browser.render({ id: `dg-${n}`, source }));
      return outcomes.map((outcome) => (outcome.ok ? outcome.diagram.svg : outcome.message));
    } finally {
      await browser.close();
    }
  }

  it("draws a diagram the same after another diagram's init directive as on a fresh page", async () => {
    const [alone, unthemed] = await renderAll([plain, themed.replace(/^%%.*\n/, '')]);
    const [themedSvg, broken, afterThemed] = await renderAll([themed, 'flowchart LR\n  A -->', plain]);
    // The directive does change a drawing, so a leak would show; a parse error in between is reported.
    expect(themedSvg?.replaceAll('dg-0', 'dg-1')).not.toBe(unthemed);
    expect(broken).toMatch(/^Parse error on line \d+:/);
    expect(afterThemed?.replaceAll('dg-2', 'dg-0')).toBe(alone);
  }, 60_000);
});
