/**
 * Every table in an article body sits in a box that scrolls sideways on a narrow screen and
 * takes keyboard focus, so it can be scrolled without a mouse. MDX bodies get the box from
 * src/components/layout/ProseTable.astro, which stands in for <table>; Markdown bodies are
 * rendered to HTML at content sync, where components do not reach, so this Sätteri hast
 * plugin wraps their tables in the same box.
 */
import type { HastPluginEntry } from 'satteri';

/** What a screen reader announces for the box: a group, not a landmark (a page may hold several). */
export const tableScrollLabel = 'Table, scrolls sideways on small screens';

export const tableScrollPlugin: HastPluginEntry = (context) => {
  // MDX has ProseTable; a body without a pipe has no Markdown table to wrap.
  if (context.sourceFormat === 'mdx' || !context.source.includes('|')) return null;
  return {
    name: 'pulse-table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        ctx.wrapNode(node, {
          raw: `<div class="table-scroll" role="group" aria-label="${tableScrollLabel}" tabindex="0"></div>`,
        });
      },
    },
  };
};
