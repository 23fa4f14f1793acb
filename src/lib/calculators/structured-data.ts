/** JSON-LD for a tool page: the tool as a free web application, and its FAQ. */
import type { ToolAbout } from './about';
import type { ToolSummary } from './registry';

export function describeToolPage(tool: ToolSummary, about: ToolAbout, url: string): object[] {
  const app = {
    '@context': 'https://schema.org',
    '@type': 'WebApplication',
    name: tool.title,
    description: tool.summary,
    url,
    applicationCategory: 'BusinessApplication',
    operatingSystem: 'Any (runs in the browser)',
    isAccessibleForFree: true,
    offers: { '@type': 'Offer', price: '0', priceCurrency: 'USD' },
  };
  if (about.faq.length === 0) return [app];
  const faq = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: about.faq.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
  return [app, faq];
}
