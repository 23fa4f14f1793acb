import type { ToolAbout } from './types';

export const cacPaybackAbout: ToolAbout = {
  intro:
    'CAC payback counts the months a new customer must pay before the sales and marketing spent to win them is earned back. It is the quickest test of whether growth is funding itself or burning cash.',
  variants:
    'By default the calculator pays spend back from gross profit, as Bessemer Venture Partners defines it: revenue that goes straight back out in hosting, onboarding or services never repays acquisition cost. Choose the revenue basis to compare with figures that leave margin out; it always reads shorter.',
  assumptions: [
    'Spend and new customers come from the same period; with long sales cycles, use the spend of the period before, when the deals were worked.',
    'Sales and marketing spend is fully loaded: salaries, commissions, tools, programmes and agencies.',
    'Churn and expansion are ignored, so the figure is a simple payback, not a lifetime value.',
  ],
  example:
    "The defaults are Bessemer's published example: $770,000 of sales and marketing spend wins $100,000 of new monthly recurring revenue (here 20 customers at $5,000 each) at a 70% gross margin.",
  reading: [
    'Under 12 months: on target for most healthtech segments, and the figure this library uses as its benchmark.',
    'No more than 15% over 12 months: yellow, worth watching, especially if cycles are lengthening.',
    'Beyond that: red. Bessemer notes enterprise businesses with strong expansion can carry longer paybacks, but they need the retention to prove it.',
  ],
  faq: [
    {
      question: 'Why does margin make such a difference?',
      answer:
        'A customer paying $5,000 a month at 70% margin leaves $3,500 to repay acquisition cost, so payback takes 1 ÷ 0.7 ≈ 1.43 times as long as the revenue basis suggests.',
    },
    {
      question: 'Should onboarding cost be in CAC or in gross margin?',
      answer:
        'Pick one and keep it there. Pulse puts delivery and onboarding in cost of revenue, which lowers gross margin, so it is not counted twice.',
    },
    {
      question: 'What if we won no customers this period?',
      answer: 'Then there is no payback to compute, and the calculator says so instead of showing zero or infinity.',
    },
  ],
  sources: [
    {
      title: 'Bessemer Cloud Computing Law #6: Build the Revenue Engine',
      publisher: 'Bessemer Venture Partners',
      url: 'https://www.bvp.com/blog/bessemer-cloud-computing-law-6-build-revenue-engine',
    },
  ],
};
