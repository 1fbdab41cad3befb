/** One image candidate of a srcset: a URL with a width (w) or density (x) descriptor. */
interface SrcsetCandidate {
  url: string;
  width: number | null;
  density: number | null;
}

/** The reader column is about 700 CSS px; at 2x that is the pixel width worth keeping offline. */
const TARGET_CSS_WIDTH = 700;
const TARGET_DENSITY = 2;

/**
 * Parses a srcset the way browsers do: URLs may contain commas (Cloudinary's "w_300,h_200"),
 * so a comma only separates candidates after whitespace or at the end of a URL.
 */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  const n = srcset.length;
  while (i < n) {
    while (i < n && /[\s,]/.test(srcset[i]!)) i++;
    if (i >= n) break;
    let start = i;
    while (i < n && !/\s/.test(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    let descriptors = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      start = i;
      let depth = 0;
      while (i < n && (srcset[i] !== ',' || depth > 0)) {
        if (srcset[i] === '(') depth++;
        else if (srcset[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
      descriptors = srcset.slice(start, i).trim();
      i++;
    }
    if (!url) continue;
    const candidate: SrcsetCandidate = { url, width: null, density: null };
    for (const token of descriptors.split(/\s+/)) {
      const match = /^(\d+(?:\.\d+)?)([wx])$/i.exec(token);
      if (!match) continue;
      const value = Number(match[1]);
      if (match[2]!.toLowerCase() === 'w') candidate.width = value;
      else candidate.density = value;
    }
    candidates.push(candidate);
  }
  return candidates;
}

/**
 * Orders candidates best first for a ~700 CSS px column at 2x: the smallest one at least that
 * wide, then bigger ones, then smaller ones from the largest down (fallbacks if a download fails).
 */
export function rankCandidates(candidates: SrcsetCandidate[], cssWidth = TARGET_CSS_WIDTH, density = TARGET_DENSITY): SrcsetCandidate[] {
  const wantWidth = cssWidth * density;
  const score = (c: SrcsetCandidate): number => {
    if (c.width !== null) return c.width / wantWidth;
    return (c.density ?? 1) / density;
  };
  const usable = candidates.filter((c) => !/^data:/i.test(c.url));
  const enough = usable.filter((c) => score(c) >= 1).sort((a, b) => score(a) - score(b));
  const short = usable.filter((c) => score(c) < 1).sort((a, b) => score(b) - score(a));
  return [...enough, ...short];
}
