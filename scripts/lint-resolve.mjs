// Lets the editor scripts (lint, new, editing-doc) run on Node's own type stripping,
// without a bundler: they import the zod schemas and src/lib, which are written for
// Vite's resolver (extensionless relative imports, the `~/` alias). This hook resolves
// those two forms the same way; everything else goes to Node's default resolver.
import { existsSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const srcUrl = new URL('../src/', import.meta.url);
const candidates = ['.ts', '/index.ts', '.mjs', '.js'];

function findTypeScript(url) {
  const path = fileURLToPath(url);
  // A file is taken as written; a directory beside a module of the same name (`quality/` and
  // `quality.ts`) resolves to the module first, as Vite resolves it.
  if (existsSync(path) && statSync(path).isFile()) return undefined;
  const found = candidates.map((suffix) => path + suffix).find((file) => existsSync(file));
  return found ? pathToFileURL(found).href : undefined;
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    const aliased = specifier.startsWith('~/') ? new URL(specifier.slice(2), srcUrl).href : undefined;
    const relative = /^\.\.?\//.test(specifier) && context.parentURL?.startsWith('file:');
    if (aliased || relative) {
      const url = aliased ?? new URL(specifier, context.parentURL).href;
      const resolved = findTypeScript(url);
      if (resolved) return { url: resolved, shortCircuit: true };
      if (aliased) return nextResolve(url, context);
    }
    return nextResolve(specifier, context);
  },
});
