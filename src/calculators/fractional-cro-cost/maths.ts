/**
 * What a fractional CRO costs, next to a full-time hire.
 *
 *   monthly (days)     = days per month × day rate
 *   monthly (retainer) = the retainer
 *   annual             = monthly × 12
 *   equity value       = equity % × company valuation (shown apart from cash: it vests
 *                        over years and is only worth something at an exit)
 *   full-time annual   = base salary × (1 + variable % + benefits and overhead %)
 *
 * Reference band (fractional CRO healthtech seed): $8,000–$18,000 a month for 10–20 days,
 * with 0.25–1 % equity at earlier-stage companies.
 */
import { checkNonNegative, divide, fail, succeed, type Outcome } from '../../lib/calculators/outcome';

export type Pricing = 'days' | 'retainer';

export interface CroCostInput {
  pricing: Pricing;
  retainer: number;
  daysPerMonth: number;
  dayRate: number;
  /** Percent of the company. */
  equity: number;
  valuation: number;
  fullTimeSalary: number;
  /** Variable pay as a percent of base. */
  fullTimeVariable: number;
  /** Benefits, payroll taxes and overhead as a percent of base. */
  fullTimeOverhead: number;
  /** Percent of the company. */
  fullTimeEquity: number;
}

export interface CroCost {
  monthly: number;
  annual: number;
  effectiveDayRate: number;
  equityValue: number;
  fullTimeAnnual: number;
  fullTimeEquityValue: number;
  /** Fractional annual cash as a percent of the full-time hire's. */
  shareOfFullTime: number;
  annualSaving: number;
}

export const croReferenceBand = {
  monthlyMin: 8000,
  monthlyMax: 18000,
  daysMin: 10,
  daysMax: 20,
  equityMin: 0.25,
  equityMax: 1,
};

const labels = {
  retainer: 'Monthly retainer',
  daysPerMonth: 'Days per month',
  dayRate: 'Day rate',
  equity: 'Equity',
  valuation: 'Company valuation',
  fullTimeSalary: 'Full-time base salary',
  fullTimeVariable: 'Variable pay',
  fullTimeOverhead: 'Benefits and overhead',
  fullTimeEquity: 'Full-time equity',
};

export function computeCroCost(input: CroCostInput): Outcome<CroCost> {
  const { pricing, ...numbers } = input;
  const problem = checkNonNegative(numbers, labels);
  if (problem) return problem;
  if (input.equity > 100 || input.fullTimeEquity > 100)
    return fail('out-of-range', 'Equity cannot exceed 100% of the company.', 'equity');
  const monthly = pricing === 'retainer' ? input.retainer : input.daysPerMonth * input.dayRate;
  if (monthly === 0) {
    const field = pricing === 'retainer' ? 'retainer' : input.daysPerMonth === 0 ? 'daysPerMonth' : 'dayRate';
    return fail('zero-denominator', 'The monthly fee is zero: enter what the engagement costs.', field);
  }
  const dayRate = divide(
    monthly,
    input.daysPerMonth,
    'Days per month is zero: enter the days the CRO works each month.',
    'daysPerMonth',
  );
  if (!dayRate.ok) return dayRate;
  const fullTimeAnnual = input.fullTimeSalary * (1 + (input.fullTimeVariable + input.fullTimeOverhead) / 100);
  const annual = monthly * 12;
  const share = divide(
    annual * 100,
    fullTimeAnnual,
    'The full-time salary is zero: enter one to compare against.',
    'fullTimeSalary',
  );
  if (!share.ok) return share;
  return succeed({
    monthly,
    annual,
    effectiveDayRate: dayRate.value,
    equityValue: (input.equity / 100) * input.valuation,
    fullTimeAnnual,
    fullTimeEquityValue: (input.fullTimeEquity / 100) * input.valuation,
    shareOfFullTime: share.value,
    annualSaving: fullTimeAnnual - annual,
  });
}
