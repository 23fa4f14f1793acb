/**
 * The structured data every article page (guide or industry) publishes: Article,
 * BreadcrumbList and, where there is a FAQ, FAQPage.
 */
import { stripInlineMarkdown } from './markdown/inline';
import { buildArticle, buildBreadcrumbList, buildFaqPage, type ArticleInput } from './structured-data';

export interface ArticlePageInput extends Omit<ArticleInput, 'url'> {
  /** Breadcrumbs in order; the last one is the page itself. Hrefs are site-relative. */
  crumbs: readonly { name: string; href: string }[];
  /** FAQ answers may hold inline Markdown; the JSON-LD carries plain text. */
  faq: readonly { question: string; answer: string }[];
}

export function buildArticleJsonLd({ crumbs, faq, ...article }: ArticlePageInput): Record<string, unknown>[] {
  const absolute = (href: string) => new URL(href, article.site).href;
  const self = crumbs.at(-1);
  if (!self) throw new Error('buildArticleJsonLd needs at least the page itself as a breadcrumb');
  return [
    buildArticle({ ...article, url: absolute(self.href) }),
    buildBreadcrumbList(crumbs.map((crumb) => ({ name: crumb.name, url: absolute(crumb.href) }))),
    buildFaqPage(faq.map((item) => ({ question: item.question, answer: stripInlineMarkdown(item.answer) }))),
  ].filter((item) => item !== undefined);
}
