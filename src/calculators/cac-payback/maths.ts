/**
 * CAC payback: months of a new customer's gross profit (or revenue) it takes to earn back
 * what sales and marketing spent to win them.
 *
 *   with margin (default) = S&M spend ÷ (new customers × monthly revenue per customer × gross margin)
 *   on revenue            = S&M spend ÷ (new customers × monthly revenue per customer)
 *
 * New customers × monthly revenue per customer is the period's new MRR, so this is
 * Bessemer's "S&M ÷ (new MRR × gross margin)" written per customer.
 */
import { checkNonNegative, divide, fail, succeed, type Outcome } from '../../lib/calculators/outcome';

export type PaybackBasis = 'gross-margin' | 'revenue';

export interface PaybackInput {
  /** Sales and marketing spend for the period, in dollars. */
  spend: number;
  /** Customers won in the same period. */
  newCustomers: number;
  /** Average monthly recurring revenue per new customer, in dollars. */
  revenuePerCustomer: number;
  /** Gross margin in percent (0–100). */
  grossMargin: number;
  basis: PaybackBasis;
}

export interface Payback {
  months: number;
  /** Spend per new customer: the CAC itself. */
  cac: number;
  newMrr: number;
  /** What one customer earns back each month on the chosen basis. */
  monthlyRecovery: number;
}

const labels = {
  spend: 'Sales and marketing spend',
  newCustomers: 'New customers',
  revenuePerCustomer: 'Monthly revenue per customer',
};

export function computePayback(input: PaybackInput): Outcome<Payback> {
  const { spend, newCustomers, revenuePerCustomer, grossMargin, basis } = input;
  const problem = checkNonNegative({ spend, newCustomers, revenuePerCustomer }, labels);
  if (problem) return problem;
  if (!Number.isFinite(grossMargin)) return fail('not-finite', 'Gross margin is not a number.', 'grossMargin');
  if (grossMargin > 100) return fail('out-of-range', 'Gross margin cannot exceed 100%.', 'grossMargin');
  if (basis === 'gross-margin' && grossMargin <= 0) {
    return fail(
      'non-positive-margin',
      'With a gross margin of 0% or less, each customer never earns back their acquisition cost.',
      'grossMargin',
    );
  }
  const cac = divide(spend, newCustomers, 'No new customers: payback needs at least one customer won.', 'newCustomers');
  if (!cac.ok) return cac;
  const newMrr = newCustomers * revenuePerCustomer;
  const monthlyRecovery = revenuePerCustomer * (basis === 'gross-margin' ? grossMargin / 100 : 1);
  const months = divide(
    cac.value,
    monthlyRecovery,
    'Monthly revenue per customer is zero, so spend is never earned back.',
    'revenuePerCustomer',
  );
  if (!months.ok) return months;
  return succeed({ months: months.value, cac: cac.value, newMrr, monthlyRecovery });
}
