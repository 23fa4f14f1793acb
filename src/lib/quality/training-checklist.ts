/**
 * The ten checks for a training: a plan someone else will run in a real hour, so it is
 * scored on what a demanding facilitator asks of it before booking the room. Can I tell at
 * the end whether each objective was met? Does the clock work, and does the room do more
 * than listen? Does every block leave something on the table? Is there an exercise with a
 * question to close it? Will anyone look at the number afterwards, and when?
 */
import type { TrainingData } from '../../schemas/training';
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

export const trainingLimits = {
  minObjectives: 2,
  maxObjectives: 5,
  minSegments: 3,
  /** Longer than this and a block needs a change of activity inside it. */
  maxSegmentMinutes: 20,
  /** The share of the meeting the facilitator may spend talking at the room. */
  maxTalkShare: 1 / 3,
  minProducesWords: 4,
};

/** Verbs whose outcome nobody can watch happen: an objective built on one cannot be checked. */
const unobservable =
  /\b(understand(s|ing)?|learn(s|ing)?|know(s|ing)?|appreciat(e|es|ing)|aware(ness)?|familiar(ity)?)\b/i;
/** States of mind rather than things the participants hold at the end of a block. */
const stateOfMind = /\b(understanding|awareness|alignment|insights?|appreciation|familiarity|buy-in)\b/i;
/** A date, a weekday, or a unit of time ("weekly", "for six weeks", "each quarter"). */
const timing =
  /\b(\d{4}-\d{2}-\d{2}|daily|weekly|fortnightly|monthly|quarterly|annually|yearly|(mon|tues|wednes|thurs|fri|satur|sun)days?|days?|weeks?|fortnights?|months?|quarters?|years?)\b/i;

const quoted = (text: string) => `"${text.trim()}"`;
const { maxSegmentMinutes, maxTalkShare, minProducesWords } = trainingLimits;

export const trainingChecklist: readonly QualityCheck<TrainingData>[] = [
  {
    id: 'objectives',
    label: 'Objectives a facilitator can check',
    rule: `${trainingLimits.minObjectives} to ${trainingLimits.maxObjectives} objectives, each an outcome the facilitator can see before the room empties: none rests on a verb nobody can watch (understand, learn, know, appreciate, be aware, be familiar).`,
    evaluate: ({ data: { objectives } }) => {
      const { minObjectives: min, maxObjectives: max } = trainingLimits;
      if (objectives.length < min) return `${plural(objectives.length, 'objective')}; give at least ${min}`;
      if (objectives.length > max) return `${objectives.length} objectives; keep the ${max} you will check`;
      const vague = objectives.flatMap((text, i) => {
        const verb = unobservable.exec(text)?.[0];
        return verb ? [`objective ${i + 1} rests on "${verb}"`] : [];
      });
      return vague.length ? `${vague.join('; ')}: say what participants do or produce instead` : undefined;
    },
  },
  {
    id: 'agenda',
    label: 'Agenda timed to the minute',
    rule: `At least ${trainingLimits.minSegments} segments whose minutes add up to the meeting's length, none longer than ${maxSegmentMinutes} minutes, with talk taking at most a third of the time.`,
    evaluate: ({ data: { agenda, minutes } }) => {
      if (agenda.length < trainingLimits.minSegments)
        return `${plural(agenda.length, 'agenda segment')}; plan at least ${trainingLimits.minSegments}`;
      const total = agenda.reduce((sum, segment) => sum + segment.minutes, 0);
      if (total !== minutes) return `agenda adds up to ${total} of ${minutes} minutes`;
      const long = agenda.filter((segment) => segment.minutes > maxSegmentMinutes);
      if (long.length)
        return `${long.map((s) => `${quoted(s.title)} runs ${s.minutes} minutes`).join('; ')}: split it at ${maxSegmentMinutes}`;
      const talk = agenda.filter((segment) => segment.kind === 'talk').reduce((sum, s) => sum + s.minutes, 0);
      const allowed = Math.floor(minutes * maxTalkShare);
      return talk > allowed ? `talk takes ${talk} of ${minutes} minutes; give it at most ${allowed}` : undefined;
    },
  },
  {
    id: 'produces',
    label: 'Every segment produces something',
    rule: `Every agenda segment says what participants have at the end of it in at least ${minProducesWords} words: a thing they hold, not a state of mind (understanding, awareness, alignment, insight), and no two segments the same.`,
    evaluate: ({ data: { agenda } }) => {
      const gaps = agenda.flatMap(({ title, produces }, i) => {
        if (countWords(produces) < minProducesWords) return [`${quoted(title)} produces only ${quoted(produces)}`];
        const vague = stateOfMind.exec(produces)?.[0];
        if (vague) return [`${quoted(title)} produces "${vague}", a state of mind`];
        const twin = agenda.findIndex((other) => other.produces.trim() === produces.trim());
        return twin < i ? [`${quoted(title)} produces the same as ${quoted(agenda[twin]!.title)}`] : [];
      });
      return gaps.length ? `${gaps.join('; ')}: name what participants hold at the end` : undefined;
    },
  },
  {
    id: 'exercises',
    label: 'Exercises with a debrief',
    rule: 'The agenda runs at least one exercise or role-play and the page writes it out; every debrief is a question ending in "?", a role-play lists at least two roles, and an exercise that uses a calculator gives its inputs as figures in the prompt.',
    evaluate: ({ data: { agenda, exercises } }, { site }) => {
      if (!agenda.some((segment) => segment.kind === 'exercise' || segment.kind === 'role-play'))
        return 'no exercise or role-play segment in the agenda';
      if (!exercises.length) return 'no exercise written out; give its prompt and debrief';
      const gaps = exercises.flatMap(({ title, debrief, roles, tool, prompt }) => [
        ...(debrief.trim().endsWith('?') ? [] : [`the debrief of ${quoted(title)} does not end in "?"`]),
        ...(roles && roles.length < 2 ? [`${quoted(title)} lists one role; a role-play needs two`] : []),
        ...(tool && !site.tools.has(tool) ? [`${quoted(title)} uses "${tool}", which is not a calculator`] : []),
        ...(tool && !/\d/.test(prompt) ? [`${quoted(title)} uses ${tool} but its prompt gives no figures`] : []),
      ]);
      if (agenda.some((segment) => segment.kind === 'role-play') && !exercises.some((e) => (e.roles ?? []).length))
        gaps.push('the agenda runs a role-play but no exercise lists its roles');
      return gaps.length ? gaps.join('; ') : undefined;
    },
  },
  {
    id: 'follow-up',
    label: 'Follow-up dated',
    rule: 'The follow-up watches a KPI the meeting moves, says when to look at it (a date, or an interval such as "weekly for four weeks") and what the manager reviews at each check-in.',
    evaluate: ({ data: { followUp, kpis } }) => {
      if (!followUp) return 'no followUp; name the KPI to watch and when';
      const { kpi, when, review } = followUp;
      if (!kpis.some((ref) => ref.id === kpi.id)) return `follow-up watches ${kpi.id}, which is not in kpis`;
      if (!timing.test(when)) return `follow-up when (${quoted(when)}) names no date or interval`;
      return review ? undefined : 'follow-up has no review: say what the manager looks at each time';
    },
  },
  kpiLinksCheck,
  relatedCheck,
  sourcesCheck,
  datesCheck,
  finishedCheck,
];
