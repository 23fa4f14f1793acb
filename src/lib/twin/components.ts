/**
 * MDX components in the twin. A calculator cannot run in a Markdown file, so it becomes a
 * link to its tool page with the tool's one-line summary; any other component keeps only
 * what it wraps (serialize.ts).
 */
import { calculatorIds, getTool, mdxNameOf } from '../../calculators/registry';
import { toolUrl } from '../routes';

const calculatorsByMdxName = new Map(calculatorIds.map((id) => [mdxNameOf(id), getTool(id)]));

export function renderComponent(name: string): string | undefined {
  const tool = calculatorsByMdxName.get(name);
  return tool && `[${tool.title}](${toolUrl(tool.id)}): ${tool.summary}`;
}
