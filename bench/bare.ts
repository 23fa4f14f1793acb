/**
 * A bare Astro site over the same synthetic prose: one content collection of plain `.md`
 * pages and one route, no schema checks, layouts, related links, diagrams or search.
 * It is the yardstick the issue's "bare Astro" figures describe, and the in-run baseline
 * the CI check divides by, so a slow machine slows both sides of the ratio.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeHeading, writeParagraph, type Topic } from './prose.ts';
import { createRng } from './rng.ts';
import { markets, offerings, segments } from './vocabulary.ts';

const config = `import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://bare.example.org' });\n`;

const collections = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const posts = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/posts' }),
  schema: z.object({ title: z.string(), description: z.string() }),
});
export const collections = { posts };
`;

const route = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('posts')).map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<html lang="en"><head><meta charset="utf-8" /><title>{post.data.title}</title><meta name="description" content={post.data.description} /></head>
<body><main><h1>{post.data.title}</h1><Content /></main></body></html>
`;

/**
 * The `pages` Markdown posts both yardsticks build (bare Astro and Starlight), written
 * into `folder` as `post-N.md` with a title and a description: the same seeded prose.
 */
export function writePosts(folder: string, pages: number, seed: number): void {
  const rng = createRng(seed);
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < pages; i++) {
    const subject = `${rng.pick(markets)} ${rng.pick(offerings)}`;
    const topic: Topic = {
      subject,
      kpiNames: ['Win rate', 'Pipeline coverage', 'Net revenue retention'],
      segments: rng.sample(segments, 3),
    };
    const sections = [writeParagraph(rng, topic, 4)];
    for (let s = 0; s < 6; s++)
      sections.push(`## ${writeHeading(rng, topic)}`, writeParagraph(rng, topic, rng.int(4, 7)));
    const front = `---\ntitle: ${JSON.stringify(`Sales KPIs for ${subject} ${i + 1}`)}\ndescription: ${JSON.stringify(writeParagraph(rng, topic, 1))}\n---\n`;
    writeFileSync(join(folder, `post-${i + 1}.md`), `${front}\n${sections.join('\n\n')}\n`);
  }
}

/** Writes the bare project's files and `pages` Markdown posts into `dir`. */
export function writeBareSite(dir: string, pages: number, seed: number): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    '{ "name": "bare-bench", "private": true, "type": "module", "scripts": { "build": "astro build" } }\n',
  );
  writeFileSync(join(dir, 'astro.config.mjs'), config);
  writeFileSync(join(dir, 'src', 'content.config.ts'), collections);
  writeFileSync(join(dir, 'src', 'pages', '[...slug].astro'), route);
  writePosts(join(dir, 'content', 'posts'), pages, seed);
}
