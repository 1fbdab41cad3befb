/**
 * A corpus and a query mix for the search benchmark. Real text follows Zipf's law (a few words in nearly
 * every article, most words in very few), which is what decides how fast a full-text index answers, so the
 * generated articles draw their words from an 80,000-word vocabulary with s = 1.07, and the 100 queries
 * mix rare, middling and common words, phrases, prefixes, operators and words that are nowhere. Stop
 * words (the forty commonest) are left out of the mix: a phrase of two of them is the engine's worst
 * case (about 80 ms at 10,000 articles) and no one searches for "of the".
 */
const SYLLABLES = 'ka lo mi nu re sa ti vo be da fe gi ho ju la me ni po ru se ta vi wo ya zu ba ce di fo gu'.split(' ');
const VOCABULARY_SIZE = 80_000;
const ZIPF_S = 1.07;

/** The word of a rank: syllables spelled from the rank's digits, so every word differs and common ones are short. */
function wordOf(rank: number): string {
  let word = '';
  let n = rank + SYLLABLES.length;
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word;
}

const vocabulary = Array.from({ length: VOCABULARY_SIZE }, (_, rank) => wordOf(rank));
const cumulative = new Float64Array(VOCABULARY_SIZE);
let sum = 0;
for (let rank = 0; rank < VOCABULARY_SIZE; rank++) {
  sum += 1 / (rank + 1) ** ZIPF_S;
  cumulative[rank] = sum;
}

function drawRank(random: () => number): number {
  const target = random() * sum;
  let low = 0;
  let high = VOCABULARY_SIZE - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** One paragraph of Zipf-distributed words (seedLibrary's `paragraph` option). */
export function zipfParagraph(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(vocabulary[drawRank(random)]!);
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** One query of the mix and whether it is typed (its last word a prefix). */
interface BenchQuery {
  kind: 'rare' | 'mid' | 'common' | 'phrase' | 'prefix' | 'operators' | 'none';
  query: string;
  typing: boolean;
}

const at = (rank: number) => vocabulary[rank]!;
const spread = (count: number, from: number, to: number) => Array.from({ length: count }, (_, i) => Math.round(from + ((to - from) * i) / Math.max(1, count - 1)));

/** The fixed 100 queries. */
export const BENCH_QUERIES: readonly BenchQuery[] = [
  ...spread(25, 15_000, 70_000).map((rank): BenchQuery => ({ kind: 'rare', query: at(rank), typing: false })),
  ...spread(15, 800, 6_000).map((rank): BenchQuery => ({ kind: 'mid', query: at(rank), typing: false })),
  // Words in half to nine tenths of the articles (rank 120 is in two thirds): what people type, not stop words.
  ...spread(15, 60, 600).map((rank): BenchQuery => ({ kind: 'common', query: at(rank), typing: false })),
  // A common word before a less common one, as "the printing press" is.
  ...spread(10, 0, 9).map((i): BenchQuery => ({ kind: 'phrase', query: `"${at(40 + i * 30)} ${at(1_500 + i * 400)}"`, typing: false })),
  ...spread(10, 300, 3_000).map((rank): BenchQuery => ({ kind: 'prefix', query: at(rank).slice(0, 4), typing: true })),
  ...spread(15, 0, 14).map((i): BenchQuery => {
    const word = at(1_000 + i * 97);
    const forms = [`${word} site:lwn.net`, `${word} -${at(5)}`, `${word} OR ${at(20_000 + i)}`, `${word} is:unread`, `author:mei ${word}`];
    return { kind: 'operators', query: forms[i % forms.length]!, typing: false };
  }),
  ...spread(10, 0, 9).map((i): BenchQuery => ({ kind: 'none', query: `qxq${i}zzv`, typing: false })),
];
