/**
 * Skeletons for new pages: every section present, every sentence an editor must
 * write marked TODO, and still valid against the schema as a draft, so the page
 * previews in `npm run dev` at once and cannot be published until it is finished.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Category, Direction } from '../schemas/kpi';
import { categories } from '../schemas/kpi';
import type { Unit } from '../schemas/units';

export { slugifyName, slugifyQuestion, slugifyTraining } from './scaffold-slug';

export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaffoldError';
  }
}

export interface RegistryKpi {
  id: string;
  name: string;
  unit: Unit;
  direction: Direction;
  category: Category;
}

/** KPIs nearly every B2B industry page discusses; the rest of the nine come from other categories. */
export const generalKpiIds = [
  'pipeline-coverage',
  'win-rate',
  'sales-cycle-length',
  'average-deal-size',
  'net-revenue-retention',
  'gross-revenue-churn',
  'cac-payback-period',
  'time-to-first-value',
  'quota-attainment',
];

/** Up to `count` KPIs: the general ones the registry has, topped up round-robin across categories. */
export function pickDefaultKpis(registry: readonly RegistryKpi[], count = 9): RegistryKpi[] {
  const byId = new Map(registry.map((kpi) => [kpi.id, kpi]));
  const picked = generalKpiIds.flatMap((id) => byId.get(id) ?? []).slice(0, count);
  const queues = categories.map((category) =>
    registry
      .filter((kpi) => kpi.category === category && !picked.includes(kpi))
      .sort((a, b) => a.id.localeCompare(b.id)),
  );
  while (picked.length < count && queues.some((queue) => queue.length)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < count) picked.push(next);
    }
  }
  return picked;
}

/** Today as YYYY-MM-DD in the editor's own time zone. */
export function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A YAML double-quoted string; JSON's escaping is valid YAML. */
export const quote = (text: string) => JSON.stringify(text);

/** The fields every skeleton opens with after its name: a description still to write, no tags, and draft. */
export function draftFields(descriptionTodo: string): string[] {
  return [`description: ${quote(`TODO: ${descriptionTodo}`)}`, 'tags: []', 'draft: true'];
}

/** Wraps a long comment over several `# ` lines at the given indent. */
export function wrapComment(text: string, indent: string, width = 92): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + 2 + line.length + 1 + word.length > width) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${indent}# ${line}`);
  return lines;
}

function renderFigure(kpi: RegistryKpi): string[] {
  if (kpi.direction === 'higher-is-better') return ['      min: 0'];
  if (kpi.direction === 'lower-is-better') return ['      max: 0'];
  return ['      min: 0', '      max: 0'];
}

export function renderIndustrySkeleton(input: {
  industry: string;
  today: Date;
  registry: readonly RegistryKpi[];
  /** Tool ids an editor may list under `tools`, named in a comment. */
  tools?: readonly string[];
}): string {
  const { industry, registry } = input;
  const kpis = pickDefaultKpis(registry);
  if (kpis.length < 3) {
    throw new ScaffoldError(
      `the registry holds ${registry.length} KPIs; an industry page needs at least 3. Add KPIs to content/kpis/ first.`,
    );
  }
  const others = registry.filter((kpi) => !kpis.includes(kpi)).map((kpi) => kpi.id);
  const lines = [
    '---',
    `industry: ${quote(industry)}`,
    `# title: defaults to "What are the key sales KPIs for ${industry}?"; set it only to ask another question.`,
    ...draftFields(`one sentence (50–160 characters) on the sales KPIs that matter in ${industry}.`),
    `published: ${formatDay(input.today)}`,
    'segments:',
    `  - ${quote('TODO: a buyer segment, such as "property managers"')}`,
    `summary: ${quote(`TODO: two or three sentences naming the KPIs that matter most in ${industry}, and why.`)}`,
    'kpis:',
    ...wrapComment(
      `${kpis.length} KPIs to start from. Drop those that do not fit ${industry} and add others from content/kpis/` +
        (others.length ? `: ${others.join(', ')}.` : '.'),
      '  ',
    ),
    ...kpis.flatMap((kpi) => [
      `  - kpi: ${kpi.id} # ${kpi.name}, in ${kpi.unit}, ${kpi.direction}`,
      `    measures: ${quote(`TODO: what ${kpi.name.toLowerCase()} measures in ${industry}.`)}`,
      `    why: ${quote(`TODO: why ${kpi.name.toLowerCase()} matters in ${industry}.`)}`,
      '    benchmark:',
      `      text: ${quote('TODO: the target in words; set the figures below to match')}`,
      ...renderFigure(kpi),
      `      unit: ${kpi.unit}`,
      '      # period: quarter (optional: the window the figure applies to)',
      '      basis:',
      '        # source: <id of an entry in sources> with supports: <what it says>, for a source you read;',
      `        editorial: ${quote('TODO: or say in one sentence how the range was judged.')}`,
    ]),
    'checklist:',
    ...[1, 2, 3].map((n) => `  - ${quote(`TODO: CRM tracking step ${n}`)}`),
    ...renderFaq(`a buyer in ${industry} asks`),
    ...renderSources(input.today),
    ...renderFrontmatterEnd(input.tools),
  ];
  return lines.join('\n');
}

