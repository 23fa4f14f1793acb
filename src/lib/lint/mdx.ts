/**
 * Which pages need MDX. Astro compiles every `.mdx` file into a module of its own, about
 * three times the build cost of a `.md` page (BENCHMARKS.md), and only MDX renders a
 * component: in a `.md` body, `<PipelineCoverageCalculator />` is raw HTML that no browser
 * knows, so the page would show nothing where the calculator should be. A page is `.mdx`
 * when its body uses a component, and `.md` otherwise.
 */
import { basename } from 'node:path';
import type { LintDocument } from './document';
import type { Problem } from './problem';

/** `<PipelineCoverageCalculator …` and `<Callout>` are components; `<div>` and `</Callout>` are not checked. */
export function componentTagOf(html: string): string | undefined {
  return /^\s*<([A-Z][\w.]*)/.exec(html)?.[1];
}

const renamed = (file: string, ext: string) => basename(file).replace(/\.mdx?$/, ext);

export function checkMdx(docs: readonly LintDocument[]): Problem[] {
  return docs.flatMap((doc): Problem[] => {
    if (doc.file.endsWith('.md')) {
      return doc.facts.html.flatMap(({ line, value }) => {
        const name = componentTagOf(value);
        if (!name) return [];
        return [
          {
            file: doc.file,
            line,
            field: 'body',
            severity: 'error',
            rule: 'mdx',
            message: `<${name}> is a component, and only MDX renders components: a .md page would show nothing in its place. Rename the file to ${renamed(doc.file, '.mdx')}.`,
          },
        ];
      });
    }
    // A body that does not parse has no facts to judge by; the build reports the parse error.
    if (!doc.file.endsWith('.mdx') || doc.facts.usesMdx || doc.syntaxErrors.length > 0) return [];
    return [
      {
        file: doc.file,
        line: doc.bodyLine,
        field: 'body',
        severity: 'warning',
        rule: 'mdx',
        message: `the body uses no component, import, export or {expression}, so it needs no MDX: rename the file to ${renamed(doc.file, '.md')}, which builds about three times faster, and check the page (Markdown reads a line indented four spaces as code, MDX does not).`,
      },
    ];
  });
}
