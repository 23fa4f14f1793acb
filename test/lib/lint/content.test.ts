/**
 * The library's own content must pass the lint's errors, so a mistake fails CI
 * (`npm test`) and not only `npm run check`. Warnings are left to editors.
 */
import { describe, expect, it } from 'vitest';
import { listPublicFiles, loadCorpus } from '../../../src/lib/lint/corpus';
import { formatProblem } from '../../../src/lib/lint/problem';
import { lintCorpus } from '../../../src/lib/lint/run';
import { knownToolIds } from '../../../src/lib/lint/tool-ids';
import { root } from './fixtures';

describe('content/', () => {
  it('has no lint errors', () => {
    const report = lintCorpus(loadCorpus(`${root}content`, root), {
      today: new Date(),
      tools: knownToolIds,
      assets: listPublicFiles(`${root}public`),
    });
    const errors = report.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
    expect(report.files).toBeGreaterThan(0);
  });
});
