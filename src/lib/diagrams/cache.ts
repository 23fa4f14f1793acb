/**
 * Content-addressed store of rendered diagrams: the key covers the diagram source, the mermaid
 * configuration (theme, font, labels) and the mermaid version, so any change to one of them
 * renders afresh and nothing else ever does.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** What mermaid produced for one diagram, before per-page post-processing. */
export interface RenderedDiagram {
  /** The id mermaid was given; every id inside `svg` starts with it. */
  id: string;
  svg: string;
  diagramType: string;
  /** Node labels in document order, for a fallback description. */
  labels: string[];
  /** From `accTitle` / `accDescr`, when the diagram declares them. */
  title?: string | undefined;
  description?: string | undefined;
}

/**
 * Line endings and trailing space never change a diagram, so they never change its key. Leading
 * lines stay: mermaid counts lines from the fence, and error messages point at them.
 */
export function normalizeSource(source: string): string {
  return source.replace(/\r\n?/g, '\n').trimEnd();
}

export function getMermaidVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('mermaid/package.json') as { version: string }).version;
}

export interface CacheKeyParts {
  source: string;
  config: Record<string, unknown>;
  mermaidVersion: string;
}

export function hashDiagram({ source, config, mermaidVersion }: CacheKeyParts): string {
  const key = JSON.stringify([normalizeSource(source), config, mermaidVersion]);
  return createHash('sha256').update(key).digest('hex');
}

/** The id a diagram is rendered with: short, stable, and unlikely to collide on one page. */
export function getDiagramId(hash: string): string {
  return `dg-${hash.slice(0, 12)}`;
}

function isRenderedDiagram(value: unknown): value is RenderedDiagram {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.svg === 'string' &&
    entry.svg.startsWith('<svg') &&
    typeof entry.diagramType === 'string' &&
    Array.isArray(entry.labels)
  );
}

export class DiagramCache {
  constructor(readonly dir: string) {}

  pathOf(hash: string): string {
    return join(this.dir, `${hash}.json`);
  }

  /** The cached render, or undefined when absent or unreadable (a damaged entry is re-rendered). */
  read(hash: string): RenderedDiagram | undefined {
    let text: string;
    try {
      text = readFileSync(this.pathOf(hash), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const value: unknown = JSON.parse(text);
      return isRenderedDiagram(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Writes through a temporary file so a build killed mid-write never leaves half an entry. */
  write(hash: string, diagram: RenderedDiagram): void {
    mkdirSync(this.dir, { recursive: true });
    const target = this.pathOf(hash);
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(diagram));
    renameSync(temporary, target);
  }
}
