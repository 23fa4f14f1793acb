/** Serves the built site once for every e2e file. `npm test` builds it first. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../../scripts/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) {
    throw new Error('dist/ has no built site: run "npm run build" first (npm test does this for you).');
  }
  const { server, origin } = await serveDirectory(dist);
  project.provide('origin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
