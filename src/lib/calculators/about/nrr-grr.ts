import type { ToolAbout } from './types';

export const nrrGrrAbout: ToolAbout = {
  intro:
    'Net and gross revenue retention show what happens to the revenue you already had. GRR measures the leak; NRR adds back what existing customers expanded into. Use the revenue those customers paid at the start of the period, and leave new customers out.',
  variants:
    'GRR counts both churn and downgrades by default, so GRR and NRR subtract the same losses and differ only by expansion; that is how most investor surveys report it, and it keeps NRR at or above GRR. Some tools count churn only, which flatters GRR; the option is there so you can compare with them.',
  assumptions: [
    'All four amounts are recurring revenue for the same customers over the same period (usually twelve months), in ARR or MRR terms but not mixed.',
    'Price rises count as expansion unless your contracts pre-sold them, in which case take them out of both periods.',
    'Customers who leave and later return are churn now and new revenue later.',
  ],
  example:
    "The defaults are CalcSimpler's published scenario: 18% expansion, 4% contraction and 9% churn on a $5 million base. CalcSimpler reports 91% GRR because it leaves downgrades out; the default here counts them:",
  reading: [
    'NRR: the telehealth benchmark for a healthy platform is 108% to 120%; less than 15% short of 108% shows yellow.',
    'GRR: the same page puts annual gross revenue churn under 8% to 12%, which is GRR of 88% or better.',
    'NRR above 100% with weak GRR means expansion is hiding churn: the base is growing, but too many customers are leaving or shrinking.',
  ],
  faq: [
    {
      question: 'Can GRR be above 100%?',
      answer: 'No. It ignores expansion, so the most it can show is every dollar kept. The calculator caps it at 100%.',
    },
    {
      question: 'Why must NRR be at least GRR?',
      answer:
        'NRR is GRR plus expansion, and expansion cannot be negative. If your spreadsheet shows otherwise, a downgrade is probably counted as negative expansion.',
    },
    {
      question: 'Monthly or annual?',
      answer: 'Either, as long as every input uses the same period. Annual figures are what benchmarks quote.',
    },
  ],
  sources: [
    {
      title: 'Net Revenue Retention Scenario Builder',
      publisher: 'CalcSimpler',
      url: 'https://www.calcsimpler.com/calculators/net-revenue-retention-scenario-builder',
    },
    {
      title: 'How do I calculate true gross retention vs net retention?',
      publisher: 'Pulse RevOps',
      url: 'https://pulserevops.com/sales-trainings/q97',
    },
  ],
};
