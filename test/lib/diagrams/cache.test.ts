import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagramCache, getDiagramId, getMermaidVersion, hashDiagram, type RenderedDiagram } from '~/lib/diagrams/cache';

const base = { source: 'flowchart LR\n  A --> B', config: { theme: 'base' }, mermaidVersion: '12.3.0' };

describe('hashDiagram', () => {
  it('is a sha-256 hex digest that does not depend on line endings or trailing space', () => {
    const hash = hashDiagram(base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashDiagram({ ...base, source: 'flowchart LR\r\n  A --> B\r\n\r\n' })).toBe(hash);
  });

  it.each([
    ['the source', { source: 'flowchart LR\n  A --> C' }],
    ['leading lines, which move mermaid line numbers', { source: '\nflowchart LR\n  A --> B' }],
    ['the theme', { config: { theme: 'dark' } }],
    ['the mermaid version', { mermaidVersion: '12.4.0' }],
  ])('changes with %s', (_, change) => {
    expect(hashDiagram({ ...base, ...change })).not.toBe(hashDiagram(base));
  });

  it('gives short ids that start with a letter, as SVG ids must', () => {
    expect(getDiagramId(hashDiagram(base))).toMatch(/^dg-[0-9a-f]{12}$/);
  });
});

describe('getMermaidVersion', () => {
  it('reads the installed mermaid version', () => {
    expect(getMermaidVersion()).toMatch(/^12\.\d+\.\d+/);
  });
});

describe('DiagramCache', () => {
  const dirs: string[] = [];
  const makeCache = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-diagram-cache-'));
    dirs.push(dir);
    return new DiagramCache(join(dir, 'nested', 'diagrams'));
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const entry: RenderedDiagram = {
    id: 'dg-0123456789ab',
    svg: '<svg id="dg-0123456789ab" viewBox="0 0 10 10"></svg>',
    diagramType: 'flowchart-v2',
    labels: ['Lead'],
    title: 'Funnel',
  };

  it('returns what was written, creating its folder, and leaves no temporary file', () => {
    const cache = makeCache();
    cache.write('abc', entry);
    expect(cache.read('abc')).toEqual(entry);
    expect(readdirSync(cache.dir)).toEqual(['abc.json']);
  });

  it('misses when nothing was written', () => {
    expect(makeCache().read('abc')).toBeUndefined();
  });

  it.each([
    ['truncated JSON', '{"id":"dg-1","svg":"<svg'],
    ['an entry of another shape', JSON.stringify({ svg: 'not an svg', id: 'x', diagramType: 'x', labels: [] })],
  ])('treats %s as a miss so the diagram is rendered again', (_, text) => {
    const cache = makeCache();
    cache.write('abc', entry);
    writeFileSync(cache.pathOf('abc'), text);
    expect(cache.read('abc')).toBeUndefined();
  });
});
