/**
 * Everything a build knows about its diagrams: the cache, what has been rendered so far, and a
 * browser that is launched only when something is missing from the cache, and then only once.
 */
import { launchDiagramBrowser, type DiagramBrowser, type RenderJob } from './browser';
import {
  DiagramCache,
  getDiagramId,
  getMermaidVersion,
  hashDiagram,
  normalizeSource,
  type RenderedDiagram,
} from './cache';
import { DiagramError, type DiagramFailure } from './errors';
import { getMermaidConfig } from './theme';

export type LaunchBrowser = (config: Record<string, unknown>) => Promise<DiagramBrowser>;

export interface DiagramLocation {
  file: string;
  line: number;
}

export interface SessionOptions {
  cacheDir: string;
  /** Injected by tests; the default drives the system Chromium. */
  launch?: LaunchBrowser;
  /** How long a browser opened for a late diagram (dev edits) stays open without work. */
  idleMs?: number;
}

export interface RenderStats {
  rendered: number;
  cached: number;
}

export class DiagramSession {
  readonly cache: DiagramCache;
  readonly config = getMermaidConfig();
  readonly mermaidVersion = getMermaidVersion();
  readonly stats: RenderStats = { rendered: 0, cached: 0 };
  readonly #known = new Map<string, RenderedDiagram>();
  readonly #launch: LaunchBrowser;
  readonly #idleMs: number;
  #browser: Promise<DiagramBrowser> | undefined;
  #active = 0;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: SessionOptions) {
    this.cache = new DiagramCache(options.cacheDir);
    // Imported statically: Astro loads this through a module runner that is closed by the time
    // a hook runs, so a lazy import() would fail.
    this.#launch = options.launch ?? ((config) => launchDiagramBrowser(config));
    this.#idleMs = options.idleMs ?? 5_000;
  }

  hashOf(source: string): string {
    return hashDiagram({ source, config: this.config, mermaidVersion: this.mermaidVersion });
  }

  /** Every diagram rendered or loaded so far, in id order. */
  known(): RenderedDiagram[] {
    return [...this.#known.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** A rendered diagram from memory or disk, without ever starting a browser. */
  lookup(source: string): RenderedDiagram | undefined {
    const hash = this.hashOf(source);
    const known = this.#known.get(hash);
    if (known) return known;
    const cached = this.cache.read(hash);
    if (cached) {
      this.#known.set(hash, cached);
      this.stats.cached++;
    }
    return cached;
  }

  /**
   * Renders every source not yet cached, all at once in one browser. Each distinct diagram is
   * rendered once however many fences repeat it; all failures are reported together.
   */
  async renderAll(fences: ReadonlyArray<DiagramLocation & { source: string }>): Promise<void> {
    const pending = new Map<string, { source: string; locations: DiagramLocation[] }>();
    for (const { source, file, line } of fences) {
      if (this.lookup(source)) continue;
      const hash = this.hashOf(source);
      const entry = pending.get(hash) ?? { source, locations: [] };
      entry.locations.push({ file, line });
      pending.set(hash, entry);
    }
    if (pending.size === 0) return;
    const failures: DiagramFailure[] = [];
    await Promise.all(
      [...pending].map(async ([hash, { source, locations }]) => {
        const outcome = await this.#render({ id: getDiagramId(hash), source: normalizeSource(source) });
        if (outcome.ok) this.#store(hash, outcome.diagram);
        else failures.push(...locations.map((at) => ({ ...at, source, message: outcome.message })));
      }),
    );
    if (failures.length > 0) {
      failures.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
      throw new DiagramError(failures);
    }
  }

  /** The rendered diagram for one fence, rendering it now if no cache has it. */
  async get(source: string, location: DiagramLocation): Promise<RenderedDiagram> {
    await this.renderAll([{ source, ...location }]);
    return this.lookup(source)!;
  }

  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    const browser = this.#browser;
    this.#browser = undefined;
    // A browser that failed to launch has already reported why; there is nothing to close.
    const launched = await browser?.catch(() => undefined);
    await launched?.close();
  }

  #store(hash: string, diagram: RenderedDiagram) {
    this.cache.write(hash, diagram);
    this.#known.set(hash, diagram);
    this.stats.rendered++;
  }

  async #render(job: RenderJob) {
    clearTimeout(this.#idleTimer);
    this.#active++;
    try {
      this.#browser ??= this.#launch(this.config);
      // A launch failure (no Chromium) stops the build with its own sentence; a failure while
      // rendering belongs to one diagram and is reported with its file and line.
      const browser = await this.#browser;
      return await browser.render(job).catch((error: unknown) => ({
        ok: false as const,
        message: `Chromium failed while rendering: ${error instanceof Error ? error.message : String(error)}`,
      }));
    } finally {
      this.#active--;
      if (this.#active === 0) this.#idleTimer = setTimeout(() => void this.close(), this.#idleMs);
    }
  }
}
