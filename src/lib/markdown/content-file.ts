/**
 * A content file read from disk once per build: its frontmatter split off and parsed with
 * `yaml`, its body parsed once into MarkdownFacts; a KPI's YAML file is all frontmatter.
 * The id check, the catalog, the content loaders, the diagram pre-scan, the page routes,
 * the related index and the lint all ask here, so a file is read by Pulse once (Astro's
 * glob loader reads it a second time). Keyed by path and modification time, so the dev
 * server sees edits.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeMarkdown, emptyFacts, type MarkdownFacts, type SourceFormat } from './analyze';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './frontmatter';

export interface ContentFile {
  /** The body as written, after the frontmatter. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** The file's size in bytes (UTF-8). */
  bytes: number;
  /**
   * The frontmatter as written (a YAML file's whole text) and the file's line it starts on;
   * undefined when a Markdown file has none. Kept as text: it is what the slug check scans.
   */
  yaml: { text: string; line: number } | undefined;
  /**
   * The frontmatter; for a file without one, no data and one located error. Parsed on first
   * read: only the lint asks for it. The build's readers (diagram scan, pages, related
   * index) take the body and its facts, and the glob loader has already parsed the data,
   * so parsing every file's YAML with line positions here cost the build about 4 ms a page
   * and kept each parsed document alive for the whole build.
   */
  readonly frontmatter: ParsedYaml;
  facts: MarkdownFacts;
  /** Why the body does not parse (invalid MDX), located; undefined when it does. */
  parseError?: { line: number; message: string } | undefined;
}

/** How a content file is parsed: a KPI's YAML data file, or a page's Markdown or MDX. */
export type ContentFormat = SourceFormat | 'yaml';

/** The file extensions this module reads, each with its format. */
export const contentFormats: ReadonlyMap<string, ContentFormat> = new Map([
  ['.md', 'markdown'],
  ['.mdx', 'mdx'],
  ['.yaml', 'yaml'],
  ['.yml', 'yaml'],
]);

export function formatOf(file: string): ContentFormat {
  return contentFormats.get(file.slice(file.lastIndexOf('.'))) ?? 'markdown';
}

const noFrontmatter: ParsedYaml = {
  data: undefined,
  errors: [
    {
      line: 1,
      message: 'no frontmatter: the file must start with a --- line, the YAML fields, then another --- line.',
    },
  ],
  lineOf: () => 1,
};

/** Parses a content file's text; pure, for tests and for the lint's fixtures. */
export function parseContentFile(text: string, format: ContentFormat): ContentFile {
  const split = format === 'yaml' ? { yaml: text, yamlLine: 1, body: '', bodyLine: 1 } : splitFrontmatter(text);
  const body = split ? split.body : text;
  const bodyLine = split ? split.bodyLine : 1;
  let frontmatter: ParsedYaml | undefined = split ? undefined : noFrontmatter;
  return {
    body,
    bodyLine,
    bytes: Buffer.byteLength(text),
    yaml: split && { text: split.yaml, line: split.yamlLine },
    ...(format === 'yaml' ? { facts: emptyFacts() } : analyzeBody(body, format, bodyLine)),
    get frontmatter() {
      return (frontmatter ??= parseYaml(split?.yaml ?? '', split?.yamlLine));
    },
  };
}

/**
 * The file's fields for the content loaders, undefined when they do not parse. Read with
 * js-yaml's core schema, not with `yaml` as `frontmatter` is: the two agree on every value
 * (YAML 1.2's core schema, dates kept as text; test/lib/markdown/content-file.test.ts holds
 * them to it over every content file and fixture), and js-yaml without line positions is
 * several times faster: `yaml`'s parse here was 4.2 of a 2,000-page build's 16 sync seconds.
 * Parsed afresh each call, so the build keeps no parsed document alive.
 */
export function readFields(file: ContentFile): Record<string, unknown> | undefined {
  if (!file.yaml) return undefined;
  try {
    const data: unknown = load(file.yaml.text, { schema: CORE_SCHEMA });
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function analyzeBody(body: string, format: SourceFormat, bodyLine: number): Pick<ContentFile, 'facts' | 'parseError'> {
  try {
    return { facts: analyzeMarkdown(body, format, bodyLine) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/(\d+):\d+/.exec(message)?.[1] ?? 1) + bodyLine - 1;
    return { facts: emptyFacts(), parseError: { line, message: `the body does not parse: ${message}` } };
  }
}

/**
 * One cache per process: the mermaid integration (loaded by Node with the config) and the
 * pages (bundled by Vite) import this module as two instances, and should share the reads.
 */
const cacheKey = Symbol.for('pulse.content-files');
const cache: Map<string, { mtime: number; file: ContentFile }> = ((globalThis as Record<symbol, unknown>)[cacheKey] ??=
  new Map()) as Map<string, { mtime: number; file: ContentFile }>;

/** The file at `path` (absolute, or relative to the working directory), read and parsed once. */
export function readContentFile(path: string): ContentFile {
  const absolute = resolve(path);
  const mtime = statSync(absolute).mtimeMs;
  const hit = cache.get(absolute);
  if (hit && hit.mtime === mtime) return hit.file;
  const file = parseContentFile(readFileSync(absolute, 'utf8'), formatOf(absolute));
  cache.set(absolute, { mtime, file });
  return file;
}
