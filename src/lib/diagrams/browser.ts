/**
 * The only module that drives Chromium. One browser per build; a few pages inside it render
 * diagrams concurrently (mermaid queues renders within a page, so parallelism needs pages).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { chromiumArgs, findChromium } from '../chromium';
import type { RenderedDiagram } from './cache';

export interface RenderJob {
  /** Becomes the prefix of every id inside the SVG. */
  id: string;
  source: string;
}

export type RenderOutcome = { ok: true; diagram: RenderedDiagram } | { ok: false; message: string };

export interface DiagramBrowser {
  render(job: RenderJob): Promise<RenderOutcome>;
  close(): Promise<void>;
}

// A made-up origin that can never resolve: the page and mermaid's files are answered from
// node_modules and every other request is refused, so rendering never touches the network.
const origin = 'http://diagrams.invalid';
const mermaidDist = dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs'));
// The ESM build fetches only the chunks a diagram type needs: about half the start-up time
// of the 5.5 MB single-file build when two pages start at once on two cores.
const pageHtml =
  '<!doctype html><meta charset="utf-8"><script type="module">' +
  'import mermaid from "/mermaid/mermaid.esm.min.mjs"; globalThis.mermaid = mermaid;</script>';

function serveFromMemory(route: Route) {
  const { pathname } = new URL(route.request().url());
  if (pathname === '/') return route.fulfill({ body: pageHtml, contentType: 'text/html' });
  if (pathname.startsWith('/mermaid/')) {
    const file = resolve(mermaidDist, `.${pathname.slice('/mermaid'.length)}`);
    if (file.startsWith(mermaidDist + sep) && file.endsWith('.mjs')) {
      return route.fulfill({ body: readFileSync(file), contentType: 'text/javascript' });
    }
  }
  return route.abort();
}

/** Runs inside the page once: the configuration every render there starts from. */
function initializeInPage(config: Record<string, unknown>) {
  const { mermaid } = globalThis as unknown as { mermaid: MermaidGlobal };
  // Without suppressErrorRendering, render() would draw mermaid's "Syntax error" picture
  // before throwing; with it, render() throws the parser's own message, so no separate parse.
  mermaid.initialize({ ...config, suppressErrorRendering: true });
}

/**
 * Runs inside the page: mermaid's own parse message on failure, else the SVG and its text.
 * Each render() resets mermaid to the page's initial configuration before reading the
 * diagram's own directives, so one diagram's `%%{init}%%` never reaches the next.
 */
async function renderInPage(args: { id: string; source: string }) {
  const { mermaid } = globalThis as unknown as { mermaid: MermaidGlobal };
  try {
    const { svg, diagramType } = await mermaid.render(args.id, args.source);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const text = (selector: string) => doc.querySelector(selector)?.textContent?.trim() || undefined;
    // Wrapped labels are separate <tspan> rows; joining their text with spaces keeps words apart.
    const readWords = (element: Element) => {
      const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      while (walker.nextNode()) parts.push(walker.currentNode.nodeValue ?? '');
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    };
    const labels = [...doc.querySelectorAll('.node')].map(readWords).filter(Boolean);
    const diagram = {
      id: args.id,
      svg,
      diagramType,
      labels,
      title: text('svg > title'),
      description: text('svg > desc'),
    };
    return { ok: true as const, diagram };
  } catch (error) {
    return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
  }
}

interface MermaidGlobal {
  initialize(config: Record<string, unknown>): void;
  render(id: string, source: string): Promise<{ svg: string; diagramType: string }>;
}

async function openRenderPage(context: BrowserContext, config: Record<string, unknown>): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'mermaid' in globalThis);
  await page.evaluate(initializeInPage, config);
  return page;
}

/** Launches Chromium (found by findChromium) with up to `pages` mermaid pages. */
export async function launchDiagramBrowser(
  config: Record<string, unknown>,
  pages = Math.min(4, availableParallelism()),
  timeoutMs = 60_000,
): Promise<DiagramBrowser> {
  const executablePath = findChromium();
  const browser: Browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  const context = await browser.newContext();
  await context.route('**/*', (route) => serveFromMemory(route));

  // Pages open lazily, one per concurrent job, so a single diagram pays for a single page.
  const idle: Page[] = [];
  const waiting: Array<{ resolve: (page: Page) => void; reject: (error: unknown) => void }> = [];
  let opened = 0;
  function openPage(): Promise<Page> {
    opened++;
    return openRenderPage(context, config).catch((error: unknown) => {
      opened--;
      throw error;
    });
  }
  function acquire(): Promise<Page> {
    const page = idle.pop();
    if (page) return Promise.resolve(page);
    if (opened < pages) return openPage();
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  }
  function release(page: Page) {
    const next = waiting.shift();
    if (next) next.resolve(page);
    else idle.push(page);
  }
  // A page that crashed or is stuck in a layout loop is dropped; whoever waits gets a new one.
  function discard(page: Page) {
    opened--;
    void page.close().catch(() => undefined);
    const next = waiting.shift();
    if (next) openPage().then(next.resolve, next.reject);
  }

  return {
    async render(job) {
      const page = await acquire();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      try {
        const outcome = await Promise.race([page.evaluate(renderInPage, job), timeout]);
        if (outcome === 'timeout') {
          discard(page);
          return { ok: false, message: `mermaid did not finish within ${timeoutMs / 1000} s` };
        }
        release(page);
        return outcome;
      } catch (error) {
        discard(page);
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => browser.close(),
  };
}