/** How every skeleton's frontmatter ends: no related entries yet, the tools it may offer, the closing fence. */
export function renderFrontmatterEnd(tools: readonly string[] = []): string[] {
  const hint = tools.length ? `: ${tools.join(', ')}.` : '.';
  return [
    'related: []',
    ...wrapComment(`tools: calculators to offer as "Apply this in Pulse" cards${hint}`, ''),
    'tools: []',
    '---',
    '',
  ];
}

/** Three FAQ entries to fill in, each question naming who asks it. */
export function renderFaq(asker: string): string[] {
  return [
    'faq:',
    ...[1, 2, 3].flatMap((n) => [
      `  - question: ${quote(`TODO: question ${n} ${asker}?`)}`,
      `    answer: ${quote('TODO: a direct answer.')}`,
    ]),
  ];
}

/** One source to fill in, dated today. */
export function renderSources(today: Date): string[] {
  return [
    'sources:',
    `  - title: ${quote('TODO: title of the cited page or report')}`,
    `    publisher: ${quote('TODO: who published it')}`,
    '    url: https://example.org/TODO-the-source-address',
    `    accessed: ${formatDay(today)}`,
  ];
}

export function renderGuideSkeleton(input: {
  title: string;
  today: Date;
  registry: readonly RegistryKpi[];
  /** Tool ids an editor may list under `tools`, named in a comment. */
  tools?: readonly string[];
}): string {
  const ids = input.registry.map((kpi) => kpi.id);
  const example = input.registry[0];
  const linkHint = example
    ? ` Link each KPI to its page, as in [${example.name.toLowerCase()}](/kpis/${example.id}/).`
    : '';
  const lines = [
    '---',
    `title: ${quote(input.title)}`,
    ...draftFields('one sentence (50–160 characters) for search results and link previews.'),
    `published: ${formatDay(input.today)}`,
    `quickAnswer: ${quote('TODO: two or three sentences (80 words at most) that answer the title on their own.')}`,
    `directAnswer: ${quote('TODO: one paragraph with the longer answer, or delete this field.')}`,
    'steps:',
    ...[1, 2, 3].flatMap((n) => [
      `  - title: ${quote(`TODO: step ${n}, as an instruction`)}`,
      `    detail: ${quote('TODO: one or two sentences on how to do it.')}`,
    ]),
    ...renderFaq('a reader asks'),
    ...renderSources(input.today),
    'searchTerms: []',
    ...wrapComment(`kpis: registry ids the guide discusses, from content/kpis/: ${ids.join(', ')}.`, ''),
    'kpis: []',
    ...renderFrontmatterEnd(input.tools),
    '## TODO: first section heading',
    '',
    `TODO: explain the answer.${linkHint}`,
    '',
  ];
  return lines.join('\n');
}

/** Writes a new page, refusing to replace any existing file with the same id. */
export function writeNewPage(path: string, text: string, siblings: readonly string[] = []): void {
  const existing = [path, ...siblings].find((file) => existsSync(file));
  if (existing) {
    throw new ScaffoldError(`${existing} already exists: edit it, or choose another id with --slug.`);
  }
  // The first page of a kind may be the one that creates its folder.
  mkdirSync(dirname(path), { recursive: true });
  // `wx` fails if the file appeared since the check, so a page is never overwritten.
  writeFileSync(path, text, { flag: 'wx' });
}
