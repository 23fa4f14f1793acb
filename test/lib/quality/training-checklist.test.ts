import { describe, expect, it } from 'vitest';
import { analyzeMarkdown } from '../../../src/lib/markdown/analyze';
import { scoreQuality, trainingChecklist, type QualityEntry } from '../../../src/lib/quality';
import { trainingSchema, type TrainingData } from '../../../src/schemas/training';
import { failingChecks, fixtureLibrary, itPublishesTenChecks, now } from './checklist';

const { context, site } = fixtureLibrary({
  kpis: ['pipeline-coverage', 'win-rate'],
  guides: ['g'],
  industries: ['i'],
  tools: ['pipeline-coverage'],
});

const segment = (title: string, minutes: number, kind: string, produces: string) => ({
  title,
  minutes,
  kind,
  facilitator: 'Runs the block.',
  produces,
});

/** A plan that earns every point; each case below breaks one thing in it. */
const fullTraining = {
  title: 'The Coverage Reboot — 60-Min Training',
  description: 'A one-hour team meeting on weighted pipeline coverage, with a calculator drill and a deal role-play.',
  audience: ['AEs'],
  published: '2026-03-01',
  objectives: [
    'Every AE states their own weighted coverage for the quarter.',
    'Every AE names two deals to advance or close out this week.',
  ],
  kpis: ['pipeline-coverage', 'win-rate'],
  agenda: [
    segment('Why coverage', 10, 'talk', 'A written formula for weighted coverage.'),
    segment('Coverage drill', 20, 'exercise', 'One weighted coverage figure per AE.'),
    segment('Deal calls', 20, 'role-play', 'Two agreed next steps per AE.'),
    segment('Commitments', 10, 'review', 'A signed list of weekly commitments.'),
  ],
  exercises: [
    {
      title: 'Coverage drill',
      prompt: 'Type a target of 250000 and stage amounts of 1200000 at 10 and 600000 at 30 into the calculator.',
      debrief: 'Which stage holds the most weighted value?',
      tool: 'pipeline-coverage',
    },
    {
      title: 'Deal calls',
      prompt: 'Ask the buyer for a date to decide.',
      roles: ['seller', 'buyer'],
      debrief: 'What did the buyer agree to?',
    },
  ],
  followUp: { kpi: 'pipeline-coverage', when: 'weekly for four weeks', review: 'Weighted coverage per AE.' },
  sources: [
    { title: 'A report', publisher: 'P', url: 'https://www.bls.gov/a', accessed: '2026-01-01' },
    { title: 'A study', publisher: 'P', url: 'https://www.census.gov/b', accessed: '2026-01-01' },
  ],
  related: ['guides/g'],
};
const fullBody =
  '## Running it\n\nRead [coverage](/kpis/pipeline-coverage/) against [the BLS](https://www.bls.gov/a) and [the Census](https://www.census.gov/b).';

/** Through the schema, so the fixture is a training the build would accept. */
function training(overrides: Record<string, unknown> = {}, body = fullBody): QualityEntry {
  const data = trainingSchema(context).parse({ ...fullTraining, ...overrides });
  return { entry: { collection: 'trainings', id: 't', data }, body: analyzeMarkdown(body, 'markdown') };
}

/** Around the schema, for the cases the build already refuses but the checklist must still state. */
function unchecked(change: (data: TrainingData) => TrainingData): QualityEntry {
  const { entry, body } = training();
  return { entry: { ...entry, collection: 'trainings', data: change(entry.data as TrainingData) }, body };
}

const failing = (entry: QualityEntry) => failingChecks(entry, site);

const agenda = fullTraining.agenda;

