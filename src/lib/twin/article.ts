/**
 * The Markdown twin of an article (/library/<id>.md, /industries/<id>.md, /training/<id>.md):
 * the page's content in the page's order, without navigation, for readers who download it
 * and for language models. A pure function of the content file (its body and the spans of
 * its one parse), the entry's data, the KPI registry and the site's address: no astro:*
 * import, so the twin can be generated outside Astro.
 *
 * Every part obeys the page's rules (src/lib/markdown/serialize.ts): links only to web,
 * mail, site and in-page addresses, made absolute; no raw HTML; no MDX machinery. Mermaid
 * fences stay fences: they are the diagram's source, readable as text.
 */
import { describeArticle, type ArticleEntry } from '../article';
import type { MarkupSpan } from '../markdown/markup-spans';
import { serializeMarkdown, serializeParsed } from '../markdown/serialize';
import { renderComponent } from './components';
import { renderGuideParts } from './guide';
import { renderIndustryParts } from './industry';
import type { TwinKpis, TwinParts } from './parts';
import { renderTrainingParts } from './training';

export interface TwinInput {
  entry: ArticleEntry;
  /** The body as the body pipeline read it (ContentFile.body) and the spans of its parse. */
  body: { source: string; spans: readonly MarkupSpan[] };
  /** The KPI registry, by id. */
  kpis: TwinKpis;
  /** The site's address: the config's `site`. */
  site: URL;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function renderParts(entry: ArticleEntry, kpis: TwinKpis): TwinParts {
  switch (entry.collection) {
    case 'guides':
      return renderGuideParts(entry.data, kpis);
    case 'industries':
      return renderIndustryParts(entry.data, kpis);
    case 'trainings':
      return renderTrainingParts(entry.data, kpis);
  }
}

export function renderTwin({ entry, body, kpis, site }: TwinInput): string {
  const model = describeArticle(entry);
  const page = new URL(model.url, site);
  const { published, updated } = entry.data;
  const dates = [`Published ${day(published)}`, ...(updated ? [`updated ${day(updated)}`] : [])];
  const parts = renderParts(entry, kpis);
  const before = [`# ${model.title}`, '', model.description, '', `${dates.join(', ')}. Web page: ${page.href}`];
  const after = [...parts.after];
  if (model.faq.length) {
    after.push('', '## Frequently asked questions');
    for (const item of model.faq) after.push('', `### ${item.question}`, '', item.answer);
  }
  if (model.sources.length) {
    after.push('', '## Sources', '');
    model.sources.forEach((source, index) =>
      after.push(
        `${index + 1}. [${source.title}](${source.url}), ${source.publisher}, accessed ${day(source.accessed)}.`,
      ),
    );
  }
  // Frontmatter prose is parsed here, once per side; the body was parsed by the body pipeline.
  const options = { base: page };
  return `${[
    serializeMarkdown([...before, '', ...parts.before].join('\n'), options),
    serializeParsed(body.source, body.spans, { ...options, html: 'drop', renderComponent }),
    serializeMarkdown(after.join('\n'), options),
  ]
    .filter(Boolean)
    .join('\n\n')}\n`;
}
