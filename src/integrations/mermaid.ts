/**
 * Renders ```mermaid fences to inline SVG at build time. Before any page compiles, every fence
 * under the content folders is rendered (one Chromium, concurrent pages) or read from the
 * content-addressed cache; a Sätteri mdast plugin then swaps each fence for its figure.
 * Readers get no diagram JavaScript.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDiagramCss, getDiagramStylesheetPath } from '../lib/diagrams/figure';
import { createDiagramPlugin } from '../lib/diagrams/plugin';
import { scanDiagramFences } from '../lib/diagrams/scan';
import { DiagramSession, type LaunchBrowser } from '../lib/diagrams/session';
import { satteriOptions } from './satteri-options';

export interface MermaidOptions {
  /** Folders searched for Markdown and MDX with diagrams, relative to the project root. */
  dirs?: string[];
  /** Where rendered diagrams are kept between builds, relative to the project root. */
  cacheDir?: string;
  /** For tests: replaces the Chromium launcher. */
  launch?: LaunchBrowser;
}

const stylesheet = fileURLToPath(new URL('../lib/diagrams/diagram.css', import.meta.url));

export default function mermaid(options: MermaidOptions = {}): AstroIntegration {
  let session: DiagramSession | undefined;
  return {
    name: 'pulse-mermaid',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, injectScript }) => {
        if (command === 'preview') return;
        const satteri = satteriOptions(config, 'pulse-mermaid');
        const root = fileURLToPath(config.root);
        const active = new DiagramSession({
          cacheDir: resolve(root, options.cacheDir ?? '.cache/diagrams'),
          ...(options.launch ? { launch: options.launch } : {}),
        });
        session = active;
        satteri.mdastPlugins.push(createDiagramPlugin(active, root));
        // Astro keeps rendered .md entries between builds until its config changes; putting the
        // render settings into the config makes a new theme or mermaid version re-render them.
        satteri.diagramRenderKey = active.hashOf('');
        injectScript('page-ssr', `import ${JSON.stringify(stylesheet)};`);

        const started = performance.now();
        const fences = scanDiagramFences(root, options.dirs ?? ['content', 'src']);
        try {
          await active.renderAll(fences);
        } finally {
          // Pages compile next; they find every diagram in memory, so the browser can go now.
          await active.close();
        }
        const { rendered, cached } = active.stats;
        const ms = Math.round(performance.now() - started);
        logger.info(`diagrams: ${rendered} rendered, ${cached} from cache (${fences.length} fences, ${ms} ms)`);
      },
      'astro:server:setup': ({ server }) => {
        // The dev server has no build output, so it answers for the stylesheets itself.
        server.middlewares.use((request, response, next) => {
          const diagram = session?.known().find((d) => request.url === getDiagramStylesheetPath(d));
          if (!diagram) return next();
          response.setHeader('content-type', 'text/css; charset=utf-8');
          response.end(buildDiagramCss(diagram));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Every diagram the scan found, so entries Astro served from its cache still get theirs.
        const diagrams = session?.known() ?? [];
        for (const diagram of diagrams) {
          const file = fileURLToPath(new URL(`.${getDiagramStylesheetPath(diagram)}`, dir));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, buildDiagramCss(diagram));
        }
        logger.info(`diagrams: ${diagrams.length} stylesheets written`);
        await session?.close();
      },
      'astro:server:done': async () => {
        await session?.close();
      },
    },
  };
}
