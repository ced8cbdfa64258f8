/**
 * Retrieval quality of the knowledge bank: recall@5, recall@10 and MRR@10.
 *  - tuning: SQuAD v1.1 dev machine-translated to Danish (../shared/data/qa). Choose the ranking here.
 *  - eval:   XQuAD-da (../shared/data/eval/qa-xquad-da). Report only; nothing is fitted to it.
 * Every passage is ingested as its own document (its article title as title) through the real
 * ingestion path, and every question goes through searchKnowledge.
 *
 *   npm run eval:retrieval                      both sets, default ranking
 *   npm run eval:retrieval -- --set tuning --limit 1500 --tuning '{"k1":1.5}'
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.ts';
import { cliOperator, parseConfig } from '../src/kernel/index.ts';
import { DEFAULT_TUNING, type SearchTuning, createCollection, ingestDocument, searchKnowledge } from '../src/knowledge/index.ts';

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));

interface Passage {
  id: string;
  title: string;
  text: string;
}
interface Question {
  text: string;
  passageId: string;
}
interface Dataset {
  passages: Passage[];
  questions: Question[];
}

function squad(file: string): Dataset {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { data: { title: string; paragraphs: { context: string; qas: { question: string }[] }[] }[] };
  const passages: Passage[] = [];
  const questions: Question[] = [];
  json.data.forEach((article, a) =>
    article.paragraphs.forEach((p, i) => {
      const id = `p-${a}-${i}`;
      passages.push({ id, title: article.title.replace(/_/g, ' '), text: p.context });
      for (const q of p.qas) questions.push({ text: q.question, passageId: id });
    }),
  );
  return { passages, questions };
}

function beir(dir: string): Dataset {
  const lines = (f: string) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean);
  const passages = lines('corpus.jsonl').map((l) => JSON.parse(l) as { _id: string; title: string; text: string }).map((p) => ({ id: p._id, title: p.title.replace(/_/g, ' '), text: p.text }));
  const queries = new Map(lines('queries.jsonl').map((l) => JSON.parse(l) as { _id: string; text: string }).map((q) => [q._id, q.text]));
  const questions = lines('qrels.tsv')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter(([q]) => queries.has(q!))
    .map(([q, p]) => ({ text: queries.get(q!)!, passageId: p! }));
  return { passages, questions };
}

async function evaluate(name: string, data: Dataset, tunings: SearchTuning[], limit: number | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'kai-eval-'));
  const app = await createApp(parseConfig({ KAI_DATA_DIR: dir }));
  try {
    await createCollection(app.db, cliOperator, { id: 'eval', name: 'Evaluering' });
    const passageOf = new Map<string, string>();
    const t0 = performance.now();
    for (const p of data.passages) {
      // A Markdown H1 carries the article title, which the ranking weighs like any document title.
      const res = await ingestDocument(app.db, cliOperator, { fileName: `${p.id}.md`, source: p.id, bytes: Buffer.from(`# ${p.title}\n\n${p.text}\n`), collection: 'eval' });
      passageOf.set(res.document.id, res.document.source);
    }
    const ingestSeconds = (performance.now() - t0) / 1000;
    // Every n-th question, so a limited run still covers every article.
    const step = limit && limit < data.questions.length ? data.questions.length / limit : 1;
    const questions = step === 1 ? data.questions : Array.from({ length: limit! }, (_, i) => data.questions[Math.floor(i * step)]!);
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const runs = [];
    for (const tuning of tunings) {
      let r5 = 0;
      let r10 = 0;
      let mrr = 0;
      const times: number[] = [];
      for (const q of questions) {
        const t = performance.now();
        const hits = await searchKnowledge(app.db, cliOperator, { query: q.text, k: 10, collection: 'eval' }, tuning);
        times.push(performance.now() - t);
        const rank = hits.findIndex((h) => passageOf.get(h.documentId) === q.passageId);
        if (rank >= 0 && rank < 5) r5++;
        if (rank >= 0) {
          r10++;
          mrr += 1 / (rank + 1);
        }
      }
      times.sort((a, b) => a - b);
      const n = questions.length;
      runs.push({
        set: name,
        ...(tunings.length > 1 ? { tuning } : {}),
        passages: data.passages.length,
        questions: n,
        recallAt5: round(r5 / n),
        recallAt10: round(r10 / n),
        mrrAt10: round(mrr / n),
        queryMsP50: round(times[Math.floor(n * 0.5)]!),
        queryMsP95: round(times[Math.floor(n * 0.95)]!),
        ingestSeconds: round(ingestSeconds),
      });
    }
    return runs;
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: { set: { type: 'string', default: 'both' }, limit: { type: 'string' }, tuning: { type: 'string' } },
});
// --tuning takes one override or a list of them; a list is compared on one ingested corpus.
const overrides = values.tuning ? (JSON.parse(values.tuning) as Partial<SearchTuning> | Partial<SearchTuning>[]) : {};
const tunings: SearchTuning[] = (Array.isArray(overrides) ? overrides : [overrides]).map((o) => ({ ...DEFAULT_TUNING, ...o }));
const limit = values.limit ? Number(values.limit) : undefined;
const results = [];
const tuningFile = join(DATA, 'qa/squad-da-dev-v1.1-small.json');
const evalDir = join(DATA, 'eval/qa-xquad-da');
if (values.set === 'tuning' || values.set === 'both') {
  if (existsSync(tuningFile)) results.push(...(await evaluate('tuning: squad-da-dev-small', squad(tuningFile), tunings, limit)));
  else process.stderr.write(`Springer over: ${tuningFile} findes ikke.\n`);
}
if (values.set === 'eval' || values.set === 'both') {
  if (existsSync(evalDir)) results.push(...(await evaluate('eval (report only): xquad-da', beir(evalDir), tunings, undefined)));
  else process.stderr.write(`Springer over: ${evalDir} findes ikke.\n`);
}
process.stdout.write(JSON.stringify(tunings.length === 1 ? { tuning: tunings[0], results } : { results }, null, 2) + '\n');
