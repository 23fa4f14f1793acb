import { z } from 'astro/zod';

/**
 * Where a benchmark figure comes from, shown to readers beside it. Either a source on the
 * page that the editor opened and read (`source` + `supports`), or an editorial judgement
 * said plainly (`editorial`). A plain editorial label beats a citation nobody can check.
 */
export const basisSchema = z
  .object(
    {
      source: z
        .string()
        .trim()
        .min(1)
        .optional()
        .describe("The `id` of the entry in this page's `sources` that supports the figure."),
      supports: z
        .string()
        .trim()
        .min(1)
        .optional()
        .describe('What that source says that supports the figure, briefly: "enterprise SaaS teams: 3x to 5x".'),
      editorial: z
        .string()
        .trim()
        .min(30, 'basis.editorial is too short: say in one sentence how the range was judged.')
        .optional()
        .describe(
          'When no source you opened supports the figure: one sentence on how Pulse judged the range ("Pulse editorial range, from …").',
        ),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'basis is missing: every benchmark says where its figure comes from. Write `basis: { source: <id>, supports: … }` for a source you opened, or `basis: { editorial: … }` saying how the range was judged.'
          : undefined,
    },
  )
  .strict()
  .superRefine((basis, ctx) => {
    if (basis.source === undefined && basis.editorial === undefined) {
      ctx.addIssue({
        code: 'custom',
        message:
          'basis needs a source or an editorial note: write `source: <id of an entry in sources>` with `supports:`, or `editorial: <how the range was judged>`.',
      });
    }
    if (basis.source !== undefined && basis.editorial !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['editorial'],
        message: 'basis has both a source and an editorial note: keep the one the figure really rests on.',
      });
    }
    if (basis.source !== undefined && basis.supports === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['supports'],
        message: 'basis.supports is missing: say what the source states that supports this figure.',
      });
    }
  });

export type Basis = z.infer<typeof basisSchema>;
