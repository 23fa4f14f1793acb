/** JSON-LD for a tool page: the tool as a free web application, its FAQ and its breadcrumb trail. */
import { buildBreadcrumbList, buildFaqPage } from '../structured-data';
import type { Faq } from '../../schemas/faq';

export function describeToolPage(
  tool: { title: string; summary: string; path: string },
  about: { faq: readonly Faq[] },
  crumbs: readonly { name: string; url: string }[],
): object[] {
  const url = crumbs.at(-1)?.url ?? tool.path;
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
  return [app, buildBreadcrumbList(crumbs), buildFaqPage(about.faq)].filter((item) => item !== undefined);
}
