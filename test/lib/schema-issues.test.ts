/**
 * Each editing mistake, made in a real guide's frontmatter and read back as the lint reports
 * it: the field as written, its line in the file, and the sentence with the fix. The build
 * words its schema errors with the same function (src/lib/content-loader.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntries } from '~/lib/lint/schema';
import { makeDoc, root } from './lint/fixtures';

const guide = readFileSync(`${root}test/fixtures/lint/clean/guides/fractional-cro-cost-denver.mdx`, 'utf8');

/** The guide with one line of its frontmatter replaced; `null` deletes the line. */
function edit(from: RegExp, to: string | null): string {
  const changed = guide.replace(from, to ?? '');
  if (changed === guide) throw new Error(`the fixture has no ${from}`);
  return to === null ? changed.replace(/\n\n(?=[a-z]+:)/, '\n') : changed;
}

function problemsOf(text: string): string[] {
  const { problems } = parseEntries([makeDoc('guide', 'x', text)]);
  return problems.map((p) => `${p.file}:${p.line}  ${p.field}: ${p.message}`);
}

describe('schema errors an editor can act on', () => {
  it.each([
    [
      'a missing field, with what to write from its description',
      edit(/^quickAnswer: .*\n/m, ''),
      'content/guides/x.md:2  quickAnswer: quickAnswer is missing: add it (Two or three sentences that answer the title on their own).',
    ],
    [
      'a field written with no value (YAML null), not "received object"',
      edit(/^description: .*$/m, 'description:'),
      'content/guides/x.md:3  description: description has no value: write text after the colon (One sentence for search results and link previews, 50–160 characters).',
    ],
    [
      'an optional field with no value, which may also be removed',
      edit(/^kpis: .*$/m, 'kpis:'),
      'content/guides/x.md:31  kpis: kpis has no value: write a list (one "- " line per item) after the colon (Registry ids of the KPIs the guide discusses), or remove the line.',
    ],
    [
      'a nested field, named as the editor counts list items',
      edit(/^ {4}answer: Six to twelve.*$/m, '    answer:'),
      'content/guides/x.md:19  faq[2].answer: faq[2].answer has no value: write text after the colon (A direct answer in plain prose (Markdown links allowed)).',
    ],
    [
      'a missing nested field, on the line of its list item',
      edit(/^ {4}publisher: Fixture Analysts\n/m, ''),
      'content/guides/x.md:27  sources[2].publisher: sources[2].publisher is missing: add it (Who published it: "Bessemer Venture Partners").',
    ],
    [
      'text where a list belongs',
      edit(/^tags: .*$/m, 'tags: pipeline'),
      'content/guides/x.md:4  tags: tags must be a list (one "- " line per item), not the text "pipeline" (Topic tags, lower case: "pipeline", "healthtech". Each gets a topic page).',
    ],
    [
      'a word where true or false belongs',
      edit(/^draft: false$/m, 'draft: no'),
      'content/guides/x.md:5  draft: draft must be true or false, not the text "no" (true keeps the page out of production builds; `npm run dev` still shows it).',
    ],
    [
      'a date that is not one',
      edit(/^published: .*$/m, 'published: next week'),
      'content/guides/x.md:6  published: published must be a real day written YYYY-MM-DD, such as 2026-03-14: "next week" is not one.',
    ],
    [
      'text shorter than the schema allows',
      edit(/^title: .*$/m, 'title: CRO cost'),
      'content/guides/x.md:2  title: title has 8 characters: write at least 10 characters (The question the guide answers: "What KPIs should a fractional CRO own at a healthtech company?").',
    ],
    [
      'an address that is not one, with the schema’s own message',
      edit(/^ {4}url: https:\/\/research.pulse-fixtures.dev\/fractional-pay$/m, '    url: research.pulse-fixtures.dev'),
      'content/guides/x.md:25  sources[1].url: url must be a full http(s):// address.',
    ],
  ])('%s', (_, text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  const industry = readFileSync(`${root}test/fixtures/lint/clean/industries/pest-control.md`, 'utf8');
  const industryProblems = (from: string, to: string) => {
    const { problems } = parseEntries([makeDoc('industry', 'x', industry.replace(from, to))]);
    return problems.map((p) => `${p.file}:${p.line}  ${p.field}: ${p.message}`);
  };

  it('names a misspelt field on its own line and suggests the field meant', () => {
    expect(industryProblems('text: Under 14 days, max: 14', 'text: Under 14 days, maxx: 14')).toEqual([
      'content/industries/x.md:21  kpis[3].benchmark: "maxx" is not a field under kpis[3].benchmark: remove it, or correct its spelling. Did you mean "max"?',
      "content/industries/x.md:21  kpis[3].benchmark.min: benchmark needs a number: give min, max or both, in the KPI's unit.",
    ]);
  });

  it('lists the choices for a value that is not one, with the closest', () => {
    expect(industryProblems('min: 30, max: 45, unit: percent', 'min: 30, max: 45, unit: percentage')).toEqual([
      'content/industries/x.md:17  kpis[2].benchmark.unit: kpis[2].benchmark.unit is "percentage": write one of "percent", "ratio", "multiple", "days", "months", "currency", "count", "per-week", "per-month". Did you mean "percent"?',
    ]);
  });

  it('keeps a message the schema wrote itself', () => {
    expect(problemsOf(edit(/^quickAnswer: .*$/m, 'quickAnswer: " "'))).toEqual([
      'content/guides/x.md:7  quickAnswer: quickAnswer is empty: write two or three sentences that answer the title question.',
    ]);
  });
});
