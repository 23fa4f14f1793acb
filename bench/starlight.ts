/**
 * The same synthetic prose as the bare yardstick (bare.ts), built by Starlight, Astro's
 * documentation theme: a second yardstick, a site with layouts, navigation and Pagefind
 * search like Pulse's, that someone else maintains. Its search index is built inside
 * `astro build`, as Starlight does by default, so its one build step includes it.
 *
 * The sidebar holds one link. Starlight's default sidebar lists every page on every page,
 * which grows each page with the library (quadratic HTML); Pulse's pages link to a
 * bounded number of others, so the fair comparison leaves the full list out.
 */
import { cpSync, mkdirSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePosts } from './bare.ts';

const config = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://starlight.example.org',
  integrations: [starlight({ title: 'Sales KPIs', sidebar: [{ label: 'Home', link: '/' }] })],
});
`;

const collections = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const home = `---\ntitle: Sales KPIs\ndescription: Sales KPIs by industry.\n---\n\nSales KPIs by industry.\n`;

/**
 * Replaces the workspace's link to a package (workspace.ts links node_modules entry by
 * entry) with a copy. Astro compiles a package's .astro components only from inside the
 * project root, and Starlight's components (and expressive-code's) are .astro files.
 */
function copyPackage(dir: string, name: string): void {
  const modules = join(dir, 'node_modules');
  const [scope, base] = name.includes('/') ? name.split('/') : [undefined, name];
  if (scope) {
    // The scope folder is itself one link: make it a folder of links to its packages.
    const linkedScope = join(modules, scope);
    const realScope = realpathSync(linkedScope);
    rmSync(linkedScope);
    mkdirSync(linkedScope);
    for (const entry of readdirSync(realScope)) symlinkSync(join(realScope, entry), join(linkedScope, entry), 'dir');
  }
  const target = join(modules, ...(scope ? [scope] : []), base!);
  const real = realpathSync(target);
  rmSync(target);
  cpSync(real, target, { recursive: true });
}

/** Writes a Starlight project and `pages` Markdown pages into `dir`. */
export function writeStarlightSite(dir: string, pages: number, seed: number): void {
  const docs = join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({
      name: 'starlight-bench',
      private: true,
      type: 'module',
      scripts: { build: 'astro build' },
      // As in a real Starlight project: Astro bundles the packages a project depends on that use Astro.
      dependencies: { '@astrojs/starlight': '*', astro: '*' },
    })}\n`,
  );
  writeFileSync(join(dir, 'astro.config.mjs'), config);
  writeFileSync(join(dir, 'src', 'content.config.ts'), collections);
  writeFileSync(join(docs, 'index.md'), home);
  writePosts(join(docs, 'posts'), pages, seed);
  for (const name of ['@astrojs/starlight', 'astro-expressive-code']) copyPackage(dir, name);
}
