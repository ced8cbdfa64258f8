/**
 * Trains the Danish name recogniser (averaged perceptron, greedy left-to-right) on the DaN+ news training split
 * and writes src/privacy/model/da-privacy-model.json together with the lexicons it uses. Reports F1 on the dev
 * sets after each epoch; the epoch count was chosen on those. Deterministic: the same data gives the same file.
 *
 *   npm run train:ner [-- --epochs N]
 *   npm run train:ner -- --orders 5        judge a change; writes nothing
 *
 * A single model's dev F1 moves by about ±0.02 with the order training sees the sentences, more than most changes
 * make. `--orders N` trains N shuffle orders (order 0 is the shipped one), reports each, and the model whose weights
 * are the mean of the N: steadier, the yardstick a change has to beat (docs/privacy.md, "Measuring").
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { allFeatures, isPlainWord, type Lexicons, viewOf } from '../src/privacy/ner-features.ts';
import { allowedAfter } from '../src/privacy/ner-tagger.ts';
import { readTaggedSentences, scoreSpans, spansOf, type TaggedSentence } from '../src/privacy/ner-corpus.ts';
import { MODEL_URL, type PrivacyModelFile } from '../src/privacy/privacy-model.ts';

const DATA = new URL('../../shared/data/', import.meta.url);
const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];
const epochsArg = process.argv.indexOf('--epochs');
const EPOCHS = epochsArg > 0 ? Number(process.argv[epochsArg + 1]) : 9;
const ordersArg = process.argv.indexOf('--orders');
const ORDERS = ordersArg > 0 ? Number(process.argv[ordersArg + 1]) : 0;

for (const dir of ['ner', 'names', 'postnumre', 'laws', 'qa']) {
  if (!existsSync(new URL(dir, DATA))) {
    console.error(`Mangler ${new URL(dir, DATA).pathname}: træning kræver de delte data (se shared/data/README.md).`);
    process.exit(1);
  }
}

function readNames(): { firstNames: string[]; surnames: string[] } {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const line of readFileSync(new URL('names/names.csv', DATA), 'utf8').split('\n').slice(1)) {
    const [, name, , , isFirst] = line.split(',');
    if (!name) continue;
    (isFirst === 'True' ? first : last).add(name.trim());
  }
  return { firstNames: [...first].sort(), surnames: [...last].sort() };
}

function readPostcodes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(new URL('postnumre/postnumre.csv', DATA), 'utf8').split('\n').slice(1)) {
    const [code, town] = line.split(';');
    if (code && town) out[code.trim().padStart(4, '0')] = town.trim();
  }
  return out;
}

/**
 * How a word is written inside sentences, counted over the consolidated acts (public domain), the Danish SQuAD
 * passages (CC BY-SA 4.0) and the training text: mostly lower case makes it an ordinary word, so a capitalised
 * "Skov" or "Bo" needs more evidence to be a name; nearly always capitalised makes it a proper noun.
 */
function readWordCasing(train: TaggedSentence[]): { commonWords: string[]; properNouns: string[] } {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  const add = (w: string) => {
    const lw = w.toLowerCase();
    const counts = w === lw ? lower : upper;
    counts.set(lw, (counts.get(lw) ?? 0) + 1);
  };
  const midSentence = /(?<=[\p{L}\p{N},;] )\p{L}[\p{L}-]+/gu;
  const lawsDir = new URL('laws/', DATA);
  for (const file of readdirSync(lawsDir).filter((f) => f.endsWith('.md'))) {
    for (const m of readFileSync(new URL(file, lawsDir), 'utf8').matchAll(midSentence)) add(m[0]);
  }
  const squad = JSON.parse(readFileSync(new URL('qa/squad-da-dev-v1.1-small.json', DATA), 'utf8')) as {
    data: { paragraphs: { context: string }[] }[];
  };
  for (const article of squad.data) for (const p of article.paragraphs) for (const m of p.context.matchAll(midSentence)) add(m[0]);
  for (const s of train) s.words.forEach((w, i) => i > 0 && /^[\p{L}][\p{L}-]+$/u.test(w) && !/[.!?:]/.test(s.words[i - 1]!) && add(w));
  const commonWords = [...lower].filter(([w, n]) => n >= 2 && n >= (upper.get(w) ?? 0)).map(([w]) => w).sort();
  const properNouns = [...upper].filter(([w, n]) => n >= 2 && n >= 9 * (lower.get(w) ?? 0)).map(([w]) => w).sort();
  return { commonWords, properNouns };
}

