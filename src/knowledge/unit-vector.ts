/**
 * The vector scaled to length 1, or null when it cannot be (empty, zero, not finite). Stored and query
 * vectors are kept at unit length, so cosine similarity is a plain dot product wherever it is computed.
 */
export function unitVector(v: readonly number[] | undefined): number[] | null {
  if (!v?.length || !v.every(Number.isFinite)) return null;
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return norm > 0 ? v.map((x) => x / norm) : null;
}
