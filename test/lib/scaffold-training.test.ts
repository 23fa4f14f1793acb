import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/lint/corpus';
import { parseContentFile } from '../../src/lib/lint/document';
import { lintCorpus } from '../../src/lib/lint/run';
import { findTodoMarkers } from '../../src/schemas/todo';
import { scoreQuality } from '../../src/lib/quality';
import { ScaffoldError } from '../../src/lib/scaffold';
import { renderTrainingSkeleton, skeletonAgenda, skeletonMinutes } from '../../src/lib/scaffold-training';
import { trainingSchema } from '../../src/schemas/training';
import { analyzeMarkdown } from '../../src/lib/markdown/analyze';
import { createSiteIndex } from '../../src/lib/site-index';
import { context, expectUnfinished, fixtureContent, registry, runNew, today } from './scaffold-fixtures';

const title = 'The Pipeline Hygiene Reboot — 60-Min Training';
const text = renderTrainingSkeleton({ title, today, registry, tools: ['pipeline-coverage'] });
const doc = parseContentFile(
  'content/trainings/pipeline-hygiene-reboot.md',
  'training',
  'pipeline-hygiene-reboot',
  text,
);

/** The skeleton with every TODO sentence replaced by a written one, as an editor would leave it. */
function fill(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/TODO: ?/g, '');
  if (Array.isArray(value)) return value.map(fill);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  return value;
}

describe('training skeleton', () => {
  it('parses against the training schema as a draft, with an agenda of the stated length', () => {
    const data = trainingSchema(context).parse(doc.data);
    expect(data).toMatchObject({ title, draft: true, minutes: 60 });
    expect(data.published.toISOString().slice(0, 10)).toBe('2026-06-01');
    expect(data.agenda.reduce((sum, segment) => sum + segment.minutes, 0)).toBe(skeletonMinutes);
    expect(data.agenda.map((segment) => segment.kind)).toEqual(skeletonAgenda.map((segment) => segment.kind));
    expect(data.followUp?.kpi.id).toBe(data.kpis[0]?.id);
    expect([data.objectives.length, data.exercises.length, data.faq.length, data.sources.length]).toEqual([2, 2, 3, 1]);
  });

  it('marks every sentence to write with TODO, in the frontmatter and in each body section', () => {
    const paths = findTodoMarkers(doc.data).map((hit) => hit.path.join('.'));
    for (const path of ['description', 'audience.0', 'objectives.1', 'agenda.4.produces', 'exercises.1.debrief'])
      expect(paths).toContain(path);
    expect(paths).toContain('followUp.when');
    expect(doc.facts.todoLines).toHaveLength(3);
  });

  it('cannot be published: with draft: false the schema names each unfinished field', () => {
    const result = trainingSchema(context).safeParse({ ...doc.data, draft: false });
    expectUnfinished(result, ['followUp.when', 'agenda[1].facilitator']);
  });

  it('lints as a draft: one warning counting its TODO markers, and an error once published', () => {
    const corpus = loadCorpus(fixtureContent);
    const draft = lintCorpus([...corpus, doc], { today, tools: ['pipeline-coverage'] });
    expect(draft.problems.map((p) => [p.file, p.rule, p.severity])).toEqual([
      ['content/trainings/pipeline-hygiene-reboot.md', 'todo', 'warning'],
    ]);
    const published = parseContentFile(doc.file, 'training', doc.id, text.replace('draft: true', 'draft: false'));
    const report = lintCorpus([...corpus, published], { today, tools: ['pipeline-coverage'] });
    const todos = report.problems.filter((p) => p.rule === 'todo');
    expect(todos.length).toBeGreaterThan(20);
    expect(todos.every((p) => p.severity === 'error')).toBe(true);
  });

  it('once its TODOs are written and two real sources cited, scores 10/10', () => {
    const sources = ['https://www.bls.gov/a', 'https://www.census.gov/b'].map((url) => ({
      title: 'A published study',
      publisher: 'A public agency',
      url,
      accessed: '2026-05-01',
    }));
    const data = trainingSchema(context).parse({
      ...(fill(doc.data) as Record<string, unknown>),
      draft: false,
      sources,
      related: ['guides/fractional-cro-cost-denver'],
    });
    const site = createSiteIndex({
      guides: ['fractional-cro-cost-denver'],
      industries: [],
      kpis: registry.map((kpi) => kpi.id),
      topicTerms: [],
      tools: ['pipeline-coverage'],
    });
    const body = analyzeMarkdown(
      `## Running the room\n\nSee [one](${sources[0]!.url}) and [two](${sources[1]!.url}).`,
      'markdown',
    );
    const result = scoreQuality({ entry: { collection: 'trainings', id: doc.id, data }, body }, { now: today, site });
    // Nothing the skeleton laid out (agenda, kinds, roles, follow-up) costs a point once written.
    expect(result.checks.filter((check) => !check.passed).map((check) => check.missing)).toEqual([]);
    expect(result.score).toBe(10);
  });

  it('refuses an empty registry', () => {
    expect(() => renderTrainingSkeleton({ title, today, registry: [] })).toThrow(ScaffoldError);
  });
});

describe('npm run new -- training', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-scaffold-training-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const content = join(dir, 'content');
  cpSync(fixtureContent, content, { recursive: true });
  const run = (name: string) => runNew('training', name, content);

  it('writes the skeleton once, under the id the title gives, and refuses the second time', () => {
    expect(run(title)).toContain('pipeline-hygiene-reboot.md (draft: true)');
    const written = readFileSync(join(content, 'trainings/pipeline-hygiene-reboot.md'), 'utf8');
    expect(written).toContain('minutes: 60');
    expect(() => run(title)).toThrow(/already exists: edit it, or choose another id with --slug/);
  }, 30_000);

  it("refuses a training that would take a guide's id", () => {
    writeFileSync(join(content, 'guides/pipeline-review.mdx'), 'kept');
    expect(() => run('Pipeline Review')).toThrow(/guides\/pipeline-review\.mdx already exists/);
    expect(readFileSync(join(content, 'guides/pipeline-review.mdx'), 'utf8')).toBe('kept');
  }, 30_000);
});
