/**
 * Writes a synthetic library shaped like the real one: mostly industry KPI pages in
 * Markdown, a share of MDX guides, KPIs drawn from the real registry with benchmarks in
 * the registry's units, FAQs, checklists, hand-picked related links, a mermaid funnel on
 * a share of pages and calculator `tools:` on a share once the schema has that field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { writeHeading, writeParagraph, type Topic } from './prose.ts';
import { createRng, type Rng } from './rng.ts';
import { markets, offerings, people, segments, tags } from './vocabulary.ts';

export interface RegistryKpi {
  id: string;
  name: string;
  unit: string;
}

export interface LibraryOptions {
  pages: number;
  seed: number;
  guideShare: number;
  mermaidShare: number;
  toolShare: number;
  relatedShare: number;
  kpis: readonly RegistryKpi[];
  /** Tool ids the schema accepts; empty when the schema has no `tools` field yet. */
  toolIds: readonly string[];
}

export interface LibrarySummary {
  industries: number;
  guides: number;
  withDiagram: number;
  withTools: number;
}

const regions = ['', ' in EMEA', ' in APAC', ' in LATAM', ' for Small Business'];

function industryName(index: number): string {
  const market = markets[index % markets.length];
  const offering = offerings[Math.floor(index / markets.length) % offerings.length];
  const combos = markets.length * offerings.length;
  const round = Math.floor(index / combos);
  const region = regions[round % regions.length];
  const edition = round >= regions.length ? ` ${Math.floor(round / regions.length) + 1}` : '';
  return `${market} ${offering}${region}${edition}`;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isoDate(rng: Rng): string {
  const day = new Date(Date.UTC(2025, 0, 1) + rng.int(0, 660) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** A benchmark whose figures are plausible for the KPI's unit. */
function benchmarkFor(rng: Rng, kpi: RegistryKpi) {
  const ranges: Record<string, [number, number, number]> = {
    percent: [5, 85, 20],
    ratio: [0.1, 0.8, 0.2],
    multiple: [2, 5, 2],
    days: [7, 120, 60],
    months: [2, 18, 6],
    currency: [5_000, 250_000, 100_000],
    count: [2, 40, 15],
  };
  const [low, high, spread] = ranges[kpi.unit] ?? [1, 10, 5];
  const round = (value: number) => (kpi.unit === 'ratio' ? Math.round(value * 100) / 100 : Math.round(value));
  const min = round(low + rng.next() * (high - low));
  const max = round(min + rng.next() * spread);
  return {
    text: `${min} to ${max} (${kpi.unit}) for a healthy team`,
    min,
    max,
    unit: kpi.unit,
    basis: { editorial: 'Synthetic range, drawn at random for the build benchmark.' },
  };
}

function faqs(rng: Rng, topic: Topic, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    question: `${writeHeading(rng, topic)}, question ${i + 1}?`,
    answer: writeParagraph(rng, topic, rng.int(2, 4)),
  }));
}

function sources(rng: Rng, count: number, published: string) {
  return Array.from({ length: count }, (_, i) => ({
    title: `${rng.pick(markets)} sales benchmark report ${i + 1}`,
    publisher: `${rng.pick(markets)} Research Council`,
    url: `https://research.example.org/${rng.int(1000, 9999)}/report-${i + 1}`,
    accessed: published,
  }));
}

/** A left-to-right funnel with accessible title and description, built from the page's KPIs. */
function diagram(rng: Rng, topic: Topic): string {
  const stages = [
    'Lead',
    'Qualified meeting',
    'Demo',
    'Pilot',
    'Security review',
    'Proposal',
    'Contract',
    'Go-live',
    'Renewal',
  ];
  const chosen = stages.filter(() => rng.chance(0.7));
  const nodes = (chosen.length >= 3 ? chosen : stages.slice(0, 4)).map((label, i) => `  S${i}[${label}]`);
  const edges = nodes.slice(1).map((_, i) => `  S${i} --> S${i + 1}`);
  const kpi = rng.pick(topic.kpiNames);
  return [
    '```mermaid',
    'flowchart LR',
    `  accTitle: How a ${topic.subject} deal moves from lead to renewal`,
    `  accDescr: The stages a ${topic.subject} deal passes through; ${kpi} is measured between them.`,
    ...nodes,
    ...edges,
    '```',
  ].join('\n');
}

function frontmatter(data: object): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

/** Hand-picked related links to other pages (never the page itself). */
function relatedIds(rng: Rng, refs: readonly string[], self: string, share: number): string[] {
  if (!rng.chance(share) || refs.length < 2) return [];
  const picks = Array.from({ length: rng.int(1, 3) }, () => rng.pick(refs)).filter((ref) => ref !== self);
  return [...new Set(picks)];
}

