/**
 * `npm run check`: the content lint first (it lists every problem with file:line), then
 * Astro's type check, then the EDITING.md check. Every step runs even when an earlier one
 * fails, so one run shows every problem; the command fails if any step did.
 */
import { runAll, type Step } from './run-all.ts';

const resolver = ['--import', './scripts/lint-resolve.mjs'];
const steps: Step[] = [
  { name: 'content lint', command: process.execPath, args: [...resolver, 'scripts/lint.ts', ...process.argv.slice(2)] },
  { name: 'astro check', command: 'npx', args: ['astro', 'check'] },
  { name: 'EDITING.md check', command: process.execPath, args: [...resolver, 'scripts/editing-doc.ts', '--check'] },
];

const failed = runAll(steps, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });
if (failed.length > 0) {
  console.error(`\nnpm run check failed: ${failed.join(', ')}. Fix what each step printed above.`);
  process.exitCode = 1;
} else {
  console.log('\nnpm run check passed: content lint, astro check and EDITING.md.');
}
