import { formatFigure } from '../../lib/figure';
import { computeFunnel } from './maths';
import { succeed, type Outcome } from '../../lib/calculators/outcome';
import { judge } from '../../lib/calculators/rating';
import { choiceField, choiceOf, numbersOf, type Calculator, type Verdict } from '../../lib/calculators/tool';

const policyField = choiceField('noDecisionPolicy', 'No-decision deals in the win rate', [
  { value: 'exclude', label: 'Leave them out (default)' },
  { value: 'count-as-loss', label: 'Count them as losses' },
]);

/** Telehealth platform services win rate: 20–35 % depending on segment. */
export const winRateBenchmark = { direction: 'higher-is-better', min: 20, max: 35 } as const;
/** Fractional CRO healthtech seed: qualified meeting-to-close of 15–25 %. */
export const meetingToCloseBenchmark = { direction: 'higher-is-better', min: 15, max: 25 } as const;

function show(outcome: Outcome<number>): string {
  return outcome.ok ? formatFigure(outcome.value, 'percent') : `No result: ${outcome.reason}`;
}

const count = (name: string, label: string, value: number) =>
  ({ kind: 'number', name, label, unit: 'count', default: value, min: 0, max: 1e9, integer: true }) as const;

export const funnelConversion: Calculator<'funnel-conversion'> = {
  id: 'funnel-conversion',
  title: 'Funnel conversion and win rate calculator',
  summary: 'Win rate, qualified meeting-to-close and pilot-to-paid conversion for one cohort of deals.',
  formula: [
    'Win rate = won ÷ (won + lost)',
    'Meeting-to-close = won ÷ qualified meetings; pilot-to-paid = paid pilots ÷ pilots started',
  ],
  fields: [
    count('meetings', 'Qualified meetings', 120),
    count('pilots', 'Pilots started', 30),
    count('paidPilots', 'Pilots converted to paid', 18),
    count('won', 'Deals won', 24),
    count('lost', 'Deals lost', 56),
    count('noDecision', 'Deals closed as no decision', 20),
    policyField,
  ],
  evaluate(values) {
    const input = {
      ...numbersOf(values, ['meetings', 'pilots', 'paidPilots', 'won', 'lost', 'noDecision']),
      noDecisionPolicy: choiceOf(values, policyField),
    };
    const outcome = computeFunnel(input);
    if (!outcome.ok) return outcome;
    const { winRate, meetingToClose, pilotToPaid } = outcome.value;
    if (!winRate.ok) return winRate;
    const verdicts = [
      judge(winRate.value, winRateBenchmark, 'win rate of 20% to 35% (telehealth platform services)'),
      meetingToClose.ok
        ? judge(meetingToClose.value, meetingToCloseBenchmark, 'meeting-to-close of 15% to 25% (healthtech)')
        : undefined,
    ].filter((verdict): verdict is Verdict => verdict !== undefined);
    const lossCount = input.lost + (input.noDecisionPolicy === 'count-as-loss' ? input.noDecision : 0);
    return succeed({
      headline: { label: 'Win rate', text: formatFigure(winRate.value, 'percent') },
      lines: [
        { label: 'Qualified meeting-to-close', text: show(meetingToClose) },
        { label: 'Pilot-to-paid', text: show(pilotToPaid) },
      ],
      verdicts,
      working: `${formatFigure(input.won, 'count')} won ÷ (${formatFigure(input.won, 'count')} + ${formatFigure(lossCount, 'count')} lost) = ${formatFigure(winRate.value, 'percent')}`,
    });
  },
};
