/**
 * Writes EDITING.md from the schemas, lint rules and quality checklist.
 * `--check` writes nothing and exits 1 when the file is out of date.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderEditingDoc } from './editing-doc-render';

const path = fileURLToPath(new URL('../EDITING.md', import.meta.url));
const expected = renderEditingDoc();

if (process.argv.includes('--check')) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current !== expected) {
    console.error('EDITING.md is out of date: run `npm run docs:editing`.');
    process.exitCode = 1;
  }
} else {
  writeFileSync(path, expected);
  console.log('Wrote EDITING.md');
}
