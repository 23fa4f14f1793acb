/**
 * Watches a browser context for what a static page must never do: ask another host for
 * anything, or trip its own Content-Security-Policy. Used by the e2e security and keyboard
 * tests so every interaction they drive is held to the same rules. Findings are kept per
 * page, so pages checked side by side do not blame each other.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface PageReport {
  /** CSP violations, one line per distinct violation. */
  violations: string[];
  /** Requests to any host but the local test server. */
  thirdParty: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export interface Watch {
  /** What `page` has done so far; requests no page can be blamed for are included in every report. */
  report(page: Page): Promise<PageReport>;
  /** Drops what `page` has done so far, before it is reused for another address. */
  forget(page: Page): void;
}

const allowedHost = '127.0.0.1';

/** ["a", "a", "b"] → ["a (×2)", "b"]: one line per distinct report keeps a failure readable. */
export function countRepeats(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, count]) => (count > 1 ? `${line} (×${count})` : line));
}

function findPage(request: Request): Page | undefined {
  try {
    return request.frame().page();
  } catch {
    return undefined; // service-worker requests have no frame
  }
}

/** Starts watching `context`; call before opening pages. */
export async function watchContext(context: BrowserContext): Promise<Watch> {
  const findings = new Map<Page | undefined, { thirdParty: string[]; errors: string[]; consoleCsp: string[] }>();
  const entry = (page: Page | undefined) => {
    let found = findings.get(page);
    if (!found) findings.set(page, (found = { thirdParty: [], errors: [], consoleCsp: [] }));
    return found;
  };
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== allowedHost)
      entry(findPage(request)).thirdParty.push(request.url());
  });
  context.on('page', (page) => {
    page.on('websocket', (socket) => entry(page).thirdParty.push(`websocket ${socket.url()}`));
    page.on('pageerror', (error) => entry(page).errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (/Content Security Policy/i.test(message.text())) entry(page).consoleCsp.push(message.text());
      else entry(page).errors.push(message.text());
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
    forget(page) {
      findings.delete(page);
    },
    async report(page) {
      const own = entry(page);
      const unattributed = entry(undefined);
      // The page's events are precise; console reports also cover workers, but repeat the events.
      const events = await page.evaluate(() => window.__cspViolations ?? []);
      return {
        violations: countRepeats(events.length > 0 ? events : own.consoleCsp),
        thirdParty: [...own.thirdParty, ...unattributed.thirdParty],
        errors: [...own.errors],
      };
    },
  };
}

/** Lets work scheduled on load, on idle or on scroll into view happen before checking. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
    window.scrollTo(0, 0);
  });
}