/** Averaged perceptron with lazy averaging: each weight remembers when it last changed. */
class Perceptron {
  readonly w = new Map<string, Float64Array>();
  private readonly total = new Map<string, Float64Array>();
  private readonly stamp = new Map<string, Float64Array>();
  step = 0;

  scores(features: string[]): Float64Array {
    const s = new Float64Array(TAGS.length);
    for (const f of features) {
      const row = this.w.get(f);
      if (row) for (let t = 0; t < TAGS.length; t++) s[t]! += row[t]!;
    }
    return s;
  }

  update(features: string[], gold: number, guess: number): void {
    for (const f of features) {
      let row = this.w.get(f);
      if (!row) {
        row = new Float64Array(TAGS.length);
        this.w.set(f, row);
        this.total.set(f, new Float64Array(TAGS.length));
        this.stamp.set(f, new Float64Array(TAGS.length));
      }
      const total = this.total.get(f)!;
      const stamp = this.stamp.get(f)!;
      for (const [t, delta] of [[gold, 1], [guess, -1]] as const) {
        total[t]! += (this.step - stamp[t]!) * row[t]!;
        stamp[t] = this.step;
        row[t]! += delta;
      }
    }
  }

  averaged(): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
    for (const [f, row] of this.w) {
      const total = this.total.get(f)!;
      const stamp = this.stamp.get(f)!;
      out.set(f, row.map((w, t) => (total[t]! + (this.step - stamp[t]!) * w) / Math.max(1, this.step)));
    }
    return out;
  }
}

function bestTag(scores: Float64Array, prev: string): number {
  let best = -1;
  for (let t = 0; t < TAGS.length; t++) if (allowedAfter(prev, TAGS[t]!) && (best < 0 || scores[t]! > scores[best]!)) best = t;
  return best;
}

function decode(weights: Map<string, Float64Array>, s: TaggedSentence, lex: Lexicons): string[] {
  const view = viewOf(s.words);
  const tags: string[] = [];
  for (let i = 0; i < s.words.length; i++) {
    if (isPlainWord(view, i, tags[i - 1] ?? 'O', lex)) {
      tags.push('O');
      continue;
    }
    const scores = new Float64Array(TAGS.length);
    const features = allFeatures(view, i, lex, tags[i - 1] ?? '<s>', tags[i - 2] ?? '<s>');
    for (const f of features) {
      const row = weights.get(f);
      if (row) for (let t = 0; t < TAGS.length; t++) scores[t]! += row[t]!;
    }
    tags.push(TAGS[bestTag(scores, tags[i - 1] ?? '<s>')]!);
  }
  return tags;
}

function evaluate(weights: Map<string, Float64Array>, sentences: TaggedSentence[], lex: Lexicons) {
  const gold = sentences.map((s) => spansOf(s.tags));
  const predicted = sentences.map((s) => spansOf(decode(weights, s, lex)));
  const r = scoreSpans(gold, predicted, ['PER', 'LOC', 'ORG']);
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v.f1.toFixed(3))]));
}

/** A fixed-seed shuffle, so training is reproducible. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Citizens' e-mails are often written without capitals. A lower-cased copy of some training sentences teaches
 * the model to use context and the name lists rather than capitals alone.
 */
function withLowercased(train: TaggedSentence[]): TaggedSentence[] {
  const extra = train.filter((_, i) => i % 4 === 0).map((s) => ({ words: s.words.map((w) => w.toLowerCase()), tags: s.tags }));
  return [...train, ...extra];
}

