import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/lint/corpus';
import { parseContentFile } from '../../src/lib/lint/document';
import { lintCorpus } from '../../src/lib/lint/run';
import {
  pickDefaultKpis,
  renderGuideSkeleton,
  renderIndustrySkeleton,
  ScaffoldError,
  slugifyName,
  slugifyQuestion,
  slugifyTraining,
  writeNewPage,
  type RegistryKpi,
} from '../../src/lib/scaffold';
import { guideSchema } from '../../src/schemas/guide';
import { industrySchema } from '../../src/schemas/industry';
import { categories } from '../../src/schemas/kpi';
import { context, expectUnfinished, fixtureContent, registry, runNew, today } from './scaffold-fixtures';

const frontmatter = (text: string, kind: 'guide' | 'industry') => parseContentFile('x', kind, 'x', text).data;

describe('slugs', () => {
  // Each kind's id rule: a guide's question, a training's title, an industry's name.
  const slugify = { guide: slugifyQuestion, training: slugifyTraining, industry: slugifyName };
  it.each<[keyof typeof slugify, string, string]>([
    ['guide', 'How much does a fractional CRO cost in Denver?', 'fractional-cro-cost-denver'],
    [
      'guide',
      'What KPIs should a fractional CRO own at a healthtech company in 2027?',
      'kpis-fractional-cro-own-healthtech-company',
    ],
    ['guide', 'Is a fractional CRO worth it?', 'fractional-cro-worth-it'],
    ['guide', 'Qué es un CRO fraccional?', 'que-es-un-cro-fraccional'],
    ['guide', `Why ${'very '.repeat(20)}long?`, 'very-very-very-very-very-very-very-very-very-very-very-very'],
    ['training', 'The Net New Logo Reboot — 60-Min Training', 'net-new-logo-reboot'],
    ['training', 'The SaaS Sales 101 Reboot — 60-Min Training for First-Time Sellers', 'saas-sales-101-reboot'],
    ['training', 'The Executive Sponsor Program Reboot', 'executive-sponsor-program-reboot'],
    ['training', 'Discovery Calls: a 45-minute training', 'discovery-calls'],
    ['training', 'The Training', 'training'],
    ['industry', 'Pest Control', 'pest-control'],
    ['industry', 'Food & Beverage', 'food-and-beverage'],
    ['industry', 'B2B SaaS (Series A)', 'b2b-saas-series-a'],
  ])('%s "%s" → %s', (kind, title, slug) => {
    expect(slugify[kind](title)).toBe(slug);
  });
});

describe('pickDefaultKpis', () => {
  const make = (id: string, category: RegistryKpi['category']): RegistryKpi => ({
    id,
    name: id,
    unit: 'count',
    direction: 'higher-is-better',
    category,
  });

  it('takes the general KPIs the registry has, then tops up across categories', () => {
    const kpis = [
      make('win-rate', 'conversion'),
      make('pipeline-coverage', 'pipeline'),
      ...categories.flatMap((category) => [make(`${category}-a`, category), make(`${category}-b`, category)]),
    ];
    expect(pickDefaultKpis(kpis, 9).map((kpi) => kpi.id)).toEqual([
      'pipeline-coverage',
      'win-rate',
      'pipeline-a',
      'conversion-a',
      'retention-a',
      'efficiency-a',
      'activation-a',
      'expansion-a',
      'pipeline-b',
    ]);
  });

  it('returns what there is when the registry is small', () => {
    expect(pickDefaultKpis([make('x', 'pipeline')])).toHaveLength(1);
  });
});

