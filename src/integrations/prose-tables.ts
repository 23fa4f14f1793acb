/** Wraps each table of a Markdown body in the scrolling box MDX bodies get from ProseTable. */
import type { AstroIntegration } from 'astro';
import { tableScrollPlugin } from '../lib/markdown/table-scroll';
import { satteriOptions } from './satteri-options';

export default function proseTables(): AstroIntegration {
  return {
    name: 'pulse-prose-tables',
    hooks: {
      'astro:config:setup': ({ config }) => {
        satteriOptions(config, 'pulse-prose-tables').hastPlugins.push(tableScrollPlugin);
      },
    },
  };
}