/** Writes `<contentDir>/industries/*.md` and `<contentDir>/guides/*.mdx`; returns what it wrote. */
export function writeLibrary(contentDir: string, options: LibraryOptions): LibrarySummary {
  const rng = createRng(options.seed);
  const guides = Math.round(options.pages * options.guideShare);
  const industries = options.pages - guides;
  const industryIds = Array.from({ length: industries }, (_, i) => `${slugify(industryName(i))}-${i + 1}`);
  const guideIds = Array.from({ length: guides }, (_, i) => `bench-guide-${i + 1}`);
  const allRefs = [...industryIds.map((id) => `industries/${id}`), ...guideIds.map((id) => `guides/${id}`)];
  const summary: LibrarySummary = { industries, guides, withDiagram: 0, withTools: 0 };
  mkdirSync(join(contentDir, 'industries'), { recursive: true });
  mkdirSync(join(contentDir, 'guides'), { recursive: true });

  const pickTools = () => {
    if (options.toolIds.length === 0 || !rng.chance(options.toolShare)) return {};
    summary.withTools++;
    return { tools: rng.sample(options.toolIds, rng.int(1, 2)) };
  };
  const pickTags = () => [...new Set(Array.from({ length: rng.int(3, 7) }, () => rng.pickSkewed(tags)))];

  industryIds.forEach((id, i) => {
    const name = industryName(i);
    const kpis = rng.sample(options.kpis, 9);
    const topic: Topic = {
      subject: name,
      kpiNames: kpis.map((k) => k.name),
      segments: rng.sample(segments, rng.int(2, 4)),
    };
    const published = isoDate(rng);
    const data = {
      industry: name,
      description:
        `The nine sales KPIs that matter for ${name}, from ${kpis[0]?.name.toLowerCase()} to ${kpis[1]?.name.toLowerCase()}, with targets.`.slice(
          0,
          160,
        ),
      tags: pickTags(),
      segments: topic.segments,
      summary: writeParagraph(rng, topic, 3),
      published,
      kpis: kpis.map((kpi) => ({
        kpi: kpi.id,
        measures: writeParagraph(rng, topic, 1),
        why: writeParagraph(rng, topic, 2),
        benchmark: benchmarkFor(rng, kpi),
      })),
      checklist: Array.from({ length: 5 }, () => writeParagraph(rng, topic, 1)),
      faq: faqs(rng, topic, rng.int(3, 6)),
      sources: sources(rng, rng.int(1, 4), published),
      related: relatedIds(rng, allRefs, `industries/${id}`, options.relatedShare),
      ...pickTools(),
    };
    const sections = [
      writeParagraph(rng, topic, 4),
      `## ${writeHeading(rng, topic)}`,
      writeParagraph(rng, topic, 6),
      writeParagraph(rng, topic, 5),
    ];
    if (rng.chance(options.mermaidShare)) {
      summary.withDiagram++;
      sections.push(`## How a deal moves`, diagram(rng, topic));
    }
    sections.push(`## Tracking these KPIs in your CRM`);
    for (let s = 0; s < rng.int(3, 4); s++)
      sections.push(`### ${writeHeading(rng, topic)}`, writeParagraph(rng, topic, rng.int(3, 5)));
    writeFileSync(join(contentDir, 'industries', `${id}.md`), `${frontmatter(data)}\n${sections.join('\n\n')}\n`);
  });

  guideIds.forEach((id) => {
    const kpis = rng.sample(options.kpis, rng.int(3, 6));
    const subject = `${rng.pick(markets)} ${rng.pick(offerings)}`;
    const topic: Topic = { subject, kpiNames: kpis.map((k) => k.name), segments: rng.sample(segments, 3) };
    const published = isoDate(rng);
    const data = {
      title: `How should ${rng.pick(people)} use ${kpis[0]?.name.toLowerCase()} in ${subject}?`,
      description:
        `What ${subject} teams should measure, which targets are realistic, and how ${rng.pick(people)} puts them to work.`.slice(
          0,
          160,
        ),
      tags: pickTags(),
      published,
      quickAnswer: writeParagraph(rng, topic, 3),
      directAnswer: writeParagraph(rng, topic, 5),
      steps: Array.from({ length: rng.int(4, 6) }, () => ({
        title: writeHeading(rng, topic),
        detail: writeParagraph(rng, topic, 2),
      })),
      faq: faqs(rng, topic, rng.int(3, 5)),
      sources: sources(rng, rng.int(1, 3), published),
      searchTerms: Array.from(
        { length: rng.int(2, 4) },
        () => `${rng.pick(topic.kpiNames).toLowerCase()} ${rng.pick(segments)}`,
      ),
      industry: subject,
      kpis: kpis.map((kpi) => kpi.id),
      related: relatedIds(rng, allRefs, `guides/${id}`, options.relatedShare),
      ...pickTools(),
    };
    const sections: string[] = [];
    for (let s = 0; s < rng.int(5, 8); s++) {
      sections.push(
        `## ${writeHeading(rng, topic)}`,
        writeParagraph(rng, topic, rng.int(4, 7)),
        writeParagraph(rng, topic, rng.int(3, 6)),
      );
    }
    sections.push(
      '| KPI | Target |\n| --- | --- |\n' +
        kpis.map((kpi) => `| ${kpi.name} | ${benchmarkFor(rng, kpi).text} |`).join('\n'),
    );
    if (rng.chance(options.mermaidShare)) {
      summary.withDiagram++;
      sections.push(diagram(rng, topic));
    }
    writeFileSync(join(contentDir, 'guides', `${id}.mdx`), `${frontmatter(data)}\n${sections.join('\n\n')}\n`);
  });
  return summary;
}
