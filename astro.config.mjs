// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import mermaid from './src/integrations/mermaid.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // The canonical origin; override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://pulse.example.org',
  trailingSlash: 'always',
  // mermaid renders ```mermaid fences to inline SVG at build time (one Chromium, cached).
  // pagefind stays last: it indexes the HTML every other step has finished writing.
  integrations: [mermaid(), mdx(), sitemap(), pagefind()],
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
});
