import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '~/lib/article';
import { analyzeMarkdown } from '~/lib/markdown/analyze';
import { renderTwin } from '~/lib/twin/article';

const site = new URL('https://pulse.example.org/');
const plan = {
  title: 'The Coverage Reboot — 60-Min Training',
  description: 'An hour on pipeline coverage.',
  published: new Date('2026-12-06'),
  faq: [],
  sources: [],
  audience: ['AEs', 'managers'],
  minutes: 30,
  objectives: ['Every AE states their coverage.'],
  kpis: [{ collection: 'kpis', id: 'pipeline-coverage' }],
  prework: ['Export open deals.'],
  agenda: [
    { title: 'Why coverage', minutes: 10, kind: 'talk', facilitator: 'Explains A | B.', produces: 'Notes.' },
    { title: 'Drill', minutes: 20, kind: 'exercise', facilitator: 'Times it.', produces: 'One figure each.' },
  ],
  exercises: [{ title: 'Drill', prompt: 'Work out coverage.', roles: ['seller', 'buyer'], debrief: 'Who was short?' }],
  facilitatorNotes: ['Keep to the clock.'],
  followUp: { kpi: { collection: 'kpis', id: 'pipeline-coverage' }, when: 'weekly' },
  tags: [],
  related: [],
  tools: [],
  draft: false,
};
const kpis = new Map([['pipeline-coverage', { name: 'Pipeline coverage', direction: 'higher-is-better' as const }]]);
const body = 'See [win rate](/kpis/win-rate/).';

describe('renderTwin: a training plan', () => {
  const text = renderTwin({
    entry: { collection: 'trainings', id: 'coverage', data: plan } as unknown as ArticleEntry,
    body: { source: body, spans: analyzeMarkdown(body, 'markdown').spans },
    kpis,
    site,
  });

  it('writes the run-sheet as a table with start offsets, escaping pipes in cells', () => {
    expect(text).toContain('## Run-sheet\n\nEnds at 0:30.\n');
    expect(text).toContain('| 0:00 | 10 | talk | Why coverage | Explains A \\| B. | Notes. |');
    expect(text).toContain('| 0:10 | 20 | exercise | Drill | Times it. | One figure each. |');
  });

  it('keeps the page order and makes every site link absolute', () => {
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# The Coverage Reboot — 60-Min Training',
      '## By the end of the hour',
      '## KPIs this meeting moves',
      '## Before the meeting',
      '## Run-sheet',
      '## Exercises and role-plays',
      '### Drill',
      '## Facilitator notes',
      '## Follow-up',
    ]);
    expect(text).toContain('For: AEs; managers. Length: 30 minutes.');
    expect(text).toContain('Roles: seller; buyer.');
    expect(text).toContain('- KPI to watch: [Pipeline coverage](https://pulse.example.org/kpis/pipeline-coverage/)');
    expect(text).toContain('See [win rate](https://pulse.example.org/kpis/win-rate/).');
  });
});
