/**
 * Reads a content folder (`content/` or a fixture corpus shaped like it) into lint
 * documents. Ids follow the content loaders: the path under the collection folder
 * without its extension; files and folders starting with `_` are skipped.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readContentFile } from '../markdown/content-file';
import { toLintDocument, type DocumentKind, type LintDocument } from './document';

const folders: { folder: string; kind: DocumentKind; pattern: RegExp }[] = [
  { folder: 'kpis', kind: 'kpi', pattern: /\.ya?ml$/ },
  { folder: 'guides', kind: 'guide', pattern: /\.mdx?$/ },
  { folder: 'industries', kind: 'industry', pattern: /\.mdx?$/ },
  { folder: 'trainings', kind: 'training', pattern: /\.md$/ },
  { folder: 'tools', kind: 'tool', pattern: /\.md$/ },
];

/** `root` is the content folder; `base` is what printed paths are relative to. */
export function loadCorpus(root: string, base: string = process.cwd()): LintDocument[] {
  return folders.flatMap(({ folder, kind, pattern }) => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => pattern.test(name) && !name.split(sep).some((part) => part.startsWith('_')))
      .sort()
      .map((name) => {
        const path = join(dir, name);
        const id = name.replace(pattern, '').split(sep).join('/');
        return toLintDocument(relative(base, path).split(sep).join('/'), kind, id, readContentFile(path));
      });
  });
}

/** Files under `dir` (the public/ folder) as the site serves them: "/favicon.svg". */
export function listPublicFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .sort();
}
