/**
 * Content mistakes the build finds before it renders a page. The message is written for
 * an editor (file, field, line, what to do), so the error carries no stack trace: Astro
 * prints a stack whenever an error has one, and a stack of Pulse's own frames would bury
 * the sentence the editor needs.
 */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(heading: string, problems: readonly string[]) {
    super(`${heading}\n- ${problems.join('\n- ')}`);
    this.stack = '';
  }
}
