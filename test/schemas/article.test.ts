import { describe, expect, it } from 'vitest';
import { titleText } from '~/schemas/article';
import { guideSchema } from '~/schemas/guide';
import { industrySchema } from '~/schemas/industry';
import { trainingSchema } from '~/schemas/training';
import { context, describeIssues, fixtures, readData } from './helpers';

// Every article type spreads the same fields and runs the same checks; each case runs on all three.
const types = [
  ['guide', guideSchema(context), 'content/guides/sample-guide.mdx'],
  ['industry page', industrySchema(context), 'content/industries/sample-industry.md'],
  ['training', trainingSchema(context), 'content/trainings/sample-training.md'],
] as const;

const source = (id: string) => ({
  id,
  title: 'Sales benchmarks',
  publisher: 'Bridge Group',
  url: 'https://www.bridgegroupinc.com/report',
  accessed: '2026-01-10',
});

describe.each(types)('shared article fields on a %s', (_, schema, file) => {
  const valid = () => readData(`${fixtures}${file}`) as Record<string, unknown>;

  it('defaults the lists an editor may leave out', () => {
    const { faq, sources, related, tools, tags, draft, ...rest } = valid();
    const parsed = schema.parse(rest);
    expect([parsed.faq, parsed.sources, parsed.related, parsed.tools, parsed.tags, parsed.draft]).toEqual([
      [],
      [],
      [],
      [],
      [],
      false,
    ]);
  });

  it('refuses a TODO on a published page, naming the field, and lets a draft keep it', () => {
    const data = { ...valid(), faq: [{ question: 'Why?', answer: 'TODO answer this' }] };
    expect(describeIssues(schema.safeParse({ ...data, draft: false }))).toEqual([
      'faq.0.answer: faq[1].answer still says TODO: write it, or keep draft: true until the page is finished.',
    ]);
    expect(schema.safeParse({ ...data, draft: true }).success).toBe(true);
  });

  it('refuses two sources with one id', () => {
    const data = { ...valid(), sources: [source('bridge-2024'), source('bridge-2024')] };
    expect(describeIssues(schema.safeParse(data))).toContain(
      'sources.1.id: sources[2].id "bridge-2024" is used by an earlier source too: give each source its own id.',
    );
  });

  it('refuses an update dated before the first publication', () => {
    const data = { ...valid(), published: '2026-03-01', updated: '2026-02-01' };
    expect(describeIssues(schema.safeParse(data))).toEqual([
      'updated: updated is earlier than published: set it to the day of the latest revision, or remove it.',
    ]);
  });
});

describe('titleText', () => {
  it('trims a title and refuses one under ten characters', () => {
    expect(titleText().parse('  What is a good win rate?  ')).toBe('What is a good win rate?');
    expect(titleText().safeParse('Win rate').success).toBe(false);
  });
});
