// Speed of the local analysers, the engines that run on every task without a model.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { attentionPoints, checkLawReferences, decisionChecklist, lawLibraryFromJsonl, lix, summarise } from '../../src/tasks/index.ts';
import { GOOD_REFUSAL, WEAK_REFUSAL } from '../../src/tasks/fixtures/decision-letters.ts';
import { sharedData } from '../../src/tasks/shared-data.ts';

function time<T>(fn: () => T, rounds: number): { ms: number; last: T } {
  let last!: T;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) last = fn();
  return { ms: (performance.now() - start) / rounds, last };
}

async function timeAsync<T>(fn: () => Promise<T>, rounds: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await fn();
  return (performance.now() - start) / rounds;
}

const round = (n: number) => Number(n.toFixed(2));

export async function bench(): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = {};
  const speeches = sharedData('lix/folketingets-aabning');
  if (speeches.present) {
    const texts = readdirSync(speeches.path).map((f) => readFileSync(join(speeches.path, f), 'utf8'));
    const corpus = texts.join('\n\n');
    const words = lix(corpus).words;
    const l = time(() => texts.map(lix), 3);
    figures.lix = { speeches: texts.length, words, msAll: round(l.ms), wordsPerSecond: Math.round(words / (l.ms / 1000)) };
    const oneSpeech = texts.at(-1)!;
    const s = time(() => summarise(oneSpeech), 5);
    figures.summarise = { words: lix(oneSpeech).words, msPerText: round(s.ms) };
    const a = time(() => attentionPoints(oneSpeech), 5);
    figures.attentionPoints = { words: lix(oneSpeech).words, points: a.last.length, msPerText: round(a.ms) };
  } else figures.skipped = 'mangler ../shared/data/lix';

  const lawFile = sharedData('laws/provisions.jsonl');
  const loadStart = performance.now();
  const laws = lawFile.present ? await lawLibraryFromJsonl(lawFile.path) : undefined;
  if (laws) figures.lawLibraryLoadMs = round(performance.now() - loadStart);
  figures.decisionChecklist = {
    msPerLetter: round(await timeAsync(() => decisionChecklist(GOOD_REFUSAL, { laws }), 20)),
    msPerWeakLetter: round(await timeAsync(() => decisionChecklist(WEAK_REFUSAL, { laws }), 20)),
    withLawTexts: !!laws,
  };
  if (laws) {
    const text = 'Efter § 52, stk. 3, i serviceloven, servicelovens § 112, stk. 1, forvaltningslovens § 24 og § 91 i lov om aktiv socialpolitik.';
    figures.lawReferences = { references: 4, msPerText: round(await timeAsync(() => checkLawReferences(text, laws), 50)) };
  }
  return figures;
}
