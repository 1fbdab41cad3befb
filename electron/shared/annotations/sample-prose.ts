// Deterministic English-like prose for tests and benchmarks of anchoring. Real articles repeat
// short words constantly and longer phrases now and then; a Zipf-weighted vocabulary reproduces
// that, which is what makes quote disambiguation and false-match rates meaningful.

const WORDS = (
  'the of and to a in is that it was for on are as with his they at be this from have or by one had not but what all ' +
  'were when we there can an your which their said if do will each about how up out them then she many some so these ' +
  'would other into has more her two like him see time could no make than first been its who now people my made over ' +
  'did down only way find use may water long little very after words called just where most know get through back much ' +
  'before go good new write our used me man too any day same right look think also around another came come work three ' +
  'word must because does part even place well such here take why things help put years different away again off went ' +
  'old number great tell men say small every found still between name should home big give air line set own under read ' +
  'last never us left end along while might next sound below saw something thought both few those always looked show ' +
  'large often together asked house world going want school important until form food keep children feet land side ' +
  'without boy once animals life enough took sometimes four head above kind began almost live page got earth need far ' +
  'hand high year mother light parts country father let night following picture being study second eyes soon times story ' +
  'boys since white days ever paper hard near sentence better best across during today others however sure means knew ' +
  'try told young miles sun ways thing whole hear example heard several change answer room sea against top turned learn ' +
  'point city play toward five using himself usually river council harbour minister winter bridge market garden library'
).split(' ');

/** A small seeded PRNG (mulberry32) so every run of a test sees the same text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `wordCount` words of prose in paragraphs separated by blank lines. */
export function makeProse(wordCount: number, seed = 1): string {
  const rand = seededRandom(seed);
  // Zipf: word k is picked with weight 1/(k+1).
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 0; k < WORDS.length; k++) cumulative.push((sum += 1 / (k + 1)));
  const pick = (): string => {
    const r = rand() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return WORDS[lo] as string;
  };
  const paragraphs: string[] = [];
  let words = 0;
  while (words < wordCount) {
    const sentences: string[] = [];
    const sentenceCount = 2 + Math.floor(rand() * 5);
    for (let s = 0; s < sentenceCount && words < wordCount; s++) {
      const len = 6 + Math.floor(rand() * 16);
      const parts: string[] = [];
      for (let w = 0; w < len; w++) parts.push(pick());
      words += len;
      const first = parts[0] as string;
      parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
      if (len > 10) parts[Math.floor(len / 2)] += ',';
      sentences.push(parts.join(' ') + (rand() < 0.1 ? '?' : '.'));
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}
