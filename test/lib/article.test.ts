import { describe, expect, it } from 'vitest';
import { describeArticle, getReadingStats } from '~/lib/article';
import { guideSchema } from '~/schemas/guide';
import { industrySchema } from '~/schemas/industry';
import { trainingSchema } from '~/schemas/training';
import { context, fixtures, readData } from '../schemas/helpers';

const load = (path: string) => readData(`${fixtures}content/${path}`);
const guide = guideSchema(context).parse(load('guides/sample-guide.mdx'));
const industry = industrySchema(context).parse(load('industries/sample-industry.md'));
const training = trainingSchema(context).parse(load('trainings/sample-training.md'));

describe('describeArticle', () => {
  it('reads a guide: quick answer first, then steps and FAQ', () => {
    const model = describeArticle({ collection: 'guides', id: 'sample-guide', data: guide });
    expect(model.answer).toEqual({ path: 'quickAnswer', text: 'Track pipeline coverage and win rate.' });
    expect(model.parts.map((part) => part.path)).toEqual([
      'quickAnswer',
      'steps[0].title',
      'steps[0].detail',
      'faq[0].question',
      'faq[0].answer',
    ]);
    expect(model.actions).toEqual({ field: 'steps', noun: 'step', count: 1 });
    expect(model.url).toBe('/library/sample-guide/');
    expect(model.typeLabel).toBe('Guide');
  });

  it('reads an industry page: summary, segments, one benchmark per KPI, with their field paths', () => {
    const model = describeArticle({ collection: 'industries', id: 'sample-industry', data: industry });
    expect(model.answer.path).toBe('summary');
    expect(model.parts.map((part) => part.path)).toContain('kpis[1].benchmark.text');
    expect(model.parts.map((part) => part.path)).toContain('segments[1]');
    expect(model.kpiIds).toEqual(['pipeline-coverage', 'gross-revenue-churn', 'win-rate']);
    expect(model.bases).toHaveLength(3);
    expect(model.markdownUrl).toBe('/industries/sample-industry.md');
  });

  it('reads a training: the description as its answer, then objectives, agenda, exercises, notes, follow-up, FAQ', () => {
    const model = describeArticle({ collection: 'trainings', id: 'sample-training', data: training });
    expect(model.answer).toEqual({
      path: 'description',
      text: 'A sample training used by the schema tests to check that a valid plan passes.',
    });
    const paths = model.parts.map((part) => part.path);
    expect(paths.slice(0, 4)).toEqual(['description', 'objectives[0]', 'objectives[1]', 'prework[0]']);
    expect(paths).toEqual(
      expect.arrayContaining([
        'agenda[0].title',
        'agenda[0].facilitator',
        'agenda[3].produces',
        'exercises[1].prompt',
        'exercises[1].debrief',
        'facilitatorNotes[0]',
        'followUp.when',
        'faq[0].answer',
      ]),
    );
    // Page order: the agenda comes before the exercises it runs, and the FAQ last.
    expect(paths.indexOf('agenda[3].produces')).toBeLessThan(paths.indexOf('exercises[0].title'));
    expect(paths.at(-1)).toBe('faq[0].answer');
    expect(model.parts.find((part) => part.path === 'agenda[2].facilitator')?.text).toBe('Plays the buyer.');
    expect(model.actions).toEqual({ field: 'agenda', noun: 'agenda segment', count: 4 });
    expect(model.kpiIds).toEqual(['pipeline-coverage', 'win-rate']);
    expect(model.related).toEqual([{ collection: 'guides', id: 'sample-guide' }]);
    expect(model.url).toBe('/training/sample-training/');
    expect(model.markdownUrl).toBe('/training/sample-training.md');
    expect(model.typeLabel).toBe('Training');
    expect(model.industry).toBeUndefined();
  });

  it('counts a training by everything it shows, not only its body', () => {
    const model = describeArticle({ collection: 'trainings', id: 'sample-training', data: training });
    const stats = getReadingStats(model, { words: 2 });
    expect(stats.words).toBeGreaterThan(60);
  });
});
