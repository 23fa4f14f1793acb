/**
 * /llms.txt, following the llms.txt proposal (llmstxt.org): an H1 with the site's
 * name, a blockquote summary, then H2 sections of Markdown links, each with a note.
 * The links point at the Markdown twins, which is what a language model reads best.
 */
export interface LlmsLink {
  title: string;
  url: string;
  description: string;
}

export interface LlmsInput {
  name: string;
  summary: string;
  guides: readonly LlmsLink[];
  industries: readonly LlmsLink[];
  /** Sixty-minute sales-meeting plans; optional so that a library without them reads as before. */
  trainings?: readonly LlmsLink[];
  data: readonly LlmsLink[];
  optional: readonly LlmsLink[];
}

const renderLinks = (links: readonly LlmsLink[]) =>
  links.map((link) => `- [${link.title}](${link.url}): ${link.description}`);

export function renderLlmsTxt(input: LlmsInput): string {
  const sections: [string, readonly LlmsLink[]][] = [
    ['Guides', input.guides],
    ['Industry KPI guides', input.industries],
    ['Training plans', input.trainings ?? []],
    ['Data', input.data],
    ['Optional', input.optional],
  ];
  const lines = [
    `# ${input.name}`,
    '',
    `> ${input.summary}`,
    '',
    'Every guide, industry page and training plan is linked below as clean Markdown: the same content as the web page, without navigation.',
  ];
  for (const [heading, links] of sections) {
    if (links.length) lines.push('', `## ${heading}`, '', ...renderLinks(links));
  }
  return `${lines.join('\n')}\n`;
}
