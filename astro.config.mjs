// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import contentIds from './src/integrations/content-ids.ts';
import contentLint from './src/integrations/content-lint.ts';
import contentStore from './src/integrations/content-store.ts';
import mermaid from './src/integrations/mermaid.ts';
import proseTables from './src/integrations/prose-tables.ts';
import twins from './src/integrations/twins.ts';
import { readFeedbackConfig, readFeedbackCsp } from './src/lib/feedback/config.ts'; // feedback

export default defineConfig({
  security: {
    // Astro hashes every script and style it emits into a <meta> policy. Hashes, not
    // 'unsafe-inline': an injected inline script cannot run. Meta policies cannot carry
    // frame-ancestors, so framing is left to the host's headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        // feedback: form-action 'self', plus the feedback receiver's origin (and connect-src) when one is set.
        ...readFeedbackCsp(readFeedbackConfig(process.env)),
      ],
      // Pagefind compiles its search core from WebAssembly, which CSP gates separately.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // The canonical origin; override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://pulse.example.org',
  trailingSlash: 'always',
  // Render four pages at a time so one page's file writes overlap another's rendering.
  // dist/ is byte-identical to one at a time (checked on this site); see BENCHMARKS.md.
  build: { concurrency: 4 },
  // Astro's Node logger, except that a captured log (CI, a test) gets one route per line
  // instead of four half-lines at a time: src/integrations/build-logger.ts.
  logger: { entrypoint: fileURLToPath(new URL('./src/integrations/build-logger.ts', import.meta.url)) },
  // mermaid renders ```mermaid fences to inline SVG at build time (one Chromium, cached).
  // The search index is built after astro build exits: scripts/search-index.ts.
  // contentIds first: two files with one id stop the build before anything else runs; then
  // the content lint, so a build never publishes what `npm run lint` would refuse.
  // proseTables gives a Markdown body's tables the scrolling box MDX tables get from ProseTable.
  // twins writes each article's .md twin from the batch routes once the build is done.
  // contentStore lets the pages read the content data store from its file, in slices,
  // instead of bundling it as a module: at 10,000 pages a fifth of the Astro step's time,
  // and the peak from 3.6-3.7 to 2.4 GB (BENCHMARKS.md).
  integrations: [contentIds(), contentLint(), contentStore(), mermaid(), proseTables(), mdx(), twins(), sitemap()],
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX pages carry a "use astro:head-inject" directive that Astro reads itself;
        // the bundler warns once per MDX file that it may drop it. Only that one message is
        // silenced, so a real warning stands out in the build log.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  markdown: {
    // Prism marks tokens with classes; Shiki's inline styles would break the CSP above.
    syntaxHighlight: { type: 'prism', excludeLangs: ['mermaid'] },
  },
});
