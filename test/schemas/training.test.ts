import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '~/lib/lint/corpus';
import { formatProblem } from '~/lib/lint/problem';
import { indexCorpus, lintCorpus } from '~/lib/lint/run';
import { explainBrokenLink } from '~/lib/site-index';
import { knownToolIds } from '~/lib/lint/tool-ids';
import { trainingChecklist } from '~/lib/quality';
import { trainingSchema } from '~/schemas/training';
import { context, describeIssues, fixtures, readData } from './helpers';

const schema = trainingSchema(context);
const valid = () => readData(`${fixtures}content/trainings/sample-training.md`) as Record<string, unknown>;

describe('training schema', () => {
  it('passes the valid fixture and applies its defaults', () => {
    const result = schema.safeParse(valid());
    expect(describeIssues(result)).toEqual([]);
    const training = schema.parse(valid());
    expect(training.minutes).toBe(60);
    expect(training.kpis).toEqual([
      { collection: 'kpis', id: 'pipeline-coverage' },
      { collection: 'kpis', id: 'win-rate' },
    ]);
    expect(training.followUp?.kpi).toEqual({ collection: 'kpis', id: 'pipeline-coverage' });
    expect(training.exercises[0]?.tool).toBe('pipeline-coverage');
  });

  // Each broken fixture and the exact line an editor reads in the build error.
  it.each([
    [
      'training-minutes-short.md',
      ['agenda: agenda adds up to 55 minutes, 5 short of minutes: 60: lengthen or add a segment, or change minutes.'],
    ],
    [
      'training-nonpositive-minutes.md',
      [
        'agenda.0.minutes: agenda segment "Why coverage" has 0 minutes: give it a positive whole number of minutes, or cut it.',
        'agenda.2.minutes: agenda segment "Deal calls" has -5 minutes: give it a positive whole number of minutes, or cut it.',
      ],
    ],
    [
      'training-unknown-kpi.md',
      ['kpis.1: unknown KPI "win-rat": use the file name of an entry in content/kpis/. Did you mean "win-rate"?'],
    ],
  ])('%s', (file, messages) => {
    const result = schema.safeParse(readData(`${fixtures}broken/${file}`));
    expect(result.success).toBe(false);
    expect(describeIssues(result)).toEqual(messages);
  });

  it('says how far over the length an agenda runs', () => {
    const data = valid();
    data['minutes'] = 45;
    expect(describeIssues(schema.safeParse(data))).toEqual([
      'agenda: agenda adds up to 60 minutes, 15 over minutes: 45: shorten or cut a segment, or change minutes.',
    ]);
  });

  it('rejects a fractional segment and an unknown follow-up KPI', () => {
    const data = valid();
    const agenda = data['agenda'] as Record<string, unknown>[];
    agenda[3] = { ...agenda[3], minutes: 4.5 };
    data['followUp'] = { kpi: 'pipeline-coverag', when: 'weekly' };
    expect(describeIssues(schema.safeParse(data))).toEqual([
      'agenda.3.minutes: agenda segment "Commitments" has 4.5 minutes: give it a positive whole number of minutes, or cut it.',
      'followUp.kpi: unknown KPI "pipeline-coverag": use the file name of an entry in content/kpis/. Did you mean "pipeline-coverage"?',
    ]);
  });
});

describe('training lint', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const report = lintCorpus(loadCorpus(`${root}test/fixtures/trainings`, root), {
    today: new Date('2026-12-06T00:00:00Z'),
    tools: knownToolIds,
  });
  const errorsIn = (file: string) =>
    report.problems.filter((p) => p.file.endsWith(file) && p.severity === 'error').map(formatProblem);

  it('requires objectives', () => {
    expect(errorsIn('trainings/no-objectives.md')).toEqual([
      'test/fixtures/trainings/trainings/no-objectives.md:2  objectives  error: required section missing: add two to five objectives, each an outcome the facilitator can check. [sections]',
    ]);
  });

  it('rejects a training with the id of a guide, naming both files', () => {
    expect(errorsIn('trainings/pipeline-review.md')).toEqual([
      'test/fixtures/trainings/trainings/pipeline-review.md:1  (file)  error: test/fixtures/trainings/trainings/pipeline-review.md has the same id as test/fixtures/trainings/guides/pipeline-review.mdx ("pipeline-review"): rename the training\'s file so each article keeps its own id. [ids]',
    ]);
  });

  it('reports the clash once, on the training, and scores each training on the training checklist', () => {
    expect(report.problems.filter((p) => p.rule === 'ids' && p.file.endsWith('.mdx'))).toEqual([]);
    const scored = new Map(report.quality.map((q) => [q.file.replace('test/fixtures/trainings/', ''), q.result]));
    expect([...scored.keys()]).toEqual([
      'guides/pipeline-review.mdx',
      'trainings/no-objectives.md',
      'trainings/pipeline-review.md',
    ]);
    expect(scored.get('trainings/pipeline-review.md')?.checks.map((check) => check.id)).toEqual(
      trainingChecklist.map((check) => check.id),
    );
    expect(scored.get('trainings/no-objectives.md')?.checks.find((check) => check.id === 'objectives')?.missing).toBe(
      '0 objectives; give at least 2',
    );
    expect(report.unscored).toEqual([]);
  });
});

describe('training addresses in the lint', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const site = indexCorpus(loadCorpus(`${root}test/fixtures/trainings`, root), knownToolIds);

  it('resolves /training/<id>/ and its Markdown twin for a training that exists', () => {
    expect(explainBrokenLink('/training/pipeline-review/', site)).toBeUndefined();
    expect(explainBrokenLink('/training/pipeline-review.md', site)).toBeUndefined();
    expect(explainBrokenLink('/training/', site)).toBeUndefined();
  });

  it('reports a link to a training that does not exist', () => {
    expect(explainBrokenLink('/training/forecast-reboot/', site)).toBe(
      '"forecast-reboot" is not a published training.',
    );
  });
});
