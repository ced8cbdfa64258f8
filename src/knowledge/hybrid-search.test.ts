import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { bootstrapActor } from '../access/index.ts';
import { configureGateway, flushGateway } from '../gateway/index.ts';
import type { Actor } from '../kernel/index.ts';
import { createModel, startFakeUpstream, type FakeUpstream, type NewModel } from '../models/index.ts';
import { startTestServer, type TestServer, type TestUser } from '../../test/support/test-server.ts';
import { chunkEmbedderOf, hybridSearch, searchKnowledge } from './index.ts';
import { embeddingStorage } from './embedding-storage.ts';
import { fuseByReciprocalRank, RRF_K } from './reciprocal-rank-fusion.ts';
import { unitVector } from './unit-vector.ts';
import { searchVectors } from './vector-search.ts';

/**
 * The fake model's notion of meaning: one dimension per topic, whatever words name it. Texts on one topic
 * lie close together even without a shared word. A faint trace of the text's length keeps the vectors of
 * unrelated texts apart (an approximate index cannot rank a crowd of identical vectors) and none at zero.
 */
const TOPICS = [
  ['velociped', 'tohjul', 'cykel', 'cykl'],
  ['hund', 'hvalp', 'firben'],
  ['affald', 'skrald', 'renovation'],
];
const topicVector = (extra = 0) => (text: string) => {
  const t = text.toLowerCase();
  return [...TOPICS.map((words) => words.filter((w) => t.includes(w)).length), 0.05, 0.001 * (t.length % 50), ...new Array<number>(extra).fill(0.01)];
};

const CPR = '010190-1235';
let server: TestServer;
let upstream: FakeUpstream;
let second: FakeUpstream;
let social: TestUser;
let kultur: TestUser;
let employee: Actor;

const model = (id: string, at: FakeUpstream, extra: Partial<NewModel> = {}): NewModel => ({
  id, name: id, kind: 'embedding', provider: 'openai_compatible', baseUrl: at.url, upstreamModel: `${id}-upstream`, hosting: 'self_hosted', timeoutMs: 2000, maxAttempts: 1, ...extra,
});
const upload = (fileName: string, text: string, collection?: string) =>
  server.request('POST', '/api/knowledge/documents', { body: { fileName, contentBase64: Buffer.from(text).toString('base64'), ...(collection ? { collection } : {}) } });
const search = async (q: string, token?: string, extra = '') => {
  const res = await server.request('GET', `/api/knowledge/search?q=${encodeURIComponent(q)}${extra}`, token ? { token } : {});
  assert.equal(res.status, 200, res.text);
  return res.body as { chunkId: number; collectionId: string; title: string; snippet: string; score: number; text: string }[];
};
const embeddingRequests = (at: FakeUpstream) => at.received.filter((r) => r.path === '/v1/embeddings');
const settle = () => chunkEmbedderOf(server.app)!.settle();
const QUERIES = ['velocipede', 'tohjulede køretøjer i stativet', 'må jeg bruge en gratis chatbot til oplysninger om borgere', 'hvalpe', 'databeskyttelse CPR-numre'];

before(async () => {
  server = await startTestServer();
  upstream = await startFakeUpstream();
  second = await startFakeUpstream();
  upstream.embedWith(topicVector());
  second.embedWith(topicVector(5));
  configureGateway(server.app, { cacheTtlMs: 0, backoff: { baseMs: 5, maxMs: 20 }, breaker: { failureThreshold: 1000, cooldownMs: 1000 } });
  social = await server.createUser({ forvaltningId: 'social' });
  kultur = await server.createUser({ forvaltningId: 'kultur' });
  employee = { kind: 'user', userId: social.id, username: social.username, roles: ['medarbejder'], forvaltningId: 'social', tokenId: null, useCaseId: null, courseCompleted: true };
  assert.equal((await upload('cykler.md', '# Stativer\n\nTohjulede køretøjer stilles i stativet ved rådhusets bagindgang.\n')).status, 201);
  assert.equal((await upload('affald.md', '# Storskrald\n\nStorskrald og andet affald hentes den første mandag i måneden; tohjulede køretøjer, der er kasseret, tages også.\n')).status, 201);
  const hidden = await server.request('POST', '/api/knowledge/collections', { body: { id: 'social-interne', name: 'Socialforvaltningens instrukser', visibility: 'forvaltninger', forvaltningIds: ['social'] } });
  assert.equal(hidden.status, 201, hidden.text);
  assert.equal((await upload('hvalpe.md', '# Plejefamilier\n\nFirbenede husdyr i plejefamilien noteres ved første hjemmebesøg.\n', 'social-interne')).status, 201);
});

