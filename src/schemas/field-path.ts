/**
 * How every error names a frontmatter field: as the editor wrote it, with list items counted
 * from 1 as an editor counts them. `['faq', 2, 'answer']` is `faq[3].answer`, the third
 * question's answer. The lint, the schemas' own messages and the build all name fields here.
 */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part, index) => (typeof part === 'number' ? `[${part + 1}]` : `${index === 0 ? '' : '.'}${String(part)}`))
      .join('') || '(file)'
  );
}
