/**
 * Stops the build, the dev server and `astro check` when two content files would share an
 * id (src/lib/entry-ids.ts), before Astro's glob loader can keep one and drop the other,
 * and when the registered tools and content/tools/ disagree. It runs in
 * `astro:config:setup`, first among the integrations: an error thrown from the content
 * config itself reaches the editor wrapped in Astro's "failed to generate content
 * collection types" with a stack trace, while a hook's error is printed as its message.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkToolPages } from '../calculators/registry';
import { listEntryFiles } from '../lib/catalog';
import { ContentError } from '../lib/content-error';
import { findIdClashes } from '../lib/entry-ids';

export default function contentIds(): AstroIntegration {
  return {
    name: 'pulse-content-ids',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const files = listEntryFiles(fileURLToPath(new URL('content/', config.root)), root);
        const toolPages = checkToolPages(files.filter((file) => file.collection === 'tools').map((file) => file.id));
        if (toolPages.length > 0)
          throw new ContentError('The registered tools and content/tools/ disagree:', toolPages);
        const clashes = findIdClashes(files);
        if (clashes.length > 0) {
          throw new ContentError(
            'Two content files would share one id; the build stops so that neither replaces the other:',
            clashes.map((clash) => `${clash.file}:${clash.line} ${clash.message}`),
          );
        }
      },
    },
  };
}
