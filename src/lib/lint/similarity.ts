/**
 * Text measures for near-duplicate detection: Jaccard overlap of three-word phrases
 * (shingles) for page text, and of meaningful words for titles.
 */

/** Lower-case words, with code fences, MDX imports and tags removed. */
export function toWords(text: string): string[] {
  const prose = text
    .replace(/^(`{3,}|~{3,})[\s\S]*?^\1/gm, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return prose.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
}

/** Distinct runs of `size` consecutive words. */
export function toShingles(words: readonly string[], size = 3): Set<string> {
  const shingles = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) shingles.add(words.slice(i, i + size).join(' '));
  return shingles;
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function getJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Words that shape a question without changing what it asks. */
const questionWords = new Set(
  (
    'a an the how much many what which who whom why when where does do did is are was were be ' +
    'should can could would will i we you my our your in at of for to on and or with by about ' +
    'there any get need'
  ).split(' '),
);

/** Spellings that ask the same thing; plural "s" is dropped before this lookup. */
const synonyms: Record<string, string> = {
  metric: 'kpi',
  price: 'cost',
  pricing: 'cost',
  fee: 'cost',
};

/** Phrases folded to one token before splitting into words. */
const phrases: [RegExp, string][] = [
  [/chief revenue officer/g, 'cro'],
  [/key performance indicator/g, 'kpi'],
  [/\b(19|20)\d\d\b/g, ' '],
];

/** The words that carry a title's question: "How much does a fractional CRO cost in Denver?" → fractional cro cost denver. */
export function toQuestionTerms(title: string): Set<string> {
  let text = title.toLowerCase();
  for (const [pattern, replacement] of phrases) text = text.replace(pattern, replacement);
  const words = text.match(/[a-z0-9]+/g) ?? [];
  return new Set(
    words
      .filter((word) => !questionWords.has(word))
      .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
      .map((word) => synonyms[word] ?? word),
  );
}
