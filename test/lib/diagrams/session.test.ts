import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChromiumNotFoundError } from '~/lib/chromium';
import { DiagramError } from '~/lib/diagrams/errors';
import { DiagramSession } from '~/lib/diagrams/session';
import { createFakeBrowser } from './fake-browser';

const dirs: string[] = [];
function makeCacheDir() {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-diagram-session-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const at = (file: string, line: number, source: string) => ({ file, line, source });

describe('DiagramSession', () => {
  it('renders each distinct diagram once, in one browser, and closes it', async () => {
    const fake = createFakeBrowser();
    const session = new DiagramSession({ cacheDir: makeCacheDir(), launch: fake.launch });
    await session.renderAll([
      at('a.md', 3, 'graph TD\nA-->B'),
      at('b.md', 5, 'graph TD\r\nA-->B\n'),
      at('b.md', 9, 'graph LR\nC-->D'),
    ]);
    await session.close();
    expect(fake.launches).toBe(1);
    expect(fake.jobs.map((j) => j.source)).toEqual(['graph TD\nA-->B', 'graph LR\nC-->D']);
    expect(session.stats).toEqual({ rendered: 2, cached: 0 });
    expect(fake.closed).toBe(1);
  });

  it('launches no browser when every diagram is in the cache from an earlier build', async () => {
    const cacheDir = makeCacheDir();
    const fences = [at('a.md', 3, 'graph TD\nA-->B'), at('b.md', 9, 'graph LR\nC-->D')];
    const first = new DiagramSession({ cacheDir, launch: createFakeBrowser().launch });
    await first.renderAll(fences);
    await first.close();

    const fake = createFakeBrowser();
    const second = new DiagramSession({ cacheDir, launch: fake.launch });
    await second.renderAll(fences);
    expect(fake.launches).toBe(0);
    expect(second.stats).toEqual({ rendered: 0, cached: 2 });
    expect(second.lookup('graph LR\nC-->D')?.svg).toContain('C-->D');
  });

  it('reports every failing fence by file and line, and still caches the diagrams that worked', async () => {
    const cacheDir = makeCacheDir();
    const session = new DiagramSession({ cacheDir, launch: createFakeBrowser().launch });
    const run = session.renderAll([
      at('content/b.mdx', 12, 'graph TD\nBROKEN'),
      at('content/a.md', 4, 'graph TD\nA-->B'),
      at('content/a.md', 30, 'graph TD\nBROKEN'),
    ]);
    await expect(run).rejects.toBeInstanceOf(DiagramError);
    const error = (await run.catch((e: unknown) => e)) as DiagramError;
    expect(error.failures.map((f) => `${f.file}:${f.line}`)).toEqual(['content/a.md:30', 'content/b.mdx:12']);
    // The fake browser reports line 2 of the diagram: the line below the fence's first.
    expect(error.message).toContain(
      'content/a.md:32  mermaid: this line of the diagram that opens on line 30 does not parse: correct it as mermaid explains below, then build again.\n    BROKEN',
    );
    await session.close();
    expect(new DiagramSession({ cacheDir }).lookup('graph TD\nA-->B')).toBeDefined();
  });

  it('blames a browser crash on the diagram being rendered, not on the build', async () => {
    const session = new DiagramSession({ cacheDir: makeCacheDir(), launch: createFakeBrowser().launch });
    await expect(session.renderAll([at('content/c.md', 7, 'graph TD\nCRASH')])).rejects.toThrow(
      'content/c.md:7  mermaid: Chromium failed while rendering: Target page, context or browser has been closed',
    );
    await session.close();
  });

  it('passes on the sentence that says which Chromium to install', async () => {
    const session = new DiagramSession({
      cacheDir: makeCacheDir(),
      launch: () => Promise.reject(new ChromiumNotFoundError()),
    });
    await expect(session.renderAll([at('a.md', 1, 'graph TD\nA-->B')])).rejects.toThrow(
      /^No Chromium found\. Install one with/,
    );
    await session.close();
  });

  it('renders a late diagram on demand and closes the browser once idle', async () => {
    const fake = createFakeBrowser();
    const session = new DiagramSession({ cacheDir: makeCacheDir(), launch: fake.launch, idleMs: 1 });
    const rendered = await session.get('graph TD\nX-->Y', { file: 'a.md', line: 1 });
    expect(rendered.svg).toContain('X-->Y');
    await expect.poll(() => fake.closed).toBe(1);
  });
});
