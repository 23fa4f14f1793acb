import type { ToolAbout } from './types';

export const fractionalCroCostAbout: ToolAbout = {
  intro:
    'A fractional CRO is priced by days per month or a flat retainer, often with a small equity grant. This calculator puts that next to what a full-time CRO costs in cash and equity, so the comparison is like for like.',
  variants:
    'Day-rate pricing is the default because it makes the time commitment explicit, which is what you are buying; a retainer is the same cost stated per month, and the calculator derives its effective day rate. Equity is shown as a value at your valuation but kept out of the cash totals, because it vests over years and only pays at an exit.',
  assumptions: [
    "The reference band, from the library's healthtech guide, is $8,000 to $18,000 a month for 10 to 20 days, with 0.25% to 1% equity at earlier-stage companies.",
    'The full-time figures are illustrative defaults, not a salary survey: replace them with offers you have seen in your market.',
    'Annual cost assumes twelve months of engagement; many fractional engagements run six to twelve months.',
  ],
  example:
    'The defaults book twelve days a month at a $1,000 day rate with 0.5% equity, against a full-time CRO on a base salary with variable pay and overhead:',
  reading: [
    'A monthly fee inside $8,000 to $18,000 is green; within 15% either side of the band is yellow; further out is red and worth a second look at scope or seniority.',
    'Equity between 0.25% and 1% is typical; more usually means the role carries quota or is expected to become full-time.',
    "The share of full-time cash is the number to compare with the share of a full-time CRO's time you are getting.",
  ],
  faq: [
    {
      question: 'Why is the effective day rate of the reference band lower than many quotes?',
      answer:
        'Because the band spans $8,000 for ten days to $18,000 for twenty, which works out at $800 to $900 a day. Senior operators with a sector track record often quote more; the calculator flags it rather than forbidding it.',
    },
    {
      question: 'Should I add equity to the annual cost?',
      answer:
        "Only if you would also add the full-time hire's equity. The calculator shows both at the same valuation so you can compare them directly.",
    },
  ],
  sources: [],
};
