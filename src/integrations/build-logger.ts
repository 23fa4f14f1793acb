/**
 * Astro's own Node logger, with one change when the output is not a terminal (CI, a log
 * file, a test capturing it). Astro prints each built route as an open line and finishes
 * it with the render time once the page is written; with `build.concurrency: 4` four lines
 * are open at once, so a captured log reads `├─ /a/ ├─ /b/ (+3ms)` and then orphaned
 * `(+5ms)` lines. Here an open line is closed at once and the fragment that would have
 * finished it is left out: with pages rendered concurrently it cannot be matched to its
 * route. A terminal gets Astro's output unchanged. Set as `logger` in astro.config.mjs.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogger, { type NodeHandlerConfig } from 'astro/logger/node';

/**
 * Wraps `inner` so that no line is ever left open. Astro finishes an open line with an
 * unformatted (`SKIP_FORMAT`) fragment; while lines are open, such a fragment is dropped.
 */
export function closeOpenLines(inner: AstroLoggerDestination): AstroLoggerDestination {
  let open = 0;
  return {
    ...inner,
    write(event: AstroLoggerMessage) {
      if (!event.newLine) {
        open += 1;
        inner.write({ ...event, newLine: true });
        return;
      }
      if (event.label === 'SKIP_FORMAT' && open > 0) {
        open -= 1;
        return;
      }
      inner.write(event);
    },
  };
}

export default function buildLogger(config?: NodeHandlerConfig): AstroLoggerDestination {
  const inner = nodeLogger(config);
  return process.stdout.isTTY ? inner : closeOpenLines(inner);
}
