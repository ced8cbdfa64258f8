import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData } from '../shared-data.ts';
import { attentionPoints } from './attention-points.ts';
import { summarise } from './summarise.ts';
import { words } from './words.ts';

const municipal = sharedData('municipal');
const skip = !municipal.present && 'mangler ../shared/data/municipal';

interface Item {
  item: number;
  title: string;
  sections: { heading: string; text: string }[];
}

const items = (): Item[] =>
  readFileSync(join(municipal.path, 'aarhus-items.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Item);

const itemText = (i: Item) => [i.title, ...i.sections.map((s) => `${s.heading}\n${s.text}`)].join('\n\n');

test('every agenda item with decision points yields a decision attention point', { skip }, () => {
  const withDecisions = items().filter((i) => i.sections.some((s) => s.heading === 'Beslutningspunkter'));
  assert.ok(withDecisions.length >= 10);
  for (const item of withDecisions) {
    const points = attentionPoints(itemText(item));
    assert.ok(points.some((p) => p.kind === 'decision'), `punkt ${item.item} "${item.title}" gav intet beslutningspunkt`);
  }
});

test('amounts and dates in the council minutes are found with their sentence', { skip }, () => {
  const budget = items().find((i) => i.title === 'Forslag til budget 2026-2029')!;
  const points = attentionPoints(itemText(budget));
  const amount = points.find((p) => p.kind === 'amount' && p.match.includes('1.126 mio. kr.'));
  assert.ok(amount, 'the 1.126 mio. kr. råderum was not found');
  assert.ok(amount.sentence.includes('råderum'));
  assert.ok(points.some((p) => p.kind === 'date' && p.match === '2. september 2025'));
});

test('summaries of items with a Resume are shorter, extractive and keep the original order', { skip }, () => {
  for (const item of items().filter((i) => i.sections.some((s) => s.heading === 'Resume'))) {
    const text = itemText(item);
    const s = summarise(text);
    assert.ok(s.sentences.length > 0, `punkt ${item.item} gav intet resumé`);
    assert.ok(s.summaryWords < words(text).length, `punkt ${item.item}: resuméet er ikke kortere`);
    const positions = s.sentences.map((x) => text.indexOf(x.text));
    assert.ok(positions.every((p) => p >= 0), 'a summary sentence is not in the source');
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'the original order was not kept');
  }
});

test('attention points on a written decision letter', () => {
  const letter = `Kommunen har den 3. marts 2026 besluttet at bevilge 12.500 kr. efter servicelovens § 112, stk. 1. Du skal indsende kvitteringen senest den 1. april 2026. Hvis kvitteringen ikke er modtaget, må beløbet ikke udbetales. Du kan klage til Ankestyrelsen inden 4 uger.`;
  const byKind = (k: string) => attentionPoints(letter).filter((p) => p.kind === k).map((p) => p.match);
  assert.deepEqual(byKind('amount'), ['12.500 kr.']);
  assert.deepEqual(byKind('deadline'), ['senest den 1. april 2026', 'inden 4 uger']);
  assert.deepEqual(byKind('legal_reference'), ['servicelovens § 112, stk. 1']);
  assert.deepEqual(byKind('prohibition'), ['må beløbet ikke']);
  assert.deepEqual(byKind('condition'), ['Hvis']);
  assert.deepEqual(byKind('party'), ['Ankestyrelsen']);
  assert.ok(byKind('decision').includes('besluttet'));
  assert.deepEqual(byKind('obligation'), ['skal']);
});

test('the summary of a written case note picks its central sentences', () => {
  const note = `Borgeren har søgt om en el-scooter. Borgeren har en lægeerklæring, der beskriver nedsat gangfunktion.

Ergoterapeuten har vurderet borgerens gangfunktion ved et hjemmebesøg. Gangfunktionen er nedsat, men borgeren kan gå 500 meter med rollator. Vejret var fint den dag.

Sagsbehandleren vurderer, at en el-scooter ikke er nødvendig, fordi borgerens gangfunktion rækker til de daglige indkøb.`;
  const s = summarise(note, { maxSentences: 3 });
  assert.ok(!s.summary.includes('Vejret'), 'an off-topic sentence made it into the summary');
  assert.ok(s.sentences.length <= 3);
});
