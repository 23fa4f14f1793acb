/**
 * The options of Astro's Sätteri Markdown processor, which Pulse's integrations add their
 * plugins to at `astro:config:setup`: one plugin list covers `.md` and `.mdx` bodies.
 */
import type { AstroConfig } from 'astro';

export interface SatteriOptions {
  mdastPlugins: unknown[];
  hastPlugins: unknown[];
  /** Any setting here joins Astro's key for cached Markdown renders (see mermaid.ts). */
  diagramRenderKey?: string;
}

export function satteriOptions(config: AstroConfig, integration: string): SatteriOptions {
  const processor = config.markdown.processor as unknown as { name: string; options: SatteriOptions };
  if (processor.name !== 'satteri') {
    throw new Error(
      `${integration} plugs into the Sätteri Markdown processor, but markdown.processor is "${processor.name}". ` +
        'Remove markdown.processor from astro.config.mjs or set it to satteri().',
    );
  }
  return processor.options;
}
