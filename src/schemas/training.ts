import { z } from 'astro/zod';
import { articleFields, checkArticle, titleText } from './article';
import { kpiRef, kpiRefList, type SchemaContext } from './context';
import { toolIdSchema } from './tool';

export const segmentKinds = ['talk', 'discussion', 'exercise', 'role-play', 'review'] as const;

const text = () => z.string().trim().min(1);

/**
 * One timed block of the meeting. Minutes are checked here rather than with `.int().positive()`
 * so that the message can name the segment: an agenda of eight blocks is read by title.
 */
const segmentSchema = z
  .object({
    title: text().describe('What the block is called on the whiteboard: "Pipeline math, live".'),
    minutes: z.number().describe('How long the block runs, in whole minutes.'),
    kind: z
      .enum(segmentKinds)
      .describe('talk, discussion, exercise, role-play or review: how the room spends the time.'),
    facilitator: text().describe('What the facilitator does and says during the block.'),
    produces: text().describe('What the participants have at the end of it: "a list of ten named target accounts".'),
  })
  .superRefine((segment, issue) => {
    if (Number.isInteger(segment.minutes) && segment.minutes > 0) return;
    issue.addIssue({
      code: 'custom',
      path: ['minutes'],
      message: `agenda segment "${segment.title}" has ${segment.minutes} minutes: give it a positive whole number of minutes, or cut it.`,
    });
  });

const exerciseSchema = (ctx: SchemaContext) =>
  z.object({
    title: text().describe('The exercise or role-play as the facilitator announces it.'),
    prompt: text().describe(
      'What participants are told to do, with every number they need (calculator inputs included).',
    ),
    roles: z
      .array(text())
      .optional()
      .describe('For a role-play, who plays whom: "seller", "skeptical CFO", "observer".'),
    debrief: text().describe('The question the facilitator asks when time is up.'),
    tool: toolIdSchema(ctx)
      .optional()
      .describe('The Pulse calculator the exercise uses, if any; its inputs are given in the prompt.'),
  });

/** Frontmatter of a 60-minute team-meeting plan (`content/trainings/<id>.md`). */
export function trainingSchema(ctx: SchemaContext) {
  return z
    .object({
      title: titleText().describe(
        'The meeting as the team will see it in the calendar: "The Net New Logo Reboot — 60-Min Training".',
      ),
      ...articleFields(ctx),
      audience: z
        .array(text())
        .min(1, 'audience is empty: say who should be in the room ("AEs", "SDRs", "first-time sellers").')
        .describe('Who the meeting is for: "first-time sellers", "AEs", "SDRs", "managers".'),
      minutes: z
        .number()
        .int('minutes must be a whole number.')
        .positive('minutes must be above zero.')
        .default(60)
        .describe('Length of the meeting in minutes; the agenda must add up to it.'),
      objectives: z
        .array(text())
        .max(5, 'objectives lists more than five outcomes: keep the two to five the facilitator will check.')
        .default([])
        .describe('Two to five outcomes the facilitator can check before the room empties.'),
      kpis: kpiRefList(ctx)
        .min(1, 'kpis is empty: name the registry KPIs this meeting is meant to move.')
        .describe('Registry ids of the KPIs the meeting moves.'),
      prework: z.array(text()).default([]).describe('What participants do or bring before the meeting.'),
      agenda: z
        .array(segmentSchema)
        .default([])
        .describe('The timed segments, in order; their minutes add up to `minutes`.'),
      exercises: z
        .array(exerciseSchema(ctx))
        .default([])
        .describe('The exercises and role-plays the agenda runs, with their prompts.'),
      facilitatorNotes: z
        .array(text())
        .default([])
        .describe('Advice for whoever runs the room: pitfalls, timing, what to do when it goes quiet.'),
      followUp: z
        .object({
          kpi: kpiRef(ctx).describe('Registry id of the KPI to watch after the meeting.'),
          when: text().describe('When and how often to look at it: "weekly for four weeks".'),
          review: text().optional().describe('What the manager looks at or asks at each check-in.'),
        })
        .optional()
        .describe('How the manager checks that the meeting moved the number.'),
    })
    .superRefine((training, issue) => {
      checkArticle(training, issue);
      checkAgendaLength(training, issue);
    });
}

/** The plan must fit the slot it is booked for; an empty agenda is the sections rule's to report. */
function checkAgendaLength(
  training: { minutes: number; agenda: readonly { minutes: unknown }[] },
  issue: z.RefinementCtx,
): void {
  const minutes = training.agenda.map((segment) => segment.minutes);
  // Until every segment has a valid length, a total would only restate that segment's error.
  if (!minutes.length || !minutes.every((value) => Number.isInteger(value) && (value as number) > 0)) return;
  const total = (minutes as number[]).reduce((sum, value) => sum + value, 0);
  if (total === training.minutes) return;
  const gap = Math.abs(total - training.minutes);
  issue.addIssue({
    code: 'custom',
    path: ['agenda'],
    message:
      total < training.minutes
        ? `agenda adds up to ${total} minutes, ${gap} short of minutes: ${training.minutes}: lengthen or add a segment, or change minutes.`
        : `agenda adds up to ${total} minutes, ${gap} over minutes: ${training.minutes}: shorten or cut a segment, or change minutes.`,
  });
}

export type TrainingData = z.infer<ReturnType<typeof trainingSchema>>;