describe('training quality checklist', () => {
  itPublishesTenChecks(trainingChecklist);

  it('certifies a complete plan 10/10', () => {
    expect(failing(training())).toEqual({});
    expect(scoreQuality(training(), { now, site })).toMatchObject({ score: 10, total: 10 });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['objectives', { objectives: ['Every AE states their coverage.'] }, '', '1 objective; give at least 2'],
    [
      'objectives',
      { objectives: ['Every AE states their coverage.', 'AEs understand why weighting matters.'] },
      '',
      'objective 2 rests on "understand": say what participants do or produce instead',
    ],
    [
      'objectives',
      { objectives: ['Sellers learn the formula.', 'Sellers know their number.'] },
      '',
      'objective 1 rests on "learn"; objective 2 rests on "know": say what participants do or produce instead',
    ],
    [
      'agenda',
      { agenda: [segment('Talk', 30, 'talk', 'A page of notes each.'), segment('Drill', 30, 'exercise', 'x y z w')] },
      '',
      '2 agenda segments; plan at least 3',
    ],
    [
      'agenda',
      {
        agenda: [agenda[0], { ...agenda[1], minutes: 15 }, { ...agenda[2], minutes: 25 }, agenda[3]],
      },
      '',
      '"Deal calls" runs 25 minutes: split it at 20',
    ],
    [
      'agenda',
      {
        agenda: [
          { ...agenda[0], minutes: 15 },
          { ...agenda[1], minutes: 15 },
          agenda[2],
          { ...agenda[3], kind: 'talk' },
        ],
      },
      '',
      'talk takes 25 of 60 minutes; give it at most 20',
    ],
    [
      'produces',
      { agenda: [{ ...agenda[0], produces: 'Notes.' }, ...agenda.slice(1)] },
      '',
      '"Why coverage" produces only "Notes.": name what participants hold at the end',
    ],
    [
      'produces',
      { agenda: [{ ...agenda[0], produces: 'A shared understanding of weighting.' }, ...agenda.slice(1)] },
      '',
      '"Why coverage" produces "understanding", a state of mind: name what participants hold at the end',
    ],
    [
      'produces',
      { agenda: [...agenda.slice(0, 3), { ...agenda[3], produces: agenda[2]!.produces }] },
      '',
      '"Commitments" produces the same as "Deal calls": name what participants hold at the end',
    ],
    [
      'exercises',
      { agenda: agenda.map((s) => ({ ...s, kind: s.kind === 'talk' ? 'talk' : 'discussion' })) },
      '',
      'no exercise or role-play segment in the agenda',
    ],
    ['exercises', { exercises: [] }, '', 'no exercise written out; give its prompt and debrief'],
    [
      'exercises',
      { exercises: [{ ...fullTraining.exercises[0], debrief: 'Discuss the stages.' }, fullTraining.exercises[1]] },
      '',
      'the debrief of "Coverage drill" does not end in "?"',
    ],
    [
      'exercises',
      { exercises: [fullTraining.exercises[0], { ...fullTraining.exercises[1], roles: ['seller'] }] },
      '',
      '"Deal calls" lists one role; a role-play needs two',
    ],
    [
      'exercises',
      { exercises: [fullTraining.exercises[0], { ...fullTraining.exercises[1], roles: undefined }] },
      '',
      'the agenda runs a role-play but no exercise lists its roles',
    ],
    [
      'exercises',
      { exercises: [{ ...fullTraining.exercises[0], prompt: 'Type your own numbers.' }, fullTraining.exercises[1]] },
      '',
      '"Coverage drill" uses pipeline-coverage but its prompt gives no figures',
    ],
    ['follow-up', { followUp: undefined }, '', 'no followUp; name the KPI to watch and when'],
    [
      'follow-up',
      { kpis: ['win-rate'], followUp: { ...fullTraining.followUp, kpi: 'pipeline-coverage' } },
      '',
      'follow-up watches pipeline-coverage, which is not in kpis',
    ],
    [
      'follow-up',
      { followUp: { ...fullTraining.followUp, when: 'after the meeting' } },
      '',
      'follow-up when ("after the meeting") names no date or interval',
    ],
    [
      'follow-up',
      { followUp: { kpi: 'pipeline-coverage', when: 'every Monday' } },
      '',
      'follow-up has no review: say what the manager looks at each time',
    ],
    ['kpi-links', {}, `${fullBody} See [x](/kpis/nope/).`, 'unresolved: /kpis/nope/'],
    ['related', { related: [] }, '', 'no related entry; pick at least one'],
    ['sources', { sources: fullTraining.sources.slice(0, 1) }, '', '1 source cited; cite at least 2'],
    ['dates', { published: '2025-01-01' }, '', 'last reviewed 17 months ago; review it and set updated'],
    ['finished', { draft: true, prework: ['TODO: what to bring'] }, '', '1 TODO marker left'],
  ])('%s fails for %j', (id, overrides, body, missing) => {
    expect(failing(training(overrides, body || undefined))).toEqual({ [id]: missing });
  });

  it('states what the schema already refuses: an agenda that does not add up, an unknown calculator', () => {
    const short = unchecked((data) => ({ ...data, agenda: data.agenda.slice(0, 3) }));
    expect(failing(short)).toEqual({ agenda: 'agenda adds up to 50 of 60 minutes' });
    const unknownTool = unchecked((data) => ({
      ...data,
      exercises: data.exercises.map((e, i) => (i === 0 ? { ...e, tool: 'abacus' } : e)),
    }));
    expect(failing(unknownTool)).toEqual({ exercises: '"Coverage drill" uses "abacus", which is not a calculator' });
  });

  it('reads a date or a weekday as a follow-up time, not only an interval', () => {
    for (const when of ['on 2026-07-01', 'next Friday, then monthly', 'at the end of the quarter'])
      expect(failing(training({ followUp: { ...fullTraining.followUp, when } }))).toEqual({});
  });
});
