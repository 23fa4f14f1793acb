import { describe, expect, it } from 'vitest';
import { separateBlocks } from '~/lib/search-html';

describe('HTML prepared for indexing', () => {
  it('separates adjacent block elements and line breaks', () => {
    expect(separateBlocks('<dl><dt>Formula</dt><dd>Weighted pipeline</dd></dl><p>a<br>b</p>')).toBe(
      '<dl><dt>Formula</dt> <dd>Weighted pipeline</dd> </dl> <p>a<br> b</p>',
    );
    expect(separateBlocks('<td>Benchmark</td><td>3x</td></tr><tr>')).toBe('<td>Benchmark</td> <td>3x</td> </tr> <tr>');
  });

  it('separates form controls, so a calculator option or label is a word of its own', () => {
    expect(
      separateBlocks(
        '<select><option>Weighted pipeline</option><option>Unweighted</option></select><label>Target</label>',
      ),
    ).toBe('<select><option>Weighted pipeline</option> <option>Unweighted</option> </select> <label>Target</label>');
  });

  it('leaves inline markup and text alone', () => {
    const inline = '<p><strong>pipe</strong><em>line</em> coverage</p>';
    expect(separateBlocks(inline)).toBe(inline);
    expect(separateBlocks('<p>Done.</p>text')).toBe('<p>Done.</p>text');
  });
});
