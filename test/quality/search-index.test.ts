/**
 * What the built search index holds for a page: the article's own words, not the labels
 * every page repeats (type, reading time, quality badge, KPI card labels), and no two
 * words glued together where compressed HTML left no space between elements.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../../scripts/built-site/site.ts';

interface Fragment {
  url: string;
  content: string;
}

/** Pagefind stores each page as gzipped JSON behind a short signature. */
function readFragments(dir: string): Map<string, string> {
  const folder = join(dir, 'pagefind', 'fragment');
  const fragments = readdirSync(folder).map(
    (file) =>
      JSON.parse(
        gunzipSync(readFileSync(join(folder, file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as Fragment,
  );
  return new Map(fragments.map((fragment) => [fragment.url, fragment.content]));
}

/** Labels that appear on every page of a kind and tell search nothing about the page. */
const boilerplate = [
  'Industry guide.',
  'Guide.',
  'KPI ·',
  'min read',
  'words.',
  'Published ',
  'Machine certified',
  'The ten checks',
  'Passed:',
  'What it measures',
  'Why it matters',
  'Benchmark target',
  'Leading indicator.',
  'Lagging indicator.',
  'Target ≥',
];

/** A lower-case letter run straight into a capital or a digit: "retentionNRR", "coverage3.12×". */
const glued = /\b[a-z]+(?:[A-Z]{2,}|\d)\S*|\b[a-z]{2,}[A-Z][a-z]+\b/g;

let index: Map<string, string>;
beforeAll(() => {
  assertBuilt();
  index = readFragments(distDir);
});

describe('indexed text', () => {
  const pages = [
    '/industries/telehealth-platform-services/',
    '/library/fractional-cro-healthtech-kpis/',
    '/library/fractional-cro-cost/',
    '/kpis/pipeline-coverage/',
    '/tools/pipeline-coverage/',
    '/tools/cac-payback/',
  ];

  it.each(pages)('%s leaves out repeated labels', (url) => {
    const content = index.get(url);
    expect(content, `${url} is not in the index`).toBeDefined();
    expect(boilerplate.filter((label) => content!.includes(label))).toEqual([]);
  });

  it('keeps each KPI card name and abbreviation as separate words', () => {
    const content = index.get('/industries/telehealth-platform-services/')!;
    expect(content).toContain('Net revenue retention NRR');
    expect(content).toContain('within 90 days of signing');
  });

  it('glues no words together on any page', () => {
    const gluedWords = [...index].flatMap(([url, content]) =>
      [...content.matchAll(glued)].map((match) => `${url}: ${match[0]}`),
    );
    expect(gluedWords).toEqual([]);
  });

  it('catches the glued words it looks for', () => {
    const sample =
      'Net revenue retentionNRR. Weighted coverage3.12× pipelineUnweighted; SaaS, RevOps, 3x, B2B, CalcSimpler';
    expect(sample.match(glued)).toEqual(['retentionNRR.', 'coverage3.12×', 'pipelineUnweighted']);
  });
});
