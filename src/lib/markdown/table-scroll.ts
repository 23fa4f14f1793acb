/**
 * Every table in an article body sits in a box that scrolls sideways on a narrow screen and
 * takes keyboard focus, so it can be scrolled without a mouse. MDX bodies get the box from
 * src/components/layout/ProseTable.astro, which stands in for <table>; Markdown bodies are
 * rendered to HTML at content sync, where components do not reach, so this Sätteri hast
 * plugin wraps their tables in the same box.
 */
import type { HastPluginEntry } from 'satteri';

/**
 * The box's attributes, in the order both write them: ProseTable spreads them, this plugin
 * writes them as HTML. The label is what a screen reader announces: a group, not a landmark
 * (a page may hold several).
 */
export const tableScrollAttributes = {
  class: 'table-scroll',
  role: 'group',
  'aria-label': 'Table, scrolls sideways on small screens',
  tabindex: '0',
} as const;

const box = `<div ${Object.entries(tableScrollAttributes)
  .map(([name, value]) => `${name}="${value}"`)
  .join(' ')}></div>`;

export const tableScrollPlugin: HastPluginEntry = (context) => {
  // MDX has ProseTable; a body without a pipe has no Markdown table to wrap.
  if (context.sourceFormat === 'mdx' || !context.source.includes('|')) return null;
  return {
    name: 'pulse-table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        ctx.wrapNode(node, { raw: box });
      },
    },
  };
};
