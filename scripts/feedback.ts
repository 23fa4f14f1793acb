/**
 * `npm run feedback -- report [--csv FILE]`: yes/no counts and the newest comments per page.
 * `npm run feedback -- views FILE`: writes the views file the build reads (PULSE_VIEWS_FILE).
 * Both read the receiver's database: --db, PULSE_FEEDBACK_DB or .data/feedback.sqlite.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReport, formatReportCsv, formatViewsFile } from '../src/lib/feedback/report.ts';
import { defaultDatabase, openStore } from '../src/lib/feedback/store.ts';

const usage = 'Usage: npm run feedback -- report [--csv FILE] [--latest N] | views FILE   [--db FILE]';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      db: { type: 'string', default: process.env.PULSE_FEEDBACK_DB ?? defaultDatabase },
      csv: { type: 'string' },
      latest: { type: 'string', default: '3' },
    },
  });
  const [command, file] = positionals;
  if (command !== 'report' && !(command === 'views' && file)) {
    console.error(usage);
    return 2;
  }
  if (!existsSync(values.db)) {
    console.error(`No feedback database at ${values.db}: start "npm run feedback-server" first, or pass --db.`);
    return 1;
  }
  const store = openStore(values.db);
  try {
    if (command === 'views') {
      const totals = store.viewTotals();
      writeFileSync(file!, formatViewsFile(totals, file!));
      console.log(
        `Wrote views for ${totals.size} ${totals.size === 1 ? 'page' : 'pages'} to ${file}; build with PULSE_VIEWS_FILE=${file} to show them.`,
      );
      return 0;
    }
    const pages = store.summarise(Number(values.latest));
    process.stdout.write(formatReport(pages));
    if (values.csv) {
      writeFileSync(values.csv, formatReportCsv(pages));
      console.log(`Wrote ${pages.length} ${pages.length === 1 ? 'page' : 'pages'} to ${values.csv}`);
    }
    return 0;
  } finally {
    store.close();
  }
}

if (import.meta.main) process.exitCode = main();
