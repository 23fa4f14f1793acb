/**
 * Funnel conversion for one cohort of deals:
 *
 *   meeting-to-close = deals won ÷ qualified meetings
 *   pilot-to-paid    = pilots converted to paid ÷ pilots started
 *   win rate         = won ÷ (won + lost)                      (default)
 *                    = won ÷ (won + lost + no decision)         (stricter variant)
 *
 * Each rate is its own outcome: a funnel with no pilots still has a win rate.
 */
import { checkNonNegative, divide, fail, succeed, type Outcome } from '../../lib/calculators/outcome';

export type NoDecisionPolicy = 'exclude' | 'count-as-loss';

export interface FunnelInput {
  meetings: number;
  pilots: number;
  paidPilots: number;
  won: number;
  lost: number;
  noDecision: number;
  noDecisionPolicy: NoDecisionPolicy;
}

export interface Funnel {
  /** Percent, each. */
  winRate: Outcome<number>;
  meetingToClose: Outcome<number>;
  pilotToPaid: Outcome<number>;
}

const labels = {
  meetings: 'Qualified meetings',
  pilots: 'Pilots started',
  paidPilots: 'Pilots converted to paid',
  won: 'Deals won',
  lost: 'Deals lost',
  noDecision: 'No-decision deals',
};

function percent(outcome: Outcome<number>): Outcome<number> {
  return outcome.ok ? succeed(outcome.value * 100) : outcome;
}

export function computeFunnel(input: FunnelInput): Outcome<Funnel> {
  const { noDecisionPolicy, ...counts } = input;
  const problem = checkNonNegative(counts, labels);
  if (problem) return problem;
  for (const [field, value] of Object.entries(counts)) {
    if (!Number.isInteger(value))
      return fail('not-whole', `${labels[field as keyof typeof labels]} must be a whole number.`, field);
  }
  if (input.paidPilots > input.pilots) {
    return fail(
      'inconsistent',
      'More pilots converted than started: converted pilots must be part of the pilots started.',
      'paidPilots',
    );
  }
  if (input.won > input.meetings) {
    return fail(
      'inconsistent',
      'More deals won than qualified meetings: count won deals from the same cohort of meetings.',
      'won',
    );
  }
  const closed = input.won + input.lost + (noDecisionPolicy === 'count-as-loss' ? input.noDecision : 0);
  return succeed({
    winRate: percent(
      divide(input.won, closed, 'No closed deals yet: a win rate needs at least one deal won or lost.', 'lost'),
    ),
    meetingToClose: percent(
      divide(
        input.won,
        input.meetings,
        'No qualified meetings: enter the meetings this cohort started from.',
        'meetings',
      ),
    ),
    pilotToPaid: percent(
      divide(input.paidPilots, input.pilots, 'No pilots started, so there is no pilot-to-paid rate.', 'pilots'),
    ),
  });
}
