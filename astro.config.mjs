// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import mermaid from './src/integrations/mermaid.ts';

export default defineConfig({
  // The canonical origin; override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://pulse.example.org',
  trailingSlash: 'always',
  // mermaid renders ```mermaid fences to inline SVG at build time (one Chromium, cached).
  integrations: [mermaid(), mdx(), sitemap()],
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
});
