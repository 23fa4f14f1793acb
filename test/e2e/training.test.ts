/**
 * A training page as a sales manager uses it: the run-sheet's start times follow from the
 * content file's minutes, each KPI links to its registry page, and printing the page gives a
 * facilitator sheet without the site around it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { openPage, useBrowser } from './browser';

const trainingId = 'executive-sponsor-program-reboot';

/** The plan's frontmatter, so the expected offsets follow the content instead of copying it. */
function readTraining(): {
  minutes: number;
  kpis: string[];
  agenda: { title: string; minutes: number }[];
  followUp: { kpi: string };
} {
  const source = readFileSync(new URL(`../../content/trainings/${trainingId}.md`, import.meta.url), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error(`content/trainings/${trainingId}.md has no frontmatter`);
  return parse(match[1]!);
}
const training = readTraining();

/** "0:00", "0:06", … written out independently of src/lib/run-sheet.ts. */
function expectedStarts(minutes: readonly number[]): string[] {
  let elapsed = 0;
  return minutes.map((length) => {
    const at = elapsed;
    elapsed += length;
    return `${Math.floor(at / 60)}:${String(at % 60).padStart(2, '0')}`;
  });
}

const browser = useBrowser();
let page: Page;
let problems: string[];
beforeAll(async () => {
  ({ page, problems } = await openPage(browser(), `${inject('origin')}/training/${trainingId}/`));
});

describe('training page', () => {
  it('times the run-sheet from the agenda in the content file', async () => {
    const rows = page.locator('.run-sheet tbody tr');
    await expect.poll(() => rows.count()).toBe(training.agenda.length);
    const starts = await rows.locator('td:first-child').allTextContents();
    expect(starts.map((text) => text.trim())).toEqual(expectedStarts(training.agenda.map((s) => s.minutes)));
    const lengths = await rows.locator('td:nth-child(2)').allTextContents();
    expect(lengths.map(Number)).toEqual(training.agenda.map((segment) => segment.minutes));
    const titles = await rows.locator('th').allTextContents();
    expect(titles.map((text) => text.trim())).toEqual(training.agenda.map((segment) => segment.title));
    const hours = Math.floor(training.minutes / 60);
    const end = `${hours}:${String(training.minutes % 60).padStart(2, '0')}`;
    await expect.poll(() => page.locator('.run-sheet caption').textContent()).toContain(`ends at ${end}`);
  });

  it('shows its quality badge, scored on the training checklist', async () => {
    const badge = page.locator('.quality-badge');
    await expect.poll(() => badge.isVisible()).toBe(true);
    await expect.poll(() => badge.locator('summary').textContent()).toMatch(/Machine certified\s*10\/10/);
    await badge.locator('summary').click();
    await expect.poll(() => badge.locator('li').count()).toBe(10);
    await expect.poll(() => badge.textContent()).toContain('Objectives a facilitator can check');
    await expect.poll(() => badge.textContent()).toContain('Follow-up dated');
  });

  it('links every KPI it moves to its registry page', async () => {
    const hrefs = await page
      .locator('section[aria-labelledby="kpis-moved"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(training.kpis.map((id) => `/kpis/${id}/`));
  });

  it('publishes a LearningResource with its length as an ISO 8601 duration', async () => {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const resource = blocks.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'LearningResource');
    expect(resource?.timeRequired).toBe(`PT${training.minutes}M`);
  });

  it('prints as a facilitator sheet: no header, footer, search or related reading, the run-sheet kept', async () => {
    const chrome = ['.site-header', '.site-footer', '.search-box', '.related-links', '.breadcrumbs'];
    // On screen the chrome is there, so the print check below can fail.
    for (const selector of ['.site-header', '.site-footer', '.related-links']) {
      await expect.poll(() => page.locator(selector).first().isVisible()).toBe(true);
    }
    await page.emulateMedia({ media: 'print' });
    for (const selector of chrome) {
      await expect.poll(() => page.locator(selector).first().isVisible(), { message: selector }).toBe(false);
    }
    await expect.poll(() => page.locator('.run-sheet table').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#exercises').isVisible()).toBe(true);
    // Links print as plain text in the text colour.
    const link = page.locator('section[aria-labelledby="kpis-moved"] a').first();
    await expect.poll(() => link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
    await page.emulateMedia({ media: 'screen' });
  });

  // The follow-up's KPI too: the manager who opens it after the meeting finds the plan there.
  it.each([...new Set([training.kpis[0], training.followUp.kpi])])('is listed on the page of KPI %s', async (kpi) => {
    const { page: kpiPage, problems: kpiProblems } = await openPage(browser(), `${inject('origin')}/kpis/${kpi}/`);
    const links = kpiPage.locator('section[aria-labelledby="trainings"] a');
    await expect
      .poll(() => links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      .toContain(`/training/${trainingId}/`);
    expect(kpiProblems).toEqual([]);
    await kpiPage.close();
  });

  it('loads without console errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});
