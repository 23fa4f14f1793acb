/**
 * The headings an article page shows, in page order: the sections its body component builds
 * from frontmatter (a guide's steps, an industry page's KPI cards and scorecard, a training's
 * run-sheet), the Markdown body's own headings, the calculators the body embeds, then the
 * shell's FAQ, sources and "Apply this". The "On this page" list and the jump link near the
 * top read it. The section ids and names are declared here once; the components that render
 * those sections take them from here.
 */
import { calculators, isCalculatorId, mdxNameOf, calculatorIds } from '../calculators/registry';
import type { ArticleEntry } from './article';
import type { OutlineHeading } from './contents';
import type { MarkdownFacts } from './markdown/analyze';

type Section = { readonly slug: string; readonly text: string };

/** Sections the page builds from frontmatter, with the id each heading carries. */
export const articleSections = {
  directAnswer: { slug: 'direct-answer', text: 'Direct answer' },
  steps: { slug: 'steps', text: 'Step by step' },
  kpiList: { slug: 'kpi-list', text: 'KPIs that matter most' },
  /** The scorecard element itself, so a jump lands on its heading and its inputs. */
  scorecard: { slug: 'scorecard', text: 'Score your KPIs' },
  checklist: { slug: 'checklist', text: 'Tracking checklist' },
  objectives: { slug: 'objectives', text: 'By the end of the hour' },
  kpisMoved: { slug: 'kpis-moved', text: 'KPIs this meeting moves' },
  prework: { slug: 'prework', text: 'Before the meeting' },
  runSheet: { slug: 'run-sheet', text: 'Run-sheet' },
  exercises: { slug: 'exercises', text: 'Exercises and role-plays' },
  facilitatorNotes: { slug: 'facilitator-notes', text: 'Facilitator notes' },
  followUp: { slug: 'follow-up', text: 'Follow-up' },
  faq: { slug: 'faq', text: 'Frequently asked questions' },
  sources: { slug: 'sources', text: 'Sources' },
  applyThis: { slug: 'apply-this-title', text: 'Apply this in Pulse' },
} as const satisfies Record<string, Section>;

/** "The 9 KPIs that matter most", the KPI list's heading on an industry page. */
export function kpiListHeading(count: number): string {
  return `The ${count} ${articleSections.kpiList.text}`;
}

/** The id of a calculator's element on a page; `instance` tells two copies of one calculator apart. */
export function calculatorElementId(id: string, instance?: string): string {
  return `calc-${id}${instance ? `-${instance}` : ''}`;
}

const h2 = (section: Section, text = section.text): OutlineHeading => ({ depth: 2, slug: section.slug, text });
const when = <T>(condition: unknown, item: T): T[] => (condition ? [item] : []);

const calculatorByMdxName = new Map(calculatorIds.map((id) => [mdxNameOf(id), id]));

/** The calculators a body embeds, each with the id and heading its element renders. */
function findCalculators(body: Pick<MarkdownFacts, 'components'>) {
  return body.components.flatMap((component) => {
    const id = calculatorByMdxName.get(component.name);
    if (!id || !isCalculatorId(id)) return [];
    const { heading, instance } = component.attributes;
    return [
      {
        line: component.line,
        heading: { depth: 2, slug: calculatorElementId(id, instance), text: heading ?? calculators[id].title },
      },
    ];
  });
}

/**
 * The body's headings with its calculators placed among them. Astro's headings carry the
 * ids and the parsed facts carry the lines; both come from one parse of one file, so they
 * pair by position. Should they ever disagree, the calculators go last rather than wrong.
 */
function mergeCalculators(
  rendered: readonly OutlineHeading[],
  body: Pick<MarkdownFacts, 'headings' | 'components'>,
): OutlineHeading[] {
  const found = findCalculators(body);
  if (found.length === 0) return [...rendered];
  const paired =
    rendered.length === body.headings.length && rendered.every((h, i) => h.depth === body.headings[i]?.depth);
  if (!paired) return [...rendered, ...found.map((calculator) => calculator.heading)];
  const merged: OutlineHeading[] = [];
  let next = 0;
  rendered.forEach((heading, index) => {
    const line = body.headings[index]!.line;
    while (next < found.length && found[next]!.line < line) merged.push(found[next++]!.heading);
    merged.push(heading);
  });
  while (next < found.length) merged.push(found[next++]!.heading);
  return merged;
}

export interface OutlineInput {
  entry: ArticleEntry;
  /** `render(entry).headings`: the Markdown body's headings with their ids. */
  rendered: readonly OutlineHeading[];
  body: Pick<MarkdownFacts, 'headings' | 'components'>;
}

/** Every h2 and h3 of an article page, top to bottom, as the page renders them. */
export function outlineArticle({ entry, rendered, body }: OutlineInput): OutlineHeading[] {
  const { data } = entry;
  const prose = mergeCalculators(rendered, body);
  const s = articleSections;
  let middle: OutlineHeading[];
  switch (entry.collection) {
    case 'guides':
      middle = [
        ...when(entry.data.directAnswer, h2(s.directAnswer)),
        ...when(entry.data.steps.length > 0, h2(s.steps)),
        ...prose,
      ];
      break;
    case 'industries':
      // The introduction (the body) first, then the KPIs it introduces and the scorecard to rate them.
      middle = [
        ...prose,
        h2(s.kpiList, kpiListHeading(entry.data.kpis.length)),
        h2(s.scorecard),
        ...when(entry.data.checklist.length > 0, h2(s.checklist)),
      ];
      break;
    case 'trainings': {
      const d = entry.data;
      middle = [
        ...when(d.objectives.length > 0, h2(s.objectives)),
        h2(s.kpisMoved),
        ...when(d.prework.length > 0, h2(s.prework)),
        h2(s.runSheet),
        ...when(d.exercises.length > 0, h2(s.exercises)),
        ...when(d.facilitatorNotes.length > 0, h2(s.facilitatorNotes)),
        ...prose,
        ...when(d.followUp, h2(s.followUp)),
      ];
      break;
    }
  }
  return [
    ...middle,
    ...when(data.faq.length > 0, h2(s.faq)),
    ...when(data.sources.length > 0, h2(s.sources)),
    ...when(data.tools.length > 0, h2(s.applyThis)),
  ];
}

export interface JumpTarget {
  slug: string;
  /** The link's words: "Score your KPIs", "Fractional CRO cost calculator". */
  text: string;
}

/**
 * Where "apply this" near the top of the page leads: an industry page's scorecard, else the
 * first calculator the body embeds, else the "Apply this" cards when the page lists tools.
 */
export function findJumpTarget({
  entry,
  body,
}: {
  entry: ArticleEntry;
  body: Pick<MarkdownFacts, 'components'>;
}): JumpTarget | undefined {
  if (entry.collection === 'industries') return articleSections.scorecard;
  const [calculator] = findCalculators(body);
  if (calculator) return { slug: calculator.heading.slug, text: calculator.heading.text };
  return entry.data.tools.length > 0 ? articleSections.applyThis : undefined;
}
