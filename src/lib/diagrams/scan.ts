/** Finds every mermaid fence under the content folders before the build compiles a page. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readContentFile } from '../markdown/content-file';
import { getSourceFormat, isDiagramLang, readCaption, type DiagramFence } from './extract';

export interface LocatedFence extends DiagramFence {
  /** Relative to the project root, with forward slashes. */
  file: string;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else if (getSourceFormat(entry.name)) files.push(path);
  }
  return files.sort();
}

export function toProjectPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/**
 * The fences of one file on disk, read through the build's one copy of each content file
 * (src/lib/markdown/content-file.ts); none when the body does not parse (the build says why).
 */
export function readDiagramFences(root: string, file: string): LocatedFence[] {
  if (!getSourceFormat(file)) return [];
  const { facts } = readContentFile(file);
  return facts.fences
    .filter((fence) => isDiagramLang(fence.lang))
    .map((fence) => ({
      source: fence.value,
      line: fence.line,
      caption: readCaption(fence.meta),
      file: toProjectPath(root, file),
    }));
}

/** Every mermaid fence in the Markdown and MDX files under `dirs` (absolute or root-relative). */
export function scanDiagramFences(root: string, dirs: readonly string[]): LocatedFence[] {
  return dirs.flatMap((dir) => listFiles(resolve(root, dir)).flatMap((file) => readDiagramFences(root, file)));
}
