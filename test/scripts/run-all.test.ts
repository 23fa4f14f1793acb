import { describe, expect, it, vi } from 'vitest';
import { runAll } from '../../scripts/run-all.ts';

const node = (code: string) => ({ command: process.execPath, args: ['-e', code] });

describe('runAll', () => {
  it('runs every step after a failure and names each that failed', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const failed = runAll([
      { name: 'lint', ...node('process.exit(1)') },
      { name: 'types', ...node('process.exit(0)') },
      { name: 'docs', ...node('process.exit(2)') },
    ]);
    expect(failed).toEqual(['lint', 'docs']);
    // All three ran: each announced itself.
    expect(log.mock.calls.map(([line]) => line)).toEqual(['\n== lint', '\n== types', '\n== docs']);
    log.mockRestore();
  });

  it('reports no failure when every step passes', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(runAll([{ name: 'a', ...node('') }])).toEqual([]);
    log.mockRestore();
  });
});
