/**
 * A training plan's twin around its body: the facilitator's sheet in the order the page
 * shows it, with the run-sheet as a table, for pasting into a doc or a chat; the
 * follow-up after the body.
 */
import type { TrainingData } from '../../schemas/training';
import { buildRunSheet } from '../run-sheet';
import { kpiLink, type TwinKpis, type TwinParts } from './parts';

/** A table cell holds one line, and a pipe would end it early. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

export function renderTrainingParts(plan: TrainingData, kpis: TwinKpis): TwinParts {
  const before = [`For: ${plan.audience.join('; ')}. Length: ${plan.minutes} minutes.`];
  const list = (heading: string, items: readonly string[]) => {
    if (items.length) before.push('', `## ${heading}`, '', ...items.map((item) => `- ${item}`));
  };
  list('By the end of the hour', plan.objectives);
  list(
    'KPIs this meeting moves',
    plan.kpis.map((ref) => kpiLink(kpis, ref.id)),
  );
  list('Before the meeting', plan.prework);
  const sheet = buildRunSheet(plan.agenda);
  if (sheet.rows.length) {
    before.push('', '## Run-sheet', '', `Ends at ${sheet.end}.`, '');
    before.push(
      '| Start | Min | Kind | Segment | Facilitator | Participants produce |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const row of sheet.rows) {
      before.push(
        `| ${row.start} | ${row.minutes} | ${row.kind} | ${cell(row.title)} | ${cell(row.facilitator)} | ${cell(row.produces)} |`,
      );
    }
  }
  if (plan.exercises.length) {
    before.push('', '## Exercises and role-plays');
    for (const exercise of plan.exercises) {
      before.push('', `### ${exercise.title}`, '', exercise.prompt);
      if (exercise.roles?.length) before.push('', `Roles: ${exercise.roles.join('; ')}.`);
      before.push('', `Debrief: ${exercise.debrief}`);
    }
  }
  list('Facilitator notes', plan.facilitatorNotes);
  const after: string[] = [];
  if (plan.followUp) {
    const { kpi, when, review } = plan.followUp;
    after.push('## Follow-up', '', `- KPI to watch: ${kpiLink(kpis, kpi.id)}`, `- When: ${when}`);
    if (review) after.push(`- At each check-in: ${review}`);
  }
  return { before, after };
}
