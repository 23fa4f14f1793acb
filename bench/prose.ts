/** Sentences and paragraphs in the library's register, varied enough to index and score. */
import type { Rng } from './rng.ts';
import { adjectives, coinName, connectors, nouns, people, verbs } from './vocabulary.ts';

export interface Topic {
  /** The industry or subject the text is about, e.g. "Dental Billing Platforms". */
  subject: string;
  /** KPI names the text may mention. */
  kpiNames: readonly string[];
  /** Buyer segments the text may mention. */
  segments: readonly string[];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence; templates differ in shape so Pagefind sees real phrase variety. */
export function writeSentence(rng: Rng, topic: Topic): string {
  const noun = () => rng.pickSkewed(nouns);
  const adjective = () => rng.pick(adjectives);
  const kpi = () => rng.pick(topic.kpiNames).toLowerCase();
  const segment = () => rng.pick(topic.segments);
  const templates: (() => string)[] = [
    () =>
      `${capitalise(kpi())} ${rng.pick(verbs)} how ${adjective()} ${noun()} turns into revenue for ${topic.subject} teams.`,
    () =>
      `${rng.pick(connectors)} ${rng.pick(people)} should watch the ${adjective()} ${noun()} before the ${noun()} slips.`,
    () => `Selling to ${segment()} means every ${noun()} passes a ${adjective()} ${noun()} first.`,
    () => `A ${adjective()} ${noun()} ${rng.pick(verbs)} ${kpi()} long before the quarter closes.`,
    () =>
      `Teams that use ${coinName(rng.int(0, 26999))} or ${coinName(rng.int(0, 26999))} still need one shared ${noun()}.`,
    () => `${capitalise(segment())} buy on a ${adjective()} ${noun()}, so ${kpi()} moves more slowly than ${kpi()}.`,
    () => `Ask ${rng.pick(people)} which ${noun()} would change ${kpi()} within ${rng.int(2, 12)} weeks.`,
    () =>
      `Around ${rng.int(2, 9)} in ${rng.int(10, 12)} ${topic.subject} deals stall at the ${noun()}, not the ${noun()}.`,
  ];
  return rng.pick(templates)();
}

export function writeParagraph(rng: Rng, topic: Topic, sentences: number): string {
  return Array.from({ length: sentences }, () => writeSentence(rng, topic)).join(' ');
}

/** A heading made of the same vocabulary, so headings index too. */
export function writeHeading(rng: Rng, topic: Topic): string {
  const options = [
    () => `Why ${rng.pick(topic.kpiNames).toLowerCase()} matters in ${topic.subject}`,
    () => `How ${rng.pick(topic.segments)} change the ${rng.pickSkewed(nouns)}`,
    () => `Fixing a ${rng.pick(adjectives)} ${rng.pickSkewed(nouns)}`,
    () => `What ${rng.pick(people)} owns`,
  ];
  return capitalise(rng.pick(options)());
}
