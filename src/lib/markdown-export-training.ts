/**
 * A training plan as clean Markdown (/training/<id>.md): the facilitator's sheet in the
 * order the page shows it, with the run-sheet as a table, for pasting into a doc or a chat.
 */
import { absolutizeLinks, renderFooter, renderHeader, stripMdx, type ArticleMeta } from './markdown-export';
import { kpiUrl } from './routes';
import { buildRunSheet } from './run-sheet';

export interface TrainingExport extends ArticleMeta {
  audience: readonly string[];
  minutes: number;
  objectives: readonly string[];
  kpis: readonly { id: string; name: string }[];
  prework: readonly string[];
  agenda: readonly { title: string; minutes: number; kind: string; facilitator: string; produces: string }[];
  exercises: readonly { title: string; prompt: string; roles?: readonly string[] | undefined; debrief: string }[];
  facilitatorNotes: readonly string[];
  followUp?: { kpi: { id: string; name: string }; when: string; review?: string | undefined } | undefined;
}

/** A table cell holds one line, and a pipe would end it early. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

export function renderTrainingMarkdown(plan: TrainingExport, body: string, urls: { page: string; site: URL }): string {
  const lines = [
    ...renderHeader(plan, urls.page),
    '',
    `For: ${plan.audience.join('; ')}. Length: ${plan.minutes} minutes.`,
  ];
  const list = (heading: string, items: readonly string[]) => {
    if (items.length) lines.push('', `## ${heading}`, '', ...items.map((item) => `- ${item}`));
  };
  list('By the end of the hour', plan.objectives);
  list(
    'KPIs this meeting moves',
    plan.kpis.map((kpi) => `[${kpi.name}](${kpiUrl(kpi.id)})`),
  );
  list('Before the meeting', plan.prework);
  const sheet = buildRunSheet(plan.agenda);
  if (sheet.rows.length) {
    lines.push('', '## Run-sheet', '', `Ends at ${sheet.end}.`, '');
    lines.push(
      '| Start | Min | Kind | Segment | Facilitator | Participants produce |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const row of sheet.rows) {
      lines.push(
        `| ${row.start} | ${row.minutes} | ${row.kind} | ${cell(row.title)} | ${cell(row.facilitator)} | ${cell(row.produces)} |`,
      );
    }
  }
  if (plan.exercises.length) {
    lines.push('', '## Exercises and role-plays');
    for (const exercise of plan.exercises) {
      lines.push('', `### ${exercise.title}`, '', exercise.prompt);
      if (exercise.roles?.length) lines.push('', `Roles: ${exercise.roles.join('; ')}.`);
      lines.push('', `Debrief: ${exercise.debrief}`);
    }
  }
  list('Facilitator notes', plan.facilitatorNotes);
  const prose = stripMdx(body);
  if (prose) lines.push('', prose);
  if (plan.followUp) {
    const { kpi, when, review } = plan.followUp;
    lines.push('', '## Follow-up', '', `- KPI to watch: [${kpi.name}](${kpiUrl(kpi.id)})`, `- When: ${when}`);
    if (review) lines.push(`- At each check-in: ${review}`);
  }
  lines.push(...renderFooter(plan));
  return `${absolutizeLinks(lines.join('\n'), urls.site)}\n`;
}
