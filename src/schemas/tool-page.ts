import { z } from 'astro/zod';
import { faqSchema } from './faq';
import { sourceSchema } from './source';

const paragraph = (what: string) => z.string().trim().min(1, `${what} is empty: write it as plain prose.`);
const list = (what: string) => z.array(paragraph(`an item of ${what}`)).min(1, `${what} needs at least one item.`);

/**
 * The prose of a tool's own page (`content/tools/<id>.md`). The title, summary, inputs and
 * formula live with the calculator in src/calculators/<id>/; the worked example's numbers
 * come from its default inputs, so none are repeated here.
 */
export const toolPageSchema = z.object({
  intro: paragraph('intro').describe('One paragraph under the title: who the tool is for and what it answers.'),
  variants: paragraph('variants').describe(
    'Which variant of the formula the tool uses by default, the alternative, and why.',
  ),
  assumptions: list('assumptions').describe('What the figures assume, one sentence each.'),
  example: paragraph('example').describe('Introduces the worked example computed from the default inputs.'),
  reading: list('reading').describe('How to read the result against the benchmark, one point each.'),
  faq: z.array(faqSchema).default([]).describe('Questions and answers shown at the end of the page.'),
  sources: z.array(sourceSchema).default([]).describe('Published sources, shown numbered with links.'),
});

export type ToolPageData = z.infer<typeof toolPageSchema>;
