/**
 * The content lint (src/lib/lint/) as the first step of `astro build`, in the build's own
 * process, so a build never publishes what `npm run lint` would refuse (a broken internal
 * link, a figure without a basis…). The lint reads each file through the cache the content
 * loaders and the pages use (src/lib/markdown/content-file.ts): a build reads each content
 * file twice in all, here and in Astro's glob loader, and parses each body once.
 *
 * Only for `astro build`: `npm run check` runs the lint itself before `astro check`, and the
 * dev server reports a file's mistakes as it loads (src/lib/content-loader.ts). The bench
 * sets PULSE_SKIP_CONTENT_LINT=1: its generated library cites placeholder sources on
 * purpose. The build says so when it skips.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { getBuildDate } from '../lib/build-date';
import { ContentError } from '../lib/content-error';
import { hasErrors, lintProject } from '../lib/lint/project';
import { formatProblem } from '../lib/lint/problem';
import { formatReport } from '../lib/lint/report';

export default function contentLint(): AstroIntegration {
  return {
    name: 'pulse-content-lint',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        if (process.env['PULSE_SKIP_CONTENT_LINT'] === '1') {
          logger.warn('PULSE_SKIP_CONTENT_LINT=1: the content lint is skipped; this build may publish its mistakes.');
          return;
        }
        const report = lintProject(fileURLToPath(config.root), { today: getBuildDate(), clock: new Date() });
        if (hasErrors(report)) {
          throw new ContentError(
            'The content lint found mistakes the build cannot publish (npm run lint lists them with each page’s score):',
            report.problems.map(formatProblem),
          );
        }
        logger.info(formatReport(report, { scores: false }));
      },
    },
  };
}
