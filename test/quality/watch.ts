/**
 * Watches a browser context for what a static page must never do: ask another host for
 * anything, or trip its own Content-Security-Policy. Used by the e2e security and keyboard
 * tests so every interaction they drive is held to the same rules.
 */
import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface Watch {
  /** Requests to any host other than the local test server, as "page → URL". */
  thirdParty: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** CSP violations the page has reported so far, one line per distinct violation. */
  violations(page: Page): Promise<string[]>;
}

const allowedHost = '127.0.0.1';

/** Starts watching `context`; call before opening pages. */
export async function watchContext(context: BrowserContext): Promise<Watch> {
  const thirdParty: string[] = [];
  const errors: string[] = [];
  const consoleViolations = new Map<Page, string[]>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== allowedHost) {
      thirdParty.push(`${request.frame().url()} → ${request.url()}`);
    }
  });
  context.on('page', (page) => {
    page.on('websocket', (socket) => thirdParty.push(`${page.url()} → websocket ${socket.url()}`));
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (/Content Security Policy/i.test(message.text())) {
        consoleViolations.set(page, [...(consoleViolations.get(page) ?? []), message.text()]);
      } else errors.push(`${page.url()}: ${message.text()}`);
    });
  });
  // Registered before any page script runs, so violations during parsing are caught too.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return {
    thirdParty,
    errors,
    async violations(page) {
      // The page's events are precise; console reports also cover workers, but repeat the events.
      const fromEvents = await page.evaluate(() => window.__cspViolations ?? []);
      return countRepeats(fromEvents.length > 0 ? fromEvents : (consoleViolations.get(page) ?? []));
    },
  };
}

/** ["a", "a", "b"] → ["a (×2)", "b"]: one line per distinct report keeps a failure readable. */
export function countRepeats(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, count]) => (count > 1 ? `${line} (×${count})` : line));
}

/** Lets work scheduled on load, on idle or on scroll into view happen before checking. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
    window.scrollTo(0, 0);
  });
}
