import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog';
import { loadCorpus } from '../../src/lib/lint/corpus';
import { parseContentFile } from '../../src/lib/lint/document';
import { lintCorpus } from '../../src/lib/lint/run';
import { referenceStub } from '../../src/lib/lint/schema';
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

const projectRoot = join(import.meta.dirname, '../..');
const fixtureContent = join(projectRoot, 'test/fixtures/lint/clean');
const today = new Date(2026, 5, 1);
const registry: RegistryKpi[] = loadCorpus(fixtureContent)
  .filter((d) => d.kind === 'kpi')
  .map((d) => ({ id: d.id, ...d.data }) as RegistryKpi);
const context = { catalog: loadCatalog(fixtureContent), reference: referenceStub };
const frontmatter = (text: string, kind: 'guide' | 'industry') => parseContentFile('x', kind, 'x', text).data;

describe('slugs', () => {
  it.each([
    ['How much does a fractional CRO cost in Denver?', 'fractional-cro-cost-denver'],
    [
      'What KPIs should a fractional CRO own at a healthtech company in 2027?',
      'kpis-fractional-cro-own-healthtech-company',
    ],
    ['Is a fractional CRO worth it?', 'fractional-cro-worth-it'],
    ['Qué es un CRO fraccional?', 'que-es-un-cro-fraccional'],
    [`Why ${'very '.repeat(20)}long?`, 'very-very-very-very-very-very-very-very-very-very-very-very'],
  ])('guide "%s" → %s', (title, slug) => {
    expect(slugifyQuestion(title)).toBe(slug);
  });

  it.each([
    ['The Net New Logo Reboot — 60-Min Training', 'net-new-logo-reboot'],
    ['The SaaS Sales 101 Reboot — 60-Min Training for First-Time Sellers', 'saas-sales-101-reboot'],
    ['The Executive Sponsor Program Reboot', 'executive-sponsor-program-reboot'],
    ['Discovery Calls: a 45-minute training', 'discovery-calls'],
    ['The Training', 'training'],
  ])('training "%s" → %s', (title, slug) => {
    expect(slugifyTraining(title)).toBe(slug);
  });

  it.each([
    ['Pest Control', 'pest-control'],
    ['Food & Beverage', 'food-and-beverage'],
    ['B2B SaaS (Series A)', 'b2b-saas-series-a'],
  ])('industry "%s" → %s', (name, slug) => {
    expect(slugifyName(name)).toBe(slug);
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
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain(
      'description still says TODO: write it, or keep draft: true until the page is finished.',
    );
    expect(messages).toContain(
      'kpis[1].benchmark.text still says TODO: write it, or keep draft: true until the page is finished.',
    );
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
    const doc = parseContentFile('content/guides/new.mdx', 'guide', 'new', other);
    const report = lintCorpus([...loadCorpus(fixtureContent), doc], { today, tools: [] });
    expect(report.problems.map((p) => [p.file, p.rule, p.severity])).toEqual([
      ['content/guides/new.mdx', 'todo', 'warning'],
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
    const run = () =>
      execFileSync(
        process.execPath,
        [
          '--import',
          './scripts/lint-resolve.mjs',
          'scripts/new.ts',
          'industry',
          'Pest Control Services',
          '--root',
          content,
        ],
        {
          cwd: projectRoot,
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    expect(run()).toContain('pest-control-services.md (draft: true)');
    const written = readFileSync(join(content, 'industries/pest-control-services.md'), 'utf8');
    expect(() => run()).toThrow(/already exists: edit it, or choose another id with --slug/);
    expect(readFileSync(join(content, 'industries/pest-control-services.md'), 'utf8')).toBe(written);
  }, 30_000);
});
