import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Coverage } from './detect.ts';

test('coverage answers as a byte per character would, for spans taken in any order', () => {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let round = 0; round < 500; round++) {
    const length = 1 + random(200);
    const covered = new Uint8Array(length);
    const coverage = new Coverage();
    for (let k = 0; k < 30; k++) {
      const start = random(length);
      const end = Math.min(length, start + random(12));
      const free = covered.subarray(start, end).every((b) => b === 0);
      assert.equal(coverage.isFree({ start, end }), free, `round ${round}, span ${start}–${end}`);
      // Taken also where not free: callers may mark what is already partly covered.
      if (free || random(2)) {
        covered.fill(1, start, end);
        coverage.take({ start, end });
      }
    }
  }
});
