import { describe, expect, it } from 'vitest';
import { lintConfig } from '../../../src/lib/lint/config';
import { checkDuplicates } from '../../../src/lib/lint/duplicates';
import { getJaccard, toQuestionTerms, toShingles, toWords } from '../../../src/lib/lint/similarity';
import { loadBroken, loadClean, locate, makeDoc } from './fixtures';

describe('question terms', () => {
  it.each([
    ['How much does a fractional CRO cost in Denver?', 'What is the price of a fractional CRO in Denver in 2027?', 1],
    [
      'What KPIs should a fractional CRO own at a healthtech company?',
      'Which metrics should a fractional chief revenue officer own at a healthtech company?',
      1,
    ],
    ['How much does a fractional CRO cost in Denver?', 'How much does a fractional CRO cost in Boulder?', 0.6],
    ['Home Services', 'Home Health Services', 2 / 3],
  ])('"%s" vs "%s" scores %s', (a, b, score) => {
    expect(getJaccard(toQuestionTerms(a), toQuestionTerms(b))).toBeCloseTo(score, 5);
  });
});

describe('text similarity', () => {
  it('ignores code fences, MDX imports and tags', () => {
    expect(toWords('import X from "y";\n<Card title="a">Hello world</Card>\n```js\nconst z = 1;\n```')).toEqual([
      'hello',
      'world',
    ]);
  });
  it('scores shared three-word phrases', () => {
    const a = toShingles(toWords('one two three four'));
    const b = toShingles(toWords('one two three five'));
    expect(getJaccard(a, b)).toBeCloseTo(1 / 3, 5);
  });
});

describe('duplicates rule', () => {
  it('warns about same-question titles and near-identical pages, naming the pair and the score', () => {
    const problems = checkDuplicates(loadBroken(), lintConfig);
    expect(locate(problems)).toEqual([
      'broken/guides/fractional-cro-price-denver.mdx:2 title warning',
      'broken/industries/saas-cro-costs.md:2 industry warning',
    ]);
    expect(problems[0]?.message).toContain(
      'same question as test/fixtures/lint/broken/guides/fractional-cro-cost-denver.mdx',
    );
    expect(problems[0]?.message).toContain('score 1.00');
    expect(problems[1]?.message).toMatch(
      /^near-duplicate of test\/fixtures\/lint\/broken\/industries\/saas-cro-costs-twin\.md: score 0\.9\d/,
    );
  });

  it('is silent on distinct pages', () => {
    expect(checkDuplicates(loadClean(), lintConfig)).toEqual([]);
  });

  it('compares two industry pages by industry name, not by their shared title template', () => {
    const page = (id: string, industry: string) => makeDoc('industry', id, `---\nindustry: ${industry}\n---\n`);
    expect(checkDuplicates([page('a', 'Home Services'), page('b', 'Home Health Services')], lintConfig)).toEqual([]);
    expect(checkDuplicates([page('a', 'Pest Control'), page('b', 'Pest control')], lintConfig)).toHaveLength(1);
  });

  it('skips pairs of drafts, whose shared text is the skeleton', () => {
    const draft = (id: string) => makeDoc('guide', id, '---\ntitle: TODO the question?\ndraft: true\n---\n');
    expect(checkDuplicates([draft('a'), draft('b')], lintConfig)).toEqual([]);
  });
});
