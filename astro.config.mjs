// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // The canonical origin; override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://pulse.example.org',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap(), pagefind()],
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
});
