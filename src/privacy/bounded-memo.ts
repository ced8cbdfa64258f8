/**
 * A pure function of a string, remembered: texts repeat their words and numbers, and requests each other's. The
 * memory is emptied when it reaches `limit` entries, which bounds it without bookkeeping per entry.
 */
export function boundedMemo<T>(fn: (key: string) => T, limit: number): (key: string) => T {
  const memory = new Map<string, T>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined) {
      if (memory.size >= limit) memory.clear();
      memory.set(key, (value = fn(key)));
    }
    return value;
  };
}
