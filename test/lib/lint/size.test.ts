import { describe, expect, it } from 'vitest';
import { lintConfig } from '~/lib/lint/config';
import { checkSize } from '~/lib/lint/size';
import { makeDoc } from './fixtures';

const page = (body: string) => makeDoc('guide', 'big', `---\ntitle: Big\n---\n${body}`);

describe('checkSize', () => {
  it('passes a page the size of the largest in the library', () => {
    const headings = Array.from({ length: 19 }, (_, i) => `## Section ${i + 1}\n\nText.`).join('\n\n');
    expect(checkSize(page(headings), 2132, lintConfig)).toEqual([]);
  });

  it('warns past each limit, on the body’s first line', () => {
    // A 2 MB guide, as issue 18 built: it scored 10/10 and weighed 406 kB gzip.
    const headings = Array.from({ length: 41 }, (_, i) => `## Section ${i + 1}`).join('\n\n');
    const doc = page(`${headings}\n\n${'word '.repeat(400_000)}`);
    expect(
      checkSize(doc, 400_050, lintConfig).map((p) => `${p.line} ${p.field} ${p.severity}: ${p.message} [${p.rule}]`),
    ).toEqual([
      '4 body warning: the page has 400,050 words (limit 5,000): split it into two pages or cut it. [size]',
      '4 body warning: the body has 41 headings (limit 40): split the page or merge sections. [size]',
      "4 body warning: the file is 1,954 kB (limit 64 kB), and the page's HTML grows with it: split the page or move long tables and lists out. [size]",
    ]);
  });
});