const train = readTaggedSentences(new URL('ner/da_news_train.tsv', DATA));
const dev = {
  news: readTaggedSentences(new URL('ner/da_news_dev.tsv', DATA)),
  arto: readTaggedSentences(new URL('ner/da_arto_dev.tsv', DATA)),
  twitter: readTaggedSentences(new URL('ner/da_twitter_dev.tsv', DATA)),
};
const { firstNames, surnames } = readNames();
const { commonWords, properNouns } = readWordCasing(train);
const lex: Lexicons = {
  firstNames: new Set(firstNames.map((n) => n.toLowerCase())),
  surnames: new Set(surnames.map((n) => n.toLowerCase())),
  commonWords: new Set(commonWords),
  properNouns: new Set(properNouns),
};

/** One averaged perceptron, the sentences shuffled in the given order (0: the shipped model's). */
function trainModel(trainingSet: TaggedSentence[], order: number, reportEachEpoch: boolean): Map<string, Float64Array> {
  const model = new Perceptron();
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    let errors = 0;
    for (const s of shuffled(trainingSet, epoch + 1000 * order)) {
      const view = viewOf(s.words);
      const tags: string[] = [];
      for (let i = 0; i < s.words.length; i++) {
        const prev = tags[i - 1] ?? '<s>';
        if (isPlainWord(view, i, tags[i - 1] ?? 'O', lex)) {
          tags.push('O');
          continue;
        }
        const features = allFeatures(view, i, lex, prev, tags[i - 2] ?? '<s>');
        const guess = bestTag(model.scores(features), prev);
        const gold = TAGS.indexOf(s.tags[i]!);
        model.step++;
        if (guess !== gold) {
          errors++;
          model.update(features, gold, guess);
        }
        tags.push(TAGS[guess]!);
      }
    }
    if (reportEachEpoch || epoch === EPOCHS) console.error(`${ORDERS ? `orden ${order}, ` : ''}epoke ${epoch}: ${errors} fejl; dev F1`, JSON.stringify(devF1(model.averaged())));
  }
  return model.averaged();
}

const devF1 = (weights: Map<string, Float64Array>) => ({ news: evaluate(weights, dev.news, lex), arto: evaluate(weights, dev.arto, lex), twitter: evaluate(weights, dev.twitter, lex) });

const trainingSet = withLowercased(train);
console.error(`Træner på ${trainingSet.length} sætninger (${train.length} originale), ${EPOCHS} epoker.`);
if (ORDERS > 0) {
  const mean = new Map<string, Float64Array>();
  for (let order = 0; order < ORDERS; order++) {
    for (const [feature, row] of trainModel(trainingSet, order, false)) {
      let sum = mean.get(feature);
      if (!sum) mean.set(feature, (sum = new Float64Array(TAGS.length)));
      for (let t = 0; t < TAGS.length; t++) sum[t]! += row[t]! / ORDERS;
    }
  }
  console.error(`middelvægte af ${ORDERS} ordener: dev F1`, JSON.stringify(devF1(mean)));
  process.exit(0);
}
const averaged = trainModel(trainingSet, 0, true);

// Weights too small to change a decision are dropped, and the rest rounded, to keep the file small.
const weights: Record<string, number[]> = {};
for (const [feature, row] of averaged) {
  const pairs: number[] = [];
  row.forEach((w, t) => {
    if (Math.abs(w) >= 0.005) pairs.push(t, Math.round(w * 1000) / 1000);
  });
  if (pairs.length) weights[feature] = pairs;
}
const file: PrivacyModelFile = {
  format: 'kommune-ai/privacy-model@1',
  trainedOn: 'DaN+ news train (Plank et al. 2020, CC BY-SA 4.0 text); names: DaCy names.csv (Apache-2.0); postcodes: DAWA (MIT); word casing: Danish consolidated acts and Danish SQuAD dev (CC BY-SA 4.0)',
  tags: TAGS,
  weights,
  firstNames,
  surnames,
  commonWords,
  properNouns,
  postcodes: readPostcodes(),
};
writeFileSync(MODEL_URL, JSON.stringify(file) + '\n');
console.error(`Skrev ${MODEL_URL.pathname}: ${Object.keys(weights).length} features, ${(JSON.stringify(file).length / 1e6).toFixed(2)} MB.`);