describe('industry skeleton', () => {
  const text = renderIndustrySkeleton({ industry: 'Pest Control', today, registry });

  it('is valid against the industry schema as a draft, with every registry KPI pre-filled', () => {
    const data = industrySchema(context).parse(frontmatter(text, 'industry'));
    expect(data).toMatchObject({
      draft: true,
      industry: 'Pest Control',
      title: 'What are the key sales KPIs for Pest Control?',
    });
    expect(data.published.toISOString().slice(0, 10)).toBe('2026-06-01');
    expect(data.kpis.map((item) => item.kpi.id).sort()).toEqual(registry.map((kpi) => kpi.id).sort());
    expect(
      data.kpis.every((item) => item.measures.startsWith('TODO') && item.benchmarks[0]?.text.startsWith('TODO')),
    ).toBe(true);
  });

  it('cannot be published: with draft: false the schema names each unfinished field', () => {
    const result = industrySchema(context).safeParse({ ...frontmatter(text, 'industry'), draft: false });
    expectUnfinished(result, ['description', 'kpis[1].benchmark.text']);
  });

  it('refuses a registry too small for an industry page', () => {
    expect(() => renderIndustrySkeleton({ industry: 'X', today, registry: registry.slice(0, 2) })).toThrow(
      ScaffoldError,
    );
  });
});

describe('guide skeleton', () => {
  const title = 'How much does a fractional CRO cost in Denver?';
  const text = renderGuideSkeleton({ title, today, registry });

  it('is valid against the guide schema as a draft, with every section present', () => {
    const withTools = renderGuideSkeleton({
      title,
      today,
      registry,
      tools: ['pipeline-coverage', 'cac-payback'],
    });
    expect(withTools.replace(/\n# /g, ' ')).toContain(
      'related: [] tools: calculators to offer as "Apply this in Pulse" cards: pipeline-coverage, cac-payback.\ntools: []',
    );
    const data = guideSchema(context).parse(frontmatter(text, 'guide'));
    expect(data).toMatchObject({ title, draft: true });
    expect([data.steps.length, data.faq.length, data.sources.length]).toEqual([3, 3, 1]);
  });

  it('keeps the body free of MDX expressions and tags, so it compiles as written', () => {
    const body = text.slice(text.indexOf('\n---\n', 4) + 5);
    expect(body).toMatch(/^\n## TODO/);
    expect(body).not.toMatch(/[{}<>]/);
  });

  it('lints as a draft: one warning counting its TODO markers, nothing else', () => {
    const other = renderGuideSkeleton({
      title: 'How long does a fractional CRO engagement last?',
      today,
      registry,
    });
    const doc = parseContentFile('content/guides/new.md', 'guide', 'new', other);
    const report = lintCorpus([...loadCorpus(fixtureContent), doc], { today, tools: [] });
    expect(report.problems.map((p) => [p.file, p.rule, p.severity])).toEqual([
      ['content/guides/new.md', 'todo', 'warning'],
    ]);
  });

  it('is flagged as a duplicate when its question is already answered', () => {
    const doc = parseContentFile('content/guides/new.mdx', 'guide', 'new', text);
    const report = lintCorpus([...loadCorpus(fixtureContent), doc], { today, tools: [] });
    expect(report.problems.filter((p) => p.rule === 'duplicates').map((p) => p.message)).toEqual([
      expect.stringContaining(
        'title asks the same question as test/fixtures/lint/clean/guides/fractional-cro-cost-denver.mdx',
      ),
    ]);
  });
});

describe('writing a page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-scaffold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to overwrite an existing page, or the same id with the other extension', () => {
    const path = join(dir, 'page.mdx');
    writeNewPage(path, 'first');
    expect(() => writeNewPage(path, 'second')).toThrow(`${path} already exists`);
    writeFileSync(join(dir, 'other.md'), 'kept');
    expect(() => writeNewPage(join(dir, 'other.mdx'), 'new', [join(dir, 'other.md')])).toThrow(ScaffoldError);
    expect(readFileSync(path, 'utf8')).toBe('first');
    expect(readFileSync(join(dir, 'other.md'), 'utf8')).toBe('kept');
  });

  it('npm run new writes a skeleton once and refuses the second time', () => {
    const content = join(dir, 'content');
    cpSync(fixtureContent, content, { recursive: true });
    const run = () => runNew('industry', 'Pest Control Services', content);
    expect(run()).toContain('pest-control-services.md (draft: true)');
    const written = readFileSync(join(content, 'industries/pest-control-services.md'), 'utf8');
    expect(() => run()).toThrow(/already exists: edit it, or choose another id with --slug/);
    expect(readFileSync(join(content, 'industries/pest-control-services.md'), 'utf8')).toBe(written);
  }, 30_000);
});
