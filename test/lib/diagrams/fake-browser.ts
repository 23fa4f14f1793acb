/**
 * A stand-in for Chromium: counts launches and renders, fails "BROKEN" and a dangling arrow as
 * mermaid would, and throws on "CRASH" as a crashed page does.
 */
import type { DiagramBrowser, RenderJob } from '~/lib/diagrams/browser';
import type { LaunchBrowser } from '~/lib/diagrams/session';

export interface FakeBrowser {
  launch: LaunchBrowser;
  launches: number;
  jobs: RenderJob[];
  closed: number;
}

export function createFakeBrowser(): FakeBrowser {
  const fake: FakeBrowser = {
    launches: 0,
    jobs: [],
    closed: 0,
    launch: async () => {
      fake.launches++;
      const browser: DiagramBrowser = {
        async render(job) {
          fake.jobs.push(job);
          if (job.source.includes('CRASH')) throw new Error('Target page, context or browser has been closed');
          if (job.source.includes('BROKEN') || /-->\s*$/.test(job.source))
            return { ok: false, message: 'Parse error on line 2:\nBROKEN\n^' };
          const svg = `<svg id="${job.id}" viewBox="0 0 100 50"><style>#${job.id}{fill:#1b1f24}</style><text>${job.source}</text></svg>`;
          return { ok: true, diagram: { id: job.id, svg, diagramType: 'flowchart-v2', labels: ['A', 'B'] } };
        },
        async close() {
          fake.closed++;
        },
      };
      return browser;
    },
  };
  return fake;
}
