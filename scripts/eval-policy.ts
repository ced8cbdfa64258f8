/**
 * `npm run eval:policy`: accuracy and BLOCK recall of the request gate on every labelled set in
 * src/policy/labelled/ (and any JSON files given as arguments), measured two ways:
 *  - request:   the text alone, as `policy evaluate` without a use case;
 *  - as served: under the seeded use case (staff: general internal assistance, citizen: borgerchat)
 *               with the privacy module's findings, as `evaluateForCall` runs it.
 * The holdout set was written before the detectors were last tuned and is reported, never tuned on.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DEFAULT_USE_CASE_ID, evaluateRequest, privacyFindings, seedUseCase } from '../src/policy/index.ts';
import { LabelledSet, labelledSets } from '../src/policy/labelled-sets.ts';

const sets = [
  ...labelledSets(),
  ...process.argv.slice(2).filter((a) => !a.startsWith('--')).map((f) => ({ file: basename(f), ...LabelledSet.parse(JSON.parse(readFileSync(f, 'utf8'))) })),
];
const useCases = { staff: seedUseCase(DEFAULT_USE_CASE_ID), citizen: seedUseCase('borgerchat') };
const LABELS = ['ALLOW', 'ALLOW_WITH_CONTROLS', 'BLOCK'] as const;
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

const report: Record<string, unknown>[] = [];
for (const set of sets) {
  for (const mode of ['request', 'as served'] as const) {
    const confusion = Object.fromEntries(LABELS.map((l) => [l, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as Record<string, Record<string, number>>;
    const wrong: string[] = [];
    for (const r of set.requests) {
      const d = mode === 'request'
        ? evaluateRequest({ text: r.text, useCase: r.channel === 'citizen' ? useCases.citizen : null })
        : evaluateRequest({ text: r.text, useCase: useCases[r.channel], flags: privacyFindings(r.text) });
      confusion[r.label]![d.decision]!++;
      if (d.decision !== r.label) wrong.push(`#${r.id} ${r.label}→${d.decision}`);
    }
    const n = set.requests.length;
    const correct = LABELS.reduce((s, l) => s + confusion[l]![l]!, 0);
    const blocks = LABELS.reduce((s, p) => s + confusion.BLOCK![p]!, 0);
    const predictedBlocks = LABELS.reduce((s, l) => s + confusion[l]!.BLOCK!, 0);
    const row = {
      set: set.name,
      mode,
      n,
      accuracy: pct(correct, n),
      blockRecall: pct(confusion.BLOCK!.BLOCK!, blocks),
      blockPrecision: pct(confusion.BLOCK!.BLOCK!, predictedBlocks),
      wrong,
    };
    report.push(row);
    process.stdout.write(`${set.name} [${mode}]: n=${n}  accuracy ${row.accuracy}  BLOCK recall ${row.blockRecall} (${confusion.BLOCK!.BLOCK}/${blocks})  BLOCK precision ${row.blockPrecision}${wrong.length ? `\n    wrong: ${wrong.join(', ')}` : ''}\n`);
  }
}
if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
