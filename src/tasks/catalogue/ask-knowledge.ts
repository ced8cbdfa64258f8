import { z } from 'zod';
import type { Check } from '../analysers/check.ts';
import { sentenceSpans } from '../analysers/sentences.ts';
import { stem } from '../analysers/stem.ts';
import { STOPWORDS } from '../analysers/stopwords.ts';
import { words } from '../analysers/words.ts';
import { type KnowledgePassage, type TaskContext, defineTask } from '../task-definition.ts';

const Passage = z.object({ n: z.number(), documentId: z.string(), title: z.string(), locator: z.string(), score: z.number(), text: z.string() });
const Output = z.object({
  answer: z.string().nullable(),
  passages: z.array(Passage),
  refused: z.boolean(),
  message: z.string().nullable(),
});

const Options = z.strictObject({
  collection: z.string().min(2).max(60).optional(),
  k: z.number().int().min(1).max(10).default(4),
});

const contentStems = (s: string) => new Set(words(s).map((w) => w.toLowerCase()).filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(stem));

/**
 * A hit is relevant when it shares the question's content words, not just because the ranking returned it:
 * full-text search always returns its best, and an answer grounded in an unrelated passage is worse than none.
 */
async function relevantPassages(question: string, options: z.output<typeof Options>, ctx: TaskContext) {
  const hits: KnowledgePassage[] = await ctx.searchKnowledge(question, { k: options.k, collection: options.collection });
  const q = contentStems(question);
  const needed = Math.min(2, q.size);
  return hits
    .filter((h) => {
      const p = contentStems(`${h.title} ${h.locator} ${h.text}`);
      return [...q].filter((s) => p.has(s)).length >= needed;
    })
    .map((h, i) => ({ n: i + 1, ...h }));
}

const NOTHING_FOUND = 'Vidensbanken indeholder ikke noget, der besvarer spørgsmålet. Spørg en kollega, eller søg med andre ord.';
const REFUSAL = /fremgår ikke af (?:vidensbanken|kilderne|passagerne)|kan ikke besvares ud fra/i;

export const askKnowledgeTask = defineTask({
  id: 'ask-knowledge',
  kind: 'opslag',
  name: 'Spørg vidensbanken',
  description: 'Svar fra kommunens vidensbank med kildehenvisninger. Lokalt vises de bedste passager ordret med kilde; med sprogmodel skrives et svar, der kun bygger på passagerne, hvor hver påstand har en kilde.',
  options: Options,
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: false,
  minutesSaved: 8,
  async local(text, options, ctx) {
    const passages = await relevantPassages(text, options, ctx);
    return {
      output: { answer: null, passages, refused: passages.length === 0, message: passages.length ? 'De mest relevante passager fra vidensbanken, ordret med kilde.' : NOTHING_FOUND },
      checks: [
        passages.length
          ? { id: 'sources', status: 'OK', message: `${passages.length} relevante passager fundet.`, evidence: passages.map((p) => `${p.title}, ${p.locator}`) }
          : { id: 'sources', status: 'MISSING', message: NOTHING_FOUND },
      ],
    };
  },
  llm: {
    async prompt(text, options, ctx) {
      const passages = await relevantPassages(text, options, ctx);
      // Nothing relevant: refuse without asking the model, which would otherwise answer from its own memory.
      if (!passages.length) {
        return { output: { answer: null, passages, refused: true, message: NOTHING_FOUND }, checks: [{ id: 'sources', status: 'MISSING', message: NOTHING_FOUND }] };
      }
      return {
        system:
          'Du besvarer medarbejderes spørgsmål for en dansk kommune. Brug KUN de nummererede passager. Sæt kildenummeret i firkantede parenteser efter hver påstand, fx [1] eller [2][3]. Står svaret ikke i passagerne, så skriv: "Det fremgår ikke af vidensbanken." Svar kort på dansk.',
        text: `Spørgsmål: ${text}\n\nPassager:\n${passages.map((p) => `[${p.n}] ${p.title}, ${p.locator}:\n${p.text}`).join('\n\n')}`,
        maxTokens: 1000,
        state: passages,
      };
    },
    async verify(answer, _text, _options, _ctx, state) {
      const passages = state as Awaited<ReturnType<typeof relevantPassages>>;
      const cited = [...answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      const invalid = [...new Set(cited.filter((n) => n < 1 || n > passages.length))];
      const refused = REFUSAL.test(answer);
      const claims = sentenceSpans(answer).map((s) => s.text).filter((s) => words(s).length >= 4 && !REFUSAL.test(s));
      const uncited = claims.filter((s) => !/\[\d+\]/.test(s));
      const checks: Check[] = [
        { id: 'sources', status: 'OK', message: `${passages.length} relevante passager fundet.`, evidence: passages.map((p) => `${p.title}, ${p.locator}`) },
        invalid.length
          ? { id: 'citations-exist', status: 'MISSING', message: `Svaret henviser til kilder, der ikke findes: ${invalid.map((n) => `[${n}]`).join(', ')}.` }
          : { id: 'citations-exist', status: refused || cited.length ? 'OK' : 'MISSING', message: refused ? 'Modellen har afvist at svare uden grundlag.' : cited.length ? 'Alle kildehenvisninger findes.' : 'Svaret har ingen kildehenvisninger.' },
        uncited.length
          ? { id: 'claims-cited', status: 'WEAK', message: `${uncited.length} af svarets ${claims.length} sætninger har ingen kilde.`, evidence: uncited.slice(0, 3) }
          : { id: 'claims-cited', status: 'OK', message: 'Hver påstand har en kilde.' },
      ];
      return { output: { answer: answer.trim(), passages, refused, message: null }, checks };
    },
  },
});
