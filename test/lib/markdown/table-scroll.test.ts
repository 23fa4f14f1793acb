import { markdownToHtml, type PluginFactoryContext } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableScrollPlugin } from '~/lib/markdown/table-scroll';

const table = '| KPI | Target |\n| --- | --- |\n| Win rate | 25% |';
const box =
  '<div class="table-scroll" role="group" aria-label="Table, scrolls sideways on small screens" tabindex="0">';

describe('tableScrollPlugin', () => {
  it('puts each table of a Markdown body in the focusable box ProseTable gives MDX tables', async () => {
    const { html } = await markdownToHtml(`Intro.\n\n${table}\n\nBetween.\n\n${table}`, {
      hastPlugins: [tableScrollPlugin],
    });
    expect(html.split(box)).toHaveLength(3);
    expect(html).toMatch(new RegExp(`${box}<table>[\\s\\S]*?</table></div>`));
  });

  it('leaves MDX to ProseTable, and skips a body with no table', () => {
    const factory = tableScrollPlugin as (context: PluginFactoryContext) => unknown;
    const context = (sourceFormat: 'markdown' | 'mdx', source: string) =>
      factory({ sourceFormat, source, fileURL: undefined, data: {} } as PluginFactoryContext);
    expect(context('mdx', table)).toBeNull();
    expect(context('markdown', 'No table here.')).toBeNull();
    expect(context('markdown', table)).toMatchObject({ name: 'pulse-table-scroll' });
  });
});
