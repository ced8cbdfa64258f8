/**
 * Prints detection quality; figures, not a test.
 *
 *   npm run eval:pii            dev sets (DaN+ news, web forum, Twitter) and the synthetic identifier suite
 *   npm run eval:pii -- --eval  also, once, the held-out test sets in shared/data/eval (never tune on these)
 *
 * For the names: "tagger" scores the recogniser alone on gold tokens (CoNLL exact spans, PER/LOC/ORG);
 * "pipeline" runs detectPersonalData on the sentence text and scores its PERSON entities against gold PER spans
 * by the tokens they cover (a genitive "s" left outside the placeholder still counts as the whole token).
 */
import { existsSync } from 'node:fs';
import { detectPersonalData, ENTITY_TYPES } from '../src/privacy/index.ts';
import { viewOf } from '../src/privacy/ner-features.ts';
import { prf, readTaggedSentences, scoreSpans, spansOf, type Span, type TaggedSentence } from '../src/privacy/ner-corpus.ts';
import { tagTokens } from '../src/privacy/ner-tagger.ts';
import { privacyModel } from '../src/privacy/privacy-model.ts';
import { lookalikes, syntheticIdentifiers } from '../src/privacy/synthetic-suite.ts';

const DATA = new URL('../../shared/data/', import.meta.url);
const round = (x: number) => Math.round(x * 1000) / 1000;
const brief = (r: ReturnType<typeof prf>) => ({ precision: round(r.precision), recall: round(r.recall), f1: round(r.f1), gold: r.tp + r.fn });

function tagger(sentences: TaggedSentence[]) {
  const model = privacyModel();
  const gold = sentences.map((s) => spansOf(s.tags));
  const predicted = sentences.map((s) => spansOf(tagTokens(model, viewOf(s.words)).tags));
  return Object.fromEntries(Object.entries(scoreSpans(gold, predicted, ['PER', 'LOC', 'ORG'])).map(([k, v]) => [k, brief(v)]));
}

function pipeline(sentences: TaggedSentence[]) {
  const gold: Span[][] = [];
  const predicted: Span[][] = [];
  for (const s of sentences) {
    const starts: number[] = [];
    let text = '';
    for (const w of s.words) {
      starts.push(text.length);
      text += w + ' ';
    }
    const tokenAt = (offset: number) => starts.findLastIndex((st) => st <= offset);
    gold.push(spansOf(s.tags).filter((x) => x.type === 'PER'));
    predicted.push(
      detectPersonalData(text)
        .filter((e) => e.type === 'PERSON')
        .map((e) => ({ type: 'PER', start: tokenAt(e.start), end: tokenAt(e.end - 1) + 1 })),
    );
  }
  return { PERSON: brief(scoreSpans(gold, predicted, ['PER']).PER!) };
}

function identifiers() {
  const byType = new Map<string, { tp: number; fp: number; fn: number }>(ENTITY_TYPES.filter((t) => t !== 'PERSON').map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const c of syntheticIdentifiers()) {
    const at = c.text.indexOf(c.value);
    const found = detectPersonalData(c.text).filter((e) => e.type !== 'PERSON');
    const hit = found.some((e) => e.type === c.type && e.start <= at && e.end >= at + c.value.length);
    byType.get(c.type)![hit ? 'tp' : 'fn']++;
    for (const e of found) if (!(e.type === c.type && e.start <= at && e.end >= at + c.value.length)) byType.get(e.type)!.fp++;
  }
  let lookalikeFindings = 0;
  for (const t of lookalikes()) {
    for (const e of detectPersonalData(t)) {
      lookalikeFindings++;
      if (e.type !== 'PERSON') byType.get(e.type)!.fp++;
    }
  }
  return { perType: Object.fromEntries([...byType].map(([t, c]) => [t, brief(prf(c.tp, c.fp, c.fn))])), lookalikes: lookalikes().length, lookalikeFindings };
}

function sets(entries: [string, string][]) {
  const out: Record<string, unknown> = {};
  for (const [name, path] of entries) {
    const url = new URL(path, DATA);
    if (!existsSync(url)) {
      out[name] = `mangler: ${url.pathname}`;
      continue;
    }
    const sentences = readTaggedSentences(url);
    out[name] = { sentences: sentences.length, tagger: tagger(sentences), pipeline: pipeline(sentences) };
  }
  return out;
}

const report: Record<string, unknown> = {
  dev: sets([
    ['danplus-news-dev', 'ner/da_news_dev.tsv'],
    ['danplus-arto-dev', 'ner/da_arto_dev.tsv'],
    ['danplus-twitter-dev', 'ner/da_twitter_dev.tsv'],
  ]),
  syntheticIdentifiers: identifiers(),
};
if (process.argv.includes('--eval')) {
  report.eval = sets([
    ['danplus-news-test', 'eval/ner-danplus-test/da_news_test.tsv'],
    ['danplus-arto-test', 'eval/ner-danplus-test/da_arto_test.tsv'],
    ['danplus-twitter-test', 'eval/ner-danplus-test/da_twitter_test.tsv'],
    ['dane-plank2019-test', 'eval/ner-dane-plank2019/da_ddt-ud-ner-test.conll'],
  ]);
}
console.log(JSON.stringify(report, null, 2));
