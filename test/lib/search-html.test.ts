import { describe, expect, it } from 'vitest';
import { separateBlocks, urlOfBuiltFile } from '~/lib/search-html';

describe('HTML prepared for indexing', () => {
  it('separates adjacent block elements and line breaks', () => {
    expect(separateBlocks('<dl><dt>Formula</dt><dd>Weighted pipeline</dd></dl><p>a<br>b</p>')).toBe(
      '<dl><dt>Formula</dt> <dd>Weighted pipeline</dd> </dl> <p>a<br> b</p>',
    );
    expect(separateBlocks('<td>Benchmark</td><td>3x</td></tr><tr>')).toBe('<td>Benchmark</td> <td>3x</td> </tr> <tr>');
  });

  it('leaves inline markup and text alone', () => {
    const inline = '<p><strong>pipe</strong><em>line</em> coverage</p>';
    expect(separateBlocks(inline)).toBe(inline);
    expect(separateBlocks('<p>Done.</p>text')).toBe('<p>Done.</p>text');
  });

  it('maps built files to the URLs they are served at', () => {
    expect(urlOfBuiltFile('kpis/win-rate/index.html')).toBe('/kpis/win-rate/');
    expect(urlOfBuiltFile('index.html')).toBe('/');
    expect(urlOfBuiltFile('404.html')).toBe('/404.html');
    expect(urlOfBuiltFile('library\\guide\\index.html')).toBe('/library/guide/');
  });
});
