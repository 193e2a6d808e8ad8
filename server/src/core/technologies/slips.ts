/**
 * How far a written word is from a name, as slips of the keyboard count it: shared by the engine (typos.ts) and the
 * vocabulary's build, which lists the English words a slip from a well-used name (NEAR_NAME_WORDS). No imports, so the
 * build can load it before the vocabulary exists.
 */

/** How well used a name must be (its rank) for a slip to be guessed as it. */
export const POPULAR = 1500;

/**
 * From how many letters a slip is guessed as any name, however rarely used ("Alomofire", "Readmine", "CoocoaPods"): a
 * word that long is seldom another name a letter away, and still only when no other name is as close.
 */
export const ANY_NAME_FROM = 7;

/** How well used a name must be for a written key that long to be read as a slip from it. */
export function reachFor(key: string): number {
  return key.length >= ANY_NAME_FROM ? Infinity : POPULAR;
}

/** One edit for a key of five to nine letters, two from ten on. */
export function limitFor(key: string): number {
  return key.length >= 10 ? 2 : 1;
}

/** Optimal string alignment distance (a swap of two letters counts one), giving up above `limit`. */
export function distance(a: string, b: string, limit: number): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return best;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
