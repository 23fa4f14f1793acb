/**
 * The skeleton `npm run new -- training "…"` writes: a sixty-minute plan whose agenda
 * already adds up and already passes the quality checklist's timing rules (five blocks,
 * none over its longest, talk well under its share), with a TODO in every sentence the
 * editor must write, so it previews at once as a draft and cannot be published unfinished.
 */
import { trainingLimits } from './quality/training-checklist';
import {
  draftFields,
  formatDay,
  pickDefaultKpis,
  quote,
  renderFaq,
  renderFrontmatterEnd,
  renderSources,
  ScaffoldError,
  wrapComment,
  type RegistryKpi,
} from './scaffold';

/** The blocks of the skeleton's hour; their minutes add up to `skeletonMinutes`. */
export const skeletonAgenda = [
  { minutes: 8, kind: 'talk', title: 'opening: why this number, why now', produces: 'a shared figure on the board' },
  { minutes: 15, kind: 'exercise', title: 'the exercise', produces: 'a worked answer per participant' },
  { minutes: 12, kind: 'discussion', title: 'what the exercise showed', produces: 'a written list the team agrees' },
  { minutes: 15, kind: 'role-play', title: 'the role-play', produces: 'one tested line per seller' },
  { minutes: 10, kind: 'review', title: 'commitments', produces: 'one written commitment per seller' },
] as const;

export const skeletonMinutes = 60;

export function renderTrainingSkeleton(input: {
  title: string;
  today: Date;
  registry: readonly RegistryKpi[];
  /** Tool ids an exercise may name under `tool`, listed in a comment. */
  tools?: readonly string[];
}): string {
  const [kpi] = pickDefaultKpis(input.registry, 1);
  if (!kpi)
    throw new ScaffoldError('the registry holds no KPI; a training must name one. Add KPIs to content/kpis/ first.');
  const others = input.registry.filter((other) => other !== kpi).map((other) => other.id);
  const lines = [
    '---',
    `title: ${quote(input.title)}`,
    ...draftFields('one sentence (50–160 characters): what the hour changes, and for whom.'),
    'audience:',
    `  - ${quote('TODO: who should be in the room, such as "AEs" or "SDRs"')}`,
    `minutes: ${skeletonMinutes}`,
    `published: ${formatDay(input.today)}`,
    'objectives:',
    `  - ${quote('TODO: an outcome you can see before the room empties, such as "every seller states their number".')}`,
    `  - ${quote('TODO: a second outcome you can check.')}`,
    ...wrapComment(
      `kpis: the registry KPIs the meeting moves (${kpi.id} is a start)` +
        (others.length ? `; others in content/kpis/: ${others.join(', ')}.` : '.'),
      '',
    ),
    'kpis:',
    `  - ${kpi.id}`,
    'prework:',
    `  - ${quote('TODO: what participants do or bring before the meeting.')}`,
    ...wrapComment(
      `agenda: the minutes add up to ${skeletonMinutes}. Keep every block to ${trainingLimits.maxSegmentMinutes} minutes ` +
        'or less, and talk to a third of the hour at most (the quality checklist in EDITING.md).',
      '',
    ),
    'agenda:',
    ...skeletonAgenda.flatMap((segment) => [
      `  - title: ${quote(`TODO: ${segment.title}`)}`,
      `    minutes: ${segment.minutes}`,
      `    kind: ${segment.kind}`,
      `    facilitator: ${quote('TODO: what the facilitator does and says.')}`,
      `    produces: ${quote(`TODO: what participants have at the end, such as ${segment.produces}.`)}`,
    ]),
    'exercises:',
    `  - title: ${quote('TODO: the exercise as you announce it')}`,
    `    prompt: ${quote('TODO: what participants are told to do, with every number they need.')}`,
    `    debrief: ${quote('TODO: the question you ask when time is up?')}`,
    ...wrapComment(`tool: the calculator the exercise uses, if any${hint(input.tools)}`, '    '),
    `  - title: ${quote('TODO: the role-play as you announce it')}`,
    `    prompt: ${quote('TODO: the situation, and what each role is told.')}`,
    '    roles:',
    ...['seller', 'buyer', 'observer'].map((role) => `      - ${quote(`TODO: ${role}`)}`),
    `    debrief: ${quote('TODO: the question you ask the observer first?')}`,
    'facilitatorNotes:',
    `  - ${quote('TODO: a pitfall, and what to do when the room goes quiet.')}`,
    'followUp:',
    `  kpi: ${kpi.id}`,
    `  when: ${quote('TODO: when and how often to look, such as "weekly for four weeks".')}`,
    `  review: ${quote('TODO: what the manager looks at or asks at each check-in.')}`,
    ...renderFaq('a facilitator asks'),
    ...renderSources(input.today),
    ...renderFrontmatterEnd(input.tools),
    '## Before the meeting',
    '',
    `TODO: what the facilitator prepares, with links such as [${kpi.name.toLowerCase()}](/kpis/${kpi.id}/).`,
    '',
    '## Running the room',
    '',
    'TODO: how the hour goes, block by block, and where it goes wrong.',
    '',
    '## After the meeting',
    '',
    'TODO: what to watch, and when.',
    '',
  ];
  return lines.join('\n');
}

const hint = (tools: readonly string[] = []) => (tools.length ? `: ${tools.join(', ')}.` : '.');