after(async () => {
  await server.close();
  await upstream.close();
  await second.close();
});

test('reciprocal-rank fusion adds 1 / (60 + rank) over the rankings', () => {
  const fused = fuseByReciprocalRank([['a', 'b', 'c'], ['b', 'd']], (x) => x);
  assert.deepEqual(fused.map((f) => f.item), ['b', 'a', 'd', 'c']);
  assert.equal(fused[0]!.score, 1 / (RRF_K + 2) + 1 / (RRF_K + 1));
  assert.equal(fused[3]!.score, 1 / (RRF_K + 3));
  // Equal scores: the better single rank first, then the first (lexical) ranking.
  assert.deepEqual(fuseByReciprocalRank([['x'], ['y']], (v) => v).map((f) => f.item), ['x', 'y']);
});

test('without an embedding model, search is the lexical search, and nothing is embedded', async () => {
  await settle();
  for (const query of QUERIES) {
    assert.deepEqual(await hybridSearch(server.app, employee, { query }), await searchKnowledge(server.app.db, employee, { query }), query);
  }
  assert.deepEqual(await search('velocipede', social.token), []);
  assert.equal(embeddingRequests(upstream).length, 0);
  assert.equal((await server.app.db.selectFrom('knowledge_chunk_embeddings').select('chunk_id').execute()).length, 0);
});

test('with an embedding model, every passage is embedded in the background, and a passage with no word in common is found', async () => {
  await createModel(server.app.db, server.app.masterSecret, bootstrapActor, model('vektor', upstream));
  await settle();
  const chunks = await server.app.db.selectFrom('knowledge_chunks').select('id').execute();
  const embedded = await server.app.db.selectFrom('knowledge_chunk_embeddings').select(['chunk_id', 'model_id', 'dims']).execute();
  assert.equal(embedded.length, chunks.length);
  assert.ok(embedded.every((e) => e.model_id === 'vektor' && e.dims === TOPICS.length + 2));
  assert.ok(embeddingRequests(upstream).every((r) => r.body.input.length <= 32), 'embedded in batches');
  // pgvector with an HNSW index where the extension exists (PGlite), a real[] column where not (Debian's PostgreSQL 15).
  const { rows } = await sql<{ available: boolean }>`select exists (select 1 from pg_available_extensions where name = 'vector') as available`.execute(server.app.db);
  assert.equal(await embeddingStorage(server.app.db), rows[0]!.available ? 'vector' : 'real[]');
  const hnsw = await sql<{ indexname: string }>`select indexname from pg_indexes where indexname like 'knowledge_chunk_embeddings_hnsw_%'`.execute(server.app.db);
  assert.deepEqual(hnsw.rows.map((r) => r.indexname), rows[0]!.available ? [`knowledge_chunk_embeddings_hnsw_${TOPICS.length + 2}`] : []);
  await flushGateway(server.app);
  const metered = await server.app.db.selectFrom('usage_events').select(['model_id', 'actor_kind']).where('model_id', '=', 'vektor').execute();
  assert.ok(metered.length > 0 && metered.every((m) => m.actor_kind === 'cli'));

  const hits = await search('velocipede', social.token);
  assert.equal(hits[0]?.title, 'Stativer', 'the passage about bicycles, which never says the word, comes first');
  assert.match(hits[0]!.snippet, /Tohjulede køretøjer/);
  assert.ok(hits[0]!.score > 0);
});

test('the fused order is reciprocal-rank fusion of the lexical and the vector ranking', async () => {
  for (const query of ['tohjulede køretøjer', 'storskrald cykler', 'velocipede']) {
    upstream.received.length = 0;
    const hits = await hybridSearch(server.app, employee, { query }, { embeddingBudgetMs: 30_000 });
    // The vector of what the model was sent: the query as pseudonymised, should a word pass for a name.
    const sent: string = embeddingRequests(upstream)[0]!.body.input[0];
    const lexical = await searchKnowledge(server.app.db, employee, { query, k: 20 });
    const nearest = await searchVectors(server.app.db, employee, { vector: unitVector(topicVector()(sent))!, modelId: 'vektor', limit: 20 });
    const expected = fuseByReciprocalRank([lexical.map((h) => h.chunkId), nearest.map((h) => h.chunkId)], (id) => id).slice(0, 5);
    assert.deepEqual(hits.map((h) => h.chunkId), expected.map((e) => e.item), query);
    assert.deepEqual(hits.map((h) => h.score), expected.map((e) => Math.round(e.score * 1e6) / 1e6), query);
  }
});

