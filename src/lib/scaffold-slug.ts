/** Page ids from titles and names: lower case, hyphenated, stable as titles get reworded. */

/** Words that shape a question but do not identify the page: dropped from guide ids. */
const questionWords = new Set(
  (
    'a an the how much many what which who why when where does do is are should can could would will ' +
    'in at of for to on my your our i we with and or'
  ).split(' '),
);

function toWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Words joined by hyphens, at most 60 characters cut at a word. */
function joinWords(words: readonly string[]): string {
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60 && slug) break;
    slug = next;
  }
  return slug;
}

/** Industry ids keep every word: "Food & Beverage" → food-and-beverage. */
export function slugifyName(name: string): string {
  return toWords(name).join('-');
}

/**
 * Guide ids keep the words that identify the question, at most 60 characters cut at
 * a word: "How much does a fractional CRO cost in Denver?" → fractional-cro-cost-denver.
 * Years are dropped too: the page outlives "in 2027", and its address should not change.
 */
export function slugifyQuestion(title: string): string {
  const words = toWords(title);
  const kept = words.filter((word) => !questionWords.has(word) && !/^(19|20)\d\d$/.test(word));
  return joinWords(kept.length ? kept : words);
}

const articles = /^(a|an|the)$/;

/**
 * Training ids name the meeting, not its format: "The Net New Logo Reboot — 60-Min Training"
 * → net-new-logo-reboot. Articles at either end and the "60-Min Training" tag (with anything
 * after it, such as "for First-Time Sellers") are dropped, as the six first trainings were named.
 */
export function slugifyTraining(title: string): string {
  const words = toWords(title);
  const tag = words.findIndex(
    (word, i) => /^\d+$/.test(word) && /^min(ute)?s?$/.test(words[i + 1] ?? '') && words[i + 2] === 'training',
  );
  const named = tag > 0 ? words.slice(0, tag) : [...words];
  // Articles at either end ("The …", "…: a 45-minute training") name nothing.
  while (named.length > 1 && articles.test(named.at(-1)!)) named.pop();
  if (named.length > 1 && articles.test(named[0]!)) named.shift();
  return joinWords(named);
}
