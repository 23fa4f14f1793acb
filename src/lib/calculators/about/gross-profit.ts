import type { ToolAbout } from './types';

export const grossProfitAbout: ToolAbout = {
  intro:
    'Revenue per deal says little on its own. Gross profit per deal, per rep and per territory shows which deals, sellers and regions actually fund the business once the cost of delivering what was sold is paid.',
  variants:
    "Gross profit here is revenue less the direct cost of delivering the deal (onboarding, hosting, implementation services), the usual accounting meaning. Some teams also subtract the rep's own cost and call the result rep contribution; the calculator shows both rather than choosing, because they answer different questions: is the deal worth doing, and is the seat worth funding.",
  assumptions: [
    'Revenue and delivery cost are for an average deal over the same period as the deal count, usually a year.',
    "Every rep in a territory closes the average number of deals; replace the figure with a territory's own average when they differ a lot.",
    'Rep cost is fully loaded: base, commission, benefits, travel and tools. Enter 0 to leave it out.',
  ],
  example:
    'The defaults model a mid-market deal with a services-heavy onboarding, sold by a four-person territory team:',
  reading: [
    'A margin below what your pricing plan assumes usually means discounting or unbilled implementation work.',
    'Negative rep contribution means the seat does not pay for itself at the current deal count; check ramp time before concluding the rep is the problem.',
    'Compare territories on gross profit per rep, not revenue, so a region selling low-margin deals does not look like the best performer.',
  ],
  faq: [
    {
      question: 'Is a loss-making deal an error?',
      answer:
        'No. When delivery costs more than the deal earns, the calculator shows the negative gross profit and margin, because that is the answer you need to see.',
    },
    {
      question: 'What should count as delivery cost?',
      answer:
        'Costs that rise with each deal: implementation hours, third-party licences, hosting and onboarding. Leave out fixed overheads that do not change with one more deal.',
    },
  ],
  sources: [],
};
