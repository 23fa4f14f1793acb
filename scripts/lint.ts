/**
 * `npm run lint [-- --root <content dir>] [--today YYYY-MM-DD]`: every content
 * problem at once as `file:line  field  severity: message`, then each page's quality
 * score. Exits 1 when there is an error; warnings alone pass.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listPublicFiles, loadCorpus } from '../src/lib/lint/corpus';
import { formatReport } from '../src/lib/lint/report';
import { lintCorpus } from '../src/lib/lint/run';
import { knownToolIds } from '../src/lib/lint/tool-ids';

const { values } = parseArgs({
  options: { root: { type: 'string', default: 'content' }, today: { type: 'string' } },
});

const today = values.today ? new Date(`${values.today}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) {
  console.error(`--today "${values.today}" is not a date: write YYYY-MM-DD.`);
  process.exit(2);
}

const report = lintCorpus(loadCorpus(resolve(values.root)), {
  today,
  tools: knownToolIds,
  assets: listPublicFiles(resolve('public')),
});
console.log(formatReport(report));
process.exitCode = report.problems.some((problem) => problem.severity === 'error') ? 1 : 0;
