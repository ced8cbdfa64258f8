import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analysePersonalData, createPseudonymSession, detectFlags, detectPersonalData, redact } from './index.ts';

const letter = `Kære Jens Hansen

Vi har modtaget din ansøgning af 3. marts. CPR-nr. 010190-1234 og mobil 20 12 34 56 er noteret.
Du bor på Vestergade 12B, 2. th., 8000 Aarhus C. Hansen skrev fra jens.hansen@example.dk.
Jens Hansens ansøgning behandles efter § 41 i serviceloven.

Med venlig hilsen
Mette Ølgaard`;

test('redact answers the CLI contract: placeholders in the text, entities with offsets into the input, flags', () => {
  const r = redact(letter);
  for (const e of r.entities) {
    assert.ok(e.start < e.end && e.end <= letter.length);
    assert.match(e.placeholder, /^\[[A-Z_]+_\d+\]$/);
    assert.ok(r.text.includes(e.placeholder));
  }
  const types = new Set(r.entities.map((e) => e.type));
  for (const t of ['PERSON', 'CPR', 'PHONE', 'ADDRESS', 'EMAIL']) assert.ok(types.has(t as never), t);
  for (const secret of ['010190-1234', '20 12 34 56', 'Vestergade', 'jens.hansen@', 'Hansen', 'Ølgaard']) assert.ok(!r.text.includes(secret), secret);
  assert.ok(r.text.includes('§ 41'));
});

test('one person is one placeholder, as full name, surname and in the genitive', () => {
  const r = redact(letter);
  const persons = r.entities.filter((e) => e.type === 'PERSON');
  const jens = new Set(persons.filter((e) => /Hansen|Jens/.test(letter.slice(e.start, e.end))).map((e) => e.placeholder));
  assert.equal(jens.size, 1);
  assert.match(r.text, /\[PERSON_1\]s ansøgning/);
  assert.notEqual(persons.find((e) => letter.slice(e.start, e.end) === 'Mette Ølgaard')?.placeholder, [...jens][0]);
});

test('restore gives the original back exactly, also with altered placeholders and across messages', () => {
  const session = createPseudonymSession();
  const first = session.pseudonymise(letter);
  assert.equal(session.restore(first.text), letter);
  const second = session.pseudonymise('Ring til Jens Hansen på 20123456.');
  assert.match(second.text, /\[PERSON_1\]/);
  assert.match(second.text, /\[PHONE_1\]/, 'the same number without spaces keeps its placeholder');
  assert.equal(session.pseudonymise('Eller +45 20 12 34 56 og 0045 20123456.').text, 'Eller [PHONE_1] og [PHONE_1].');
  // The k-th mention comes back as the k-th mention of the latest message that used the placeholder.
  assert.equal(session.restore('Svar til [Person_1] og PERSON_1 – ring [phone 1].'), 'Svar til Jens Hansen og Jens Hansen – ring +45 20 12 34 56.');
  assert.equal(session.restore('[PERSON_9] og person 1 bliver stående.'), '[PERSON_9] og person 1 bliver stående.');
});

test('a mapping survives persistence and keeps numbering', () => {
  const a = createPseudonymSession();
  const r = a.pseudonymise('Borgeren Anna Nielsen, tlf. 31 23 45 67.');
  const b = createPseudonymSession(JSON.parse(JSON.stringify(a.toMapping())));
  assert.equal(b.restore(r.text), 'Borgeren Anna Nielsen, tlf. 31 23 45 67.');
  assert.match(b.pseudonymise('Peter Madsen ringede om Anna Nielsen.').text, /\[PERSON_2\] ringede om \[PERSON_1\]/);
});

test('the stream restorer is exact for every way of cutting the stream', () => {
  const session = createPseudonymSession();
  const { text } = session.pseudonymise(letter);
  for (const size of [1, 2, 3, 5, 7, 11, 64]) {
    const restorer = session.createStreamRestorer();
    let out = '';
    for (let i = 0; i < text.length; i += size) out += restorer.push(text.slice(i, i + size));
    out += restorer.flush();
    assert.equal(out, letter, `chunk size ${size}`);
  }
  const r = session.createStreamRestorer();
  assert.equal(r.push('Hej [Per') + r.push('son_1') + r.push('], ') + r.push('PERSON_') + r.push('1!') + r.flush(), 'Hej Jens Hansen, Hansen!');
  assert.equal(r.push('Vi svarer '), 'Vi svarer ', 'ordinary text is not held back');
});

test('template-style and genitive placeholders are restored, whole and streamed alike', () => {
  const session = createPseudonymSession();
  session.pseudonymise('Jens Hansen har CPR 010190-1235.');
  const output = 'Kære [[PERSON_1]], {PERSON_1} og {{ CPR_1 }}: PERSON_1s sag. [[ikke]] {x} PERSON_1stilling';
  const expected = 'Kære Jens Hansen, Jens Hansen og 010190-1235: Jens Hansens sag. [[ikke]] {x} PERSON_1stilling';
  assert.equal(session.restore(output), expected);
  for (const size of [1, 2, 3, 4, 5, 8, 13]) {
    const restorer = session.createStreamRestorer();
    let out = '';
    for (let i = 0; i < output.length; i += size) out += restorer.push(output.slice(i, i + size));
    assert.equal(out + restorer.flush(), expected, `chunk size ${size}`);
  }
});

test('flags: Art. 9, Art. 10, children and social circumstances, on word stems', () => {
  assert.deepEqual(detectFlags('Borgeren er sygemeldt med depression og har fået medicin.'), ['art9.health']);
  assert.deepEqual(detectFlags('Han er tidligere straffet og sigtet for tyveri.'), ['art10.criminal']);
  assert.deepEqual(detectFlags('Hun er medlem af fagforeningen og praktiserende muslim.'), ['art9.religion', 'art9.trade_union']);
  assert.deepEqual(detectFlags('Underretning om barnet; familien modtager kontanthjælp.'), ['children', 'social']);
  assert.deepEqual(detectFlags('En 15-årig ansøger.'), ['children']);
  // Conditions and care in a citizen's own words.
  assert.deepEqual(detectFlags('Min datter har astma, og min mor får hjemmehjælp efter et ophold på sygehuset.'), ['art9.health', 'children']);
  assert.deepEqual(detectFlags('Sagsbehandlingen af ansøgningen om byggetilladelse er afsluttet.'), []);
});

test('one tokenisation for entities and flags finds what the two separate scans find', () => {
  const texts = [
    letter,
    letter.toLowerCase(),
    'Hans sygdoms- og ulykkesforsikring; a-kassen; anti-depressiv medicin; 7-årig; ſygemeldt; 3F og HK; X-Hansen og Hansen-sagen.',
    'Ωμέγα 😀 Jens-Peter Hansen\u0301 er syg.',
  ];
  for (const text of texts) assert.deepEqual(analysePersonalData(text), { entities: detectPersonalData(text), flags: detectFlags(text) });
});

test('bad input never throws except the clear size limit', () => {
  for (const text of ['', '   ', '😀😀 Jens 😀 010190-1234 😀', 'Ωμέγα Привет 你好 مرحبا Jens Hansen', '\uD800 halv surrogat \uDFFF', '[[[[PERSON_', 'a'.repeat(10_000)]) {
    const r = redact(text);
    assert.equal(typeof r.text, 'string');
  }
  const emoji = '😀 CPR 010190-1234';
  const e = detectPersonalData(emoji)[0]!;
  assert.equal(emoji.slice(e.start, e.end), '010190-1234');
  assert.throws(() => redact('x'.repeat(1_000_001)), { code: 'payload_too_large' });
});
