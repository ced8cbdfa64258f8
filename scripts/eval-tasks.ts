/**
 * Measures the task analysers: LIX against the 80 published speech values, and the decision-letter checklist's
 * per-check precision and recall on the labelled letters in eval-tasks-letters.ts. Prints JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKLIST_IDS, decisionChecklist, lawLibraryFromJsonl, lix } from '../src/tasks/index.ts';
import { sharedData } from '../src/tasks/shared-data.ts';
import { DEV_LETTERS, FRESH_LETTERS, HELDOUT_LETTERS, type LabelledLetter } from './eval-tasks-letters.ts';

function lixAgreement() {
  const dir = sharedData('lix');
  if (!dir.present) return { skipped: 'mangler ../shared/data/lix' };
  const rows = readFileSync(join(dir.path, 'folketingets-aabning-lix-reference.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  let exact = 0;
  let within1 = 0;
  let absError = 0;
  for (const row of rows) {
    const [file, , , , published] = row.split(',');
    const diff = lix(readFileSync(join(dir.path, file!), 'utf8')).lix - Number(published);
    if (diff === 0) exact++;
    if (Math.abs(diff) <= 1) within1++;
    absError += Math.abs(diff);
  }
  return { speeches: rows.length, exact, within1, meanAbsoluteError: Number((absError / rows.length).toFixed(3)) };
}

async function checklistScores(LETTERS: LabelledLetter[]) {
  const lawFile = sharedData('laws/provisions.jsonl');
  const laws = lawFile.present ? await lawLibraryFromJsonl(lawFile.path) : undefined;
  const perCheck = Object.fromEntries(CHECKLIST_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  let d0Correct = 0;
  const misses: string[] = [];
  for (const letter of LETTERS) {
    const checks = await decisionChecklist(letter.text, { laws });
    if ((checks.find((c) => c.id === 'D0')!.status === 'OK') === letter.isDecision) d0Correct++;
    else misses.push(`${letter.id}: D0`);
    for (const c of checks) {
      if (c.id === 'D0') continue;
      const flagged = c.status === 'WEAK' || c.status === 'MISSING';
      const gap = letter.gaps.includes(c.id);
      const s = perCheck[c.id]!;
      if (flagged && gap) s.tp++;
      else if (flagged) (s.fp++, misses.push(`${letter.id}: ${c.id} flagget uden at være en mangel`));
      else if (gap) (s.fn++, misses.push(`${letter.id}: ${c.id} mangel ikke fundet`));
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : Number((a / b).toFixed(3)));
  const scores = Object.fromEntries(
    Object.entries(perCheck)
      .filter(([id]) => id !== 'D0')
      .map(([id, s]) => [id, { ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn) }]),
  );
  const total = Object.values(perCheck).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    letters: LETTERS.length,
    plantedGaps: LETTERS.reduce((n, l) => n + l.gaps.length, 0),
    d0Accuracy: ratio(d0Correct, LETTERS.length),
    micro: { ...total, precision: ratio(total.tp, total.tp + total.fp), recall: ratio(total.tp, total.tp + total.fn) },
    perCheck: scores,
    disagreements: misses,
  };
}

console.log(
  JSON.stringify(
    {
      lix: lixAgreement(),
      checklistFresh: await checklistScores(FRESH_LETTERS),
      checklistHeldOut: await checklistScores(HELDOUT_LETTERS),
      checklistDev: await checklistScores(DEV_LETTERS),
    },
    null,
    2,
  ),
);
