/** What the scaffold tests share: the clean lint corpus as the registry and catalog, a fixed day, and `npm run new`. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog';
import { loadCorpus } from '../../src/lib/lint/corpus';
import { referenceStub } from '../../src/lib/lint/schema';
import type { RegistryKpi } from '../../src/lib/scaffold';

const projectRoot = join(import.meta.dirname, '../..');
export const fixtureContent = join(projectRoot, 'test/fixtures/lint/clean');
export const today = new Date(2026, 5, 1);
export const registry: RegistryKpi[] = loadCorpus(fixtureContent)
  .filter((d) => d.kind === 'kpi')
  .map((d) => ({ id: d.id, ...d.data }) as RegistryKpi);
/** What the collection schemas are built with, as the build builds them. */
export const context = { catalog: loadCatalog(fixtureContent), reference: referenceStub };

/** `npm run new -- <kind> <title> --root <content>`, from the project root; throws when it exits non-zero. */
export function runNew(kind: 'industry' | 'guide' | 'training', title: string, content: string): string {
  return execFileSync(
    process.execPath,
    ['--import', './scripts/lint-resolve.mjs', 'scripts/new.ts', kind, title, '--root', content],
    { cwd: projectRoot, encoding: 'utf8', stdio: 'pipe' },
  );
}

/** A skeleton published too early: the schema refuses it, naming each of `fields` as still TODO. */
export function expectUnfinished(result: { error?: { issues: { message: string }[] } }, fields: string[]): void {
  const messages = result.error?.issues.map((issue) => issue.message) ?? [];
  for (const field of fields) {
    expect(messages).toContain(`${field} still says TODO: write it, or keep draft: true until the page is finished.`);
  }
}
