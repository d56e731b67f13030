/**
 * Just enough glob matching for letter paths: `*` and `?` within one path segment, `**` for any
 * number of segments. Matching walks the text once per star with a single backtrack point, so
 * no pattern can take more than quadratic time in a segment's length.
 */

export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/**
 * Splits a `/`-separated pattern into the folder to start walking from (its leading segments
 * without a wildcard) and the segments left to match below it.
 */
export function splitGlob(pattern: string): { base: string; rest: string[] } {
  const segments = pattern.split('/');
  const firstWild = segments.findIndex(isGlob);
  const base = segments.slice(0, firstWild).join('/');
  const rest = segments.slice(firstWild).filter((segment) => segment !== '');
  return { base: base === '' ? (pattern.startsWith('/') ? '/' : '.') : base, rest };
}

/** Whether a `/`-separated path relative to the glob's base matches the rest of the pattern. */
export function matchesGlob(patternSegments: string[], pathSegments: string[]): boolean {
  return matchSegments(patternSegments, 0, pathSegments, 0);
}

function matchSegments(pattern: string[], p: number, path: string[], s: number): boolean {
  if (p === pattern.length) return s === path.length;
  if (pattern[p] === '**') {
    for (let skip = s; skip <= path.length; skip++) {
      if (matchSegments(pattern, p + 1, path, skip)) return true;
    }
    return false;
  }
  return s < path.length && matchesSegment(pattern[p], path[s]) && matchSegments(pattern, p + 1, path, s + 1);
}

/** Classic wildcard match with `*` and `?`, remembering only the last star. */
export function matchesSegment(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
