/**
 * Reciprocal-rank fusion's constant. 60 is the value of its authors (Cormack, Clarke and Büttcher, SIGIR
 * 2009), who found results flat around it; with no embedding model available offline there was nothing
 * here to tune it on. It is large against the ranks that matter (1-20), so first place in one list is
 * worth little more than second, and a passage that both rankings place fairly high beats one that only
 * a single ranking places first.
 */
export const RRF_K = 60;

export interface FusedRank<T> {
  item: T;
  /** Sum over the rankings of 1 / (RRF_K + rank), rank counted from 1. */
  score: number;
}

/**
 * Fuses rankings by reciprocal rank: only positions count, never the legs' own scores, which are not on
 * one scale (BM25-shaped sums and cosine similarities). Items are identified by `key`; ties go to the
 * item with the better single rank, then to the earlier ranking (the lexical one, whose quality is
 * measured), then to input order.
 */
export function fuseByReciprocalRank<T>(rankings: T[][], key: (item: T) => string | number): FusedRank<T>[] {
  const fused = new Map<string | number, { item: T; score: number; best: number; first: number; order: number }>();
  rankings.forEach((ranking, leg) => {
    ranking.forEach((item, i) => {
      const id = key(item);
      const seen = fused.get(id);
      if (seen) {
        seen.score += 1 / (RRF_K + i + 1);
        seen.best = Math.min(seen.best, i);
      } else {
        fused.set(id, { item, score: 1 / (RRF_K + i + 1), best: i, first: leg, order: fused.size });
      }
    });
  });
  return [...fused.values()]
    .sort((a, b) => b.score - a.score || a.best - b.best || a.first - b.first || a.order - b.order)
    .map(({ item, score }) => ({ item, score }));
}
