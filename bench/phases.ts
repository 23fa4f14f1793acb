/**
 * Where a build's wall time went, read from the build's log: diagram rendering, content
 * sync, the Vite bundle, page generation and the Pagefind index (the build's second
 * step). Best effort: a phase whose log lines are missing (another Astro version, no
 * diagrams) is null.
 */

export interface BuildPhases {
  diagrams: number | null;
  contentSync: number | null;
  bundle: number | null;
  generatePages: number | null;
  searchIndex: number | null;
}

/** "736ms", "11.92s", "1m 4s" → seconds. */
function parseDuration(text: string): number | null {
  const match = /(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)\b/.exec(text);
  if (!match) return null;
  const minutes = Number(match[1] ?? 0);
  const amount = Number(match[2]);
  return minutes * 60 + (match[3] === 'ms' ? amount / 1000 : amount);
}

/** Seconds since midnight of a log line's "HH:MM:SS" stamp. */
function stampOf(line: string | undefined): number | null {
  const match = line && /^(\d\d):(\d\d):(\d\d)/.exec(line);
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : null;
}

function between(lines: readonly string[], start: RegExp, end: RegExp): number | null {
  const from = stampOf(lines.find((line) => start.test(line)));
  const to = stampOf(lines.find((line) => end.test(line)));
  return from === null || to === null ? null : (to - from + 86_400) % 86_400;
}

export function readBuildPhases(log: string): BuildPhases {
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const diagramLine = lines.find((line) => /diagrams: \d+ rendered/.test(line));
  const bundleLine = lines.find((line) => /\[vite\] ✓ built in/.test(line));
  const routes = lines.findIndex((line) => /generating static routes/.test(line));
  // The search-index step after `astro build` logs its own time; older builds indexed inside Astro.
  const indexLine = lines.find((line) => /\[search-index\] indexed .* in [\d.]+ s$/.test(line));
  const generated = routes < 0 ? undefined : lines.slice(routes).find((line) => /✓ Completed in/.test(line));
  return {
    diagrams: diagramLine ? parseDuration(/fences, ([^)]*)\)/.exec(diagramLine)?.[1] ?? '') : null,
    // Timestamps have one-second resolution; the sync is long enough at scale for that to do.
    contentSync: between(lines, /\[content\] Syncing content/, /\[content\] Synced content/),
    bundle: bundleLine ? parseDuration(bundleLine.split('built in')[1] ?? '') : null,
    generatePages: generated ? parseDuration(generated.split('Completed in')[1] ?? '') : null,
    searchIndex: indexLine
      ? parseDuration(/ in ([\d.]+ s)$/.exec(indexLine)?.[1] ?? '')
      : between(lines, /\[@astrojs\/sitemap\]/, /\[pulse:pagefind\] indexed/),
  };
}