test('passages of hidden collections never come from the vector ranking either', async () => {
  // Two words: the name recogniser may take a lone unknown word for a name and pseudonymise it away.
  const query = 'firbenede hvalpe';
  const own = await search(query, social.token);
  assert.equal(own[0]?.collectionId, 'social-interne', 'the forvaltning finds its own passage');
  for (const user of [kultur]) {
    const hits = await search(query, user.token);
    assert.ok(!hits.some((h) => h.collectionId === 'social-interne'));
    assert.equal((await server.request('GET', `/api/knowledge/search?q=firbenede&collection=social-interne`, { token: user.token })).status, 404);
  }
  const outsider: Actor = { ...employee, userId: kultur.id, username: kultur.username, forvaltningId: 'kultur' };
  const nearest = await searchVectors(server.app.db, outsider, { vector: unitVector(topicVector()(query))!, modelId: 'vektor', limit: 50 });
  const hiddenIds = (await server.app.db.selectFrom('knowledge_chunks').select('id').where('collection_id', '=', 'social-interne').execute()).map((r) => Number(r.id));
  assert.ok(nearest.length > 0 && !nearest.some((n) => hiddenIds.includes(n.chunkId)));
});

test('a CPR number or a name in the query never reaches the embedding model', async () => {
  upstream.received.length = 0;
  const hits = await search(`velocipede til borgeren Mette Hansen, CPR ${CPR}`, social.token);
  assert.ok(hits.length > 0);
  const sent = JSON.stringify(embeddingRequests(upstream).map((r) => r.body));
  assert.ok(embeddingRequests(upstream).length > 0, 'the query was embedded');
  for (const secret of [CPR, '1235', 'Mette', 'Hansen']) assert.ok(!sent.includes(secret), `${secret} reached the model`);
});

test('a failing or hanging embedding model leaves the lexical results, without an error', async () => {
  const lexical = await searchKnowledge(server.app.db, employee, { query: 'tohjulede køretøjer' });
  assert.ok(lexical.length > 0);
  upstream.inject({ kind: 'status', status: 500 }, 5);
  assert.deepEqual(await search('tohjulede køretøjer', social.token), JSON.parse(JSON.stringify(lexical)));
  upstream.reset();
  upstream.embedWith(topicVector());
  upstream.setLatency(1_000);
  try {
    const t = Date.now();
    assert.deepEqual(await hybridSearch(server.app, employee, { query: 'tohjulede køretøjer' }, { embeddingBudgetMs: 100 }), lexical);
    assert.ok(Date.now() - t < 900, 'search waited for the slow model');
  } finally {
    upstream.setLatency(0);
  }
  const warnings = server.logs.filter((l) => l.includes('lexical results only'));
  assert.ok(warnings.length > 0);
  assert.ok(!warnings.some((l) => l.includes('tohjulede')), 'the query reached the log');
});

test('a re-ingested document loses its old embeddings and gets new ones', async () => {
  const before = await server.app.db.selectFrom('knowledge_chunks').select('id').where('title', '=', 'Stativer').execute();
  assert.equal((await upload('cykler.md', '# Stativer\n\nTohjulede køretøjer stilles nu i cykelkælderen under rådhuset.\n')).body.status, 'replaced');
  const stale = await server.app.db.selectFrom('knowledge_chunk_embeddings').select('chunk_id').where('chunk_id', 'in', before.map((r) => r.id)).execute();
  assert.equal(stale.length, 0);
  await settle();
  const hits = await search('velocipede', social.token);
  assert.match(hits[0]!.text, /cykelkælderen/);
});

test('a new preferred embedding model replaces the embeddings; with none enabled, search is lexical again', async () => {
  await createModel(server.app.db, server.app.masterSecret, bootstrapActor, model('vektor2', second, { fallbackOrder: 1 }));
  await settle();
  const embedded = await server.app.db.selectFrom('knowledge_chunk_embeddings').select(['model_id', 'dims']).execute();
  const chunks = await server.app.db.selectFrom('knowledge_chunks').select('id').execute();
  assert.equal(embedded.length, chunks.length);
  assert.ok(embedded.every((e) => e.model_id === 'vektor2' && e.dims === TOPICS.length + 7));
  assert.equal((await search('velocipede', social.token))[0]?.title, 'Stativer');

  await server.app.db.updateTable('models').set({ enabled: false }).where('kind', '=', 'embedding').execute();
  upstream.received.length = 0;
  second.received.length = 0;
  for (const query of QUERIES) {
    assert.deepEqual(await hybridSearch(server.app, employee, { query }), await searchKnowledge(server.app.db, employee, { query }), query);
  }
  assert.equal(embeddingRequests(upstream).length + embeddingRequests(second).length, 0);
});
