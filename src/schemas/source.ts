import { z } from 'astro/zod';
import { calendarDate } from './dates';
import { formatFieldPath } from './field-path';

/**
 * A published source an article cites. Shown as a numbered list with outbound links.
 * Every source must be used: a benchmark's `basis.source` names it by `id`, or the text
 * links to its `url`. Cite only what you opened and read.
 */
export const sourceSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'sources[].id must be lower-case words joined by hyphens: "bridge-group-2024".',
    )
    .optional()
    .describe('Short name a benchmark uses to cite this source (`basis.source`): "bridge-group-2024".'),
  title: z.string().trim().min(1).describe('Title of the cited page, report or book, exactly as published.'),
  publisher: z.string().trim().min(1).describe('Who published it: "Bessemer Venture Partners".'),
  url: z
    .url({ protocol: /^https?$/, error: 'url must be a full http(s):// address.' })
    .describe('Full address of the source you opened, starting with https://.'),
  accessed: calendarDate(
    'sources[].accessed',
    'The day you last opened the source and checked what you cite, as YYYY-MM-DD.',
  ),
});

export type Source = z.infer<typeof sourceSchema>;

/** Source ids are what benchmarks cite, so each may be used once per page. */
export function checkSourceIds(sources: readonly Source[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  sources.forEach((source, index) => {
    if (!source.id) return;
    if (seen.has(source.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources', index, 'id'],
        message: `${formatFieldPath(['sources', index, 'id'])} "${source.id}" is used by an earlier source too: give each source its own id.`,
      });
    }
    seen.add(source.id);
  });
}

/** A basis that names a source must name one of the page's own sources. */
export function checkBasisSource(
  basis: { source?: string | undefined },
  sources: readonly Source[],
  ctx: z.RefinementCtx,
  path: (string | number)[],
): void {
  if (basis.source === undefined || sources.some((source) => source.id === basis.source)) return;
  const ids = sources.flatMap((source) => source.id ?? []);
  ctx.addIssue({
    code: 'custom',
    path,
    message:
      `basis.source "${basis.source}" is not the id of any entry in this page's sources` +
      (ids.length ? ` (ids here: ${ids.join(', ')}).` : ': add the source with that id, or mark the figure editorial.'),
  });
}
