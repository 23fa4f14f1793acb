import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toolPageSchema } from '~/schemas/tool-page';
import { describeIssues, readData } from './helpers';

const folder = fileURLToPath(new URL('../../content/tools/', import.meta.url));

describe('tool page prose', () => {
  it('parses every file in content/tools/', () => {
    const files = readdirSync(folder).filter((file) => file.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files)
      expect(describeIssues(toolPageSchema.safeParse(readData(`${folder}${file}`))), file).toEqual([]);
  });

  it('says what to write when prose is missing, empty or mistyped', () => {
    const result = toolPageSchema.safeParse({
      intro: '  ',
      variants: 'Weighted by default.',
      assumptions: [],
      reading: ['Green: at target.'],
      faq: [{ question: 'Why?' }],
      sources: [{ title: 'T', publisher: 'P', url: 'example.com/page', accessed: '2026-12-06' }],
    });
    expect(describeIssues(result)).toEqual([
      'intro: intro is empty: write it as plain prose.',
      'assumptions: assumptions needs at least one item.',
      'example: Invalid input: expected string, received undefined',
      'faq.0.answer: Invalid input: expected string, received undefined',
      'sources.0.url: url must be a full http(s):// address.',
    ]);
  });
});
