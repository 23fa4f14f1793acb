/**
 * `npm run lint [-- --root <content dir>] [--today YYYY-MM-DD] [--quiet]`: every content
 * problem at once as `file:line  field  severity: message`, then each page's quality
 * score (not with --quiet). Exits 1 when there is an error;
 * warnings alone pass.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getBuildDate } from '../src/lib/build-date';
import { hasErrors, lintProject } from '../src/lib/lint/project';
import { formatReport } from '../src/lib/lint/report';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'content' },
    today: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

// The build's own date (SOURCE_DATE_EPOCH, else the last commit's), so the check scores a
// page as the build will; --today pins it instead.
const today = values.today ? new Date(`${values.today}T00:00:00Z`) : getBuildDate();
if (Number.isNaN(today.getTime())) {
  console.error(`--today "${values.today}" is not a date: write YYYY-MM-DD.`);
  process.exit(2);
}

const report = lintProject(process.cwd(), {
  content: resolve(values.root),
  today,
  clock: values.today ? today : new Date(),
});
console.log(formatReport(report, { scores: !values.quiet }));
process.exitCode = hasErrors(report) ? 1 : 0;
