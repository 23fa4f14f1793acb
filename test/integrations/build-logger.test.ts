import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { closeOpenLines } from '../../src/integrations/build-logger.ts';

function capture() {
  const lines: AstroLoggerMessage[] = [];
  return { lines, destination: closeOpenLines({ write: (event) => lines.push(event) }) };
}

const info = (message: string, label: string | null = 'build', newLine = true): AstroLoggerMessage => ({
  label,
  level: 'info',
  message,
  newLine,
});

describe('closeOpenLines', () => {
  it('closes each route line at once and drops the time that would have finished it', () => {
    const { lines, destination } = capture();
    // Four routes rendered at once, as build.concurrency 4 logs them.
    for (const route of ['/a/', '/b/', '/c/', '/d/']) destination.write(info(`  ├─ ${route}`, null, false));
    for (const time of ['(+3ms)', '(+5ms)', '(+4ms)', '(cached)']) destination.write(info(` ${time} `, 'SKIP_FORMAT'));
    destination.write(info('225 page(s) built in 3.82s'));
    expect(lines.map((line) => [line.message, line.newLine])).toEqual([
      ['  ├─ /a/', true],
      ['  ├─ /b/', true],
      ['  ├─ /c/', true],
      ['  ├─ /d/', true],
      ['225 page(s) built in 3.82s', true],
    ]);
  });

  it('passes an unformatted message through when no line is open', () => {
    const { lines, destination } = capture();
    destination.write(info('  ├─ /a/', null, false));
    destination.write(info(' (+3ms) ', 'SKIP_FORMAT'));
    destination.write(info('a shortcut line', 'SKIP_FORMAT'));
    expect(lines.map((line) => line.message)).toEqual(['  ├─ /a/', 'a shortcut line']);
  });

  it('keeps warnings and errors whole, with their level', () => {
    const { lines, destination } = capture();
    destination.write(info('  ├─ /a/', null, false));
    destination.write({ label: 'mermaid', level: 'warn', message: 'diagram 2 is wide', newLine: true });
    destination.write(info(' (+9ms) ', 'SKIP_FORMAT'));
    expect(lines.map((line) => [line.level, line.message])).toEqual([
      ['info', '  ├─ /a/'],
      ['warn', 'diagram 2 is wide'],
    ]);
  });
});
