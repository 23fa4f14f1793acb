import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RenderedDiagram } from '~/lib/diagrams/cache';
import { buildDiagramCss, describeDiagram, minimumScale, renderFigure } from '~/lib/diagrams/figure';

const plan = JSON.parse(
  readFileSync(new URL('../../fixtures/diagrams/rendered/plan-lr.json', import.meta.url), 'utf8'),
) as RenderedDiagram;
const base: RenderedDiagram = { ...plan, title: undefined, description: undefined, labels: ['Lead', 'Won'] };

describe('describeDiagram', () => {
  it.each([
    ['accTitle and accDescr win', { title: 'T', description: 'D' }, 'Cap', 'Head', { title: 'T', description: 'D' }],
    [
      'a caption names it and labels describe it',
      {},
      'Cap',
      'Head',
      { title: 'Cap', description: 'Steps shown: Lead; Won.' },
    ],
    [
      'the heading names it last',
      {},
      undefined,
      'The plan',
      { title: 'Diagram: The plan', description: 'Steps shown: Lead; Won.' },
    ],
    [
      'a caption describes when accTitle names it',
      { title: 'T' },
      'Cap',
      undefined,
      { title: 'T', description: 'Cap' },
    ],
    ['nothing at all', { labels: [] }, undefined, undefined, { title: 'Diagram' }],
  ])('%s', (_, overrides, caption, heading, expected) => {
    expect(describeDiagram({ rendered: { ...base, ...overrides }, caption, heading })).toEqual(expected);
  });
});

describe('renderFigure', () => {
  const html = renderFigure({ rendered: base, id: 'dg-x', caption: 'Ninety <days>', heading: 'Plan' });

  it('is one line, so a Markdown HTML block cannot end inside it', () => {
    expect(html).not.toContain('\n');
  });

  it('wraps the SVG in a focusable scroll viewport with a minimum legible width', () => {
    const width = Number(/ width="([\d.]+)"/.exec(html)![1]);
    expect(width).toBeGreaterThan(1000);
    expect(html).toMatch(
      new RegExp(
        `^<figure class="diagram" data-diagram="flowchart-v2"><link rel="stylesheet" href="/_diagrams/${base.id}.css"><div class="diagram__viewport" tabindex="0"><svg id="dg-x"`,
      ),
    );
    expect(html.endsWith('</svg></div><figcaption>Ninety &lt;days&gt;</figcaption></figure>')).toBe(true);
    expect(buildDiagramCss(base)).toMatch(
      new RegExp(`^\\.${base.id}\\{--diagram-min-width:${Math.round(width * minimumScale)}px\\}`),
    );
  });

  it('marks a figure whose colours cannot follow the scheme', () => {
    const styled = { ...base, svg: base.svg.replace('<style>', '<style>#x{fill:#f9f}') };
    expect(renderFigure({ rendered: styled, id: 'dg-x' })).toContain(' data-palette="fixed"');
    expect(html).not.toContain('data-palette');
  });
});
