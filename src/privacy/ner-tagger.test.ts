import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allFeatures, isPlainWord, viewOf } from './ner-features.ts';
import { allowedAfter, featureHash, tagTokens } from './ner-tagger.ts';
import { privacyModel } from './privacy-model.ts';
import { tokenize } from './tokenize.ts';

/** Greedy decoding over the feature strings training uses: what the cached tagger must reproduce. */
function referenceTags(words: string[], lineStarts: boolean[]) {
  const model = privacyModel();
  const view = viewOf(words, lineStarts);
  const tags: string[] = [];
  const margins: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const prev = tags[i - 1] ?? '<s>';
    if (isPlainWord(view, i, tags[i - 1] ?? 'O', model)) {
      tags.push('O');
      margins.push(Infinity);
      continue;
    }
    const scores = new Float64Array(model.tags.length);
    for (const f of allFeatures(view, i, model, prev, tags[i - 2] ?? '<s>')) {
      const row = model.weights.get(featureHash(f));
      if (row) row.forEach((w, t) => (scores[t]! += w));
    }
    let best = -1;
    for (let t = 0; t < scores.length; t++) if (allowedAfter(prev, model.tags[t]!) && (best < 0 || scores[t]! > scores[best]!)) best = t;
    const second = Math.max(...[...scores].filter((_, t) => t !== best && allowedAfter(prev, model.tags[t]!)));
    tags.push(model.tags[best]!);
    margins.push(scores[best]! - second);
  }
  return { tags, margins };
}

const TEXTS = [
  'Sagsbehandler Lars Møller har talt med borgeren Karin Østergaard fra Aarhus Kommune.',
  'Kære Søren\n\nTak for din mail.\n\nMed venlig hilsen\nLise',
  'hej jeg hedder per hansen og jeg vil gerne klage over min sag.',
  'Per Holm og Bo Skov mødte op. Vi sender svaret per mail. H.C. Andersen boede i Odense.',
  'Mohammed Al-Hassan og Fatima Yilmaz har klaget over afgørelsen. Yilmaz ønsker aktindsigt.',
  'Byrådet godkendte den 3. marts 2025 forslaget fra Teknisk Udvalg (rådmand Anne-Marie Skov Nielsen, S).',
  'DEN 12. JUNI SKREV JENS HANSEN TIL FORVALTNINGEN: "Jeg flytter til Vesterbrogade 12, 1620 København V."',
];

test('the cached tagger gives the tags and margins of the feature strings the model was trained on', () => {
  for (const text of TEXTS) {
    const { forms, lineStarts, sentenceStarts, style } = tokenize(text);
    const words = forms.map((f) => f.word);
    const fast = tagTokens(privacyModel(), { forms, starts: sentenceStarts, style });
    const reference = referenceTags(words, Array.from(lineStarts, Boolean));
    assert.deepEqual(fast.tags, reference.tags, text);
    fast.margins.forEach((m, i) => assert.ok(m === reference.margins[i] || Math.abs(m - reference.margins[i]!) < 1e-9, `${text}: token ${i}`));
  }
});
