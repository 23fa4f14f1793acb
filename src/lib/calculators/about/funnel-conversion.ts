import type { ToolAbout } from './types';

export const funnelConversionAbout: ToolAbout = {
  intro:
    'Three conversion rates tell you where a sales process leaks: how many qualified first meetings become customers, how many pilots turn into paid contracts, and how often you win once a decision is made.',
  variants:
    'Win rate is won ÷ (won + lost) by default, which is how the telehealth benchmark of 20% to 35% is usually quoted. Many sales leaders argue that a deal lost to "no decision" is a loss to the status quo; choose the stricter option to count those deals as losses, which always gives an equal or lower win rate.',
  assumptions: [
    'All counts describe one cohort: the meetings, pilots and deals that started in the same period, followed until they closed.',
    'Deals still open are left out of the win rate; include them only once they close.',
    'Pilots converted to paid are part of the pilots started, and deals won are part of the qualified meetings.',
  ],
  example: 'The defaults follow one cohort of qualified meetings through pilots to closed deals:',
  reading: [
    'Win rate: 20% or better is on target for telehealth platform services; each buyer segment deserves its own figure.',
    'Meeting-to-close: 15% to 25% is a healthy range for healthtech; below it, qualification is usually too loose.',
    'Pilot-to-paid has no library benchmark; track its trend and the length of pilots that do not convert.',
  ],
  faq: [
    {
      question: 'Why does the calculator show "no result" for pilot-to-paid?',
      answer: 'Because no pilots were started, so there is no rate to compute. The other rates still show.',
    },
    {
      question: 'Can deals won exceed qualified meetings?',
      answer:
        'Not within one cohort, so the calculator refuses it. If you are mixing periods, count won deals from the same meetings.',
    },
  ],
  sources: [],
};
