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
  let slug = '';
  for (const word of kept.length ? kept : words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60 && slug) break;
    slug = next;
  }
  return slug;
}
