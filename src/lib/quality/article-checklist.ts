/**
 * The ten checks for a guide or an industry page: a page that answers a reader's question,
 * so it is scored on its answer, its steps, its FAQ and its Article data.
 */
import type { GuideData } from '../../schemas/guide';
import type { IndustryData } from '../../schemas/industry';
import {
  countWords,
  datesCheck,
  finishedCheck,
  kpiLinksCheck,
  plural,
  relatedCheck,
  sourcesCheck,
  type QualityCheck,
} from './checks';

const limits = { answerWords: 80, minActions: 3, minFaq: 3, headline: 110 };

export const articleChecklist: readonly QualityCheck<GuideData | IndustryData>[] = [
  {
    id: 'quick-answer',
    label: 'Quick answer present and short',
    rule: `The quick answer (quickAnswer on guides, summary on industry pages) is present and at most ${limits.answerWords} words.`,
    evaluate: ({ model }) => {
      const words = countWords(model.answer.text);
      if (!words) return 'no quick answer';
      return words > limits.answerWords ? `quick answer is ${words} words; cut it to ${limits.answerWords}` : undefined;
    },
  },
  relatedCheck,
  {
    id: 'actionable',
    label: 'Actionable steps',
    rule: `Guides give at least ${limits.minActions} steps; industry pages a CRM checklist of at least ${limits.minActions} items.`,
    evaluate: ({ model: { actions } }) =>
      actions.count < limits.minActions
        ? `${plural(actions.count, actions.noun)}; give at least ${limits.minActions}`
        : undefined,
  },
  {
    id: 'faq',
    label: 'FAQ',
    rule: `At least ${limits.minFaq} FAQ entries, each question ending in "?".`,
    evaluate: ({ model }) => {
      const faq = model.faq;
      if (faq.length < limits.minFaq)
        return `${faq.length} FAQ ${faq.length === 1 ? 'entry' : 'entries'}; give at least ${limits.minFaq}`;
      const unasked = faq.filter((item) => !item.question.trim().endsWith('?')).length;
      return unasked ? `${unasked} FAQ question${unasked === 1 ? ' does' : 's do'} not end in "?"` : undefined;
    },
  },
  sourcesCheck,
  datesCheck,
  kpiLinksCheck,
  {
    id: 'title-question',
    label: 'Title asks the question',
    rule: 'The title is the question the page answers, ending in "?".',
    evaluate: ({ model }) => (model.title.trim().endsWith('?') ? undefined : 'title does not end in "?"'),
  },
  {
    id: 'structured-data',
    label: 'Structured data valid',
    rule: `Article and FAQPage data are complete: headline at most ${limits.headline} characters, updated not before published, every FAQ entry with question and answer, every cited URL on https.`,
    evaluate: ({ model, data }) => {
      const { title, faq, sources } = model;
      const { published, updated } = data;
      if (title.length > limits.headline)
        return `headline is ${title.length} characters; Article allows ${limits.headline}`;
      if (updated && updated < published) return 'dateModified precedes datePublished';
      if (faq.some((item) => !item.question.trim() || !item.answer.trim()))
        return 'a FAQ entry lacks its question or answer';
      const insecure = sources.filter((source) => !source.url.startsWith('https://')).length;
      return insecure ? `${insecure} source URL${insecure === 1 ? ' is' : 's are'} not https` : undefined;
    },
  },
  finishedCheck,
];
