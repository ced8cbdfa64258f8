import { z } from 'zod';
import { lix } from '../analysers/lix.ts';
import { summarise } from '../analysers/summarise.ts';
import { words } from '../analysers/words.ts';
import { defineTask } from '../task-definition.ts';
import { inventedFactsCheck } from './verifiers.ts';

const Options = z.strictObject({
  ratio: z.number().min(0.05).max(0.8).default(0.25).describe('Andel af tekstens ord, resuméet sigter efter'),
  maxSentences: z.number().int().min(1).max(30).default(7),
});

const Output = z.object({
  summary: z.string(),
  sentences: z.array(z.object({ index: z.number(), text: z.string() })).describe('De valgte sætninger (lokal motor)'),
  sourceWords: z.number(),
  summaryWords: z.number(),
});

export const summariseTask = defineTask({
  id: 'summarise',
  kind: 'analyser',
  name: 'Opsummér hovedpointer',
  description: 'Et kort resumé af en sag, et notat eller en dagsorden. Lokalt vælges de mest centrale sætninger i deres oprindelige rækkefølge; med sprogmodel skrives et resumé, der kontrolleres for opdigtede tal.',
  options: Options,
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: false,
  minutesSaved: 10,
  async local(text, options) {
    const s = summarise(text, options);
    const checks = [
      s.sentences.length
        ? { id: 'length', status: 'OK' as const, message: `Resuméet har ${s.summaryWords} af tekstens ${s.sourceWords} ord (${s.sentences.length} sætninger).` }
        : { id: 'length', status: 'MISSING' as const, message: 'Teksten har ingen hele sætninger at opsummere.' },
    ];
    return { output: { summary: s.summary, sentences: s.sentences.map(({ index, text: t }) => ({ index, text: t })), sourceWords: s.sourceWords, summaryWords: s.summaryWords }, checks };
  },
  llm: {
    async prompt(text, options) {
      const target = Math.max(30, Math.round(words(text).length * options.ratio));
      return {
        system: `Du er en erfaren dansk kommunal sagsbehandler. Skriv et resumé på dansk af brugerens tekst på højst ${target} ord. Medtag frister, beløb, beslutninger og hvem der skal gøre hvad. Brug kun oplysninger fra teksten, og gengiv tal og datoer præcist. Skriv kun resuméet.`,
        text,
        maxTokens: Math.min(1200, target * 3),
      };
    },
    async verify(answer, text, options) {
      const summary = answer.trim();
      const sourceWords = words(text).length;
      const summaryWords = words(summary).length;
      const limit = Math.max(30, Math.round(sourceWords * options.ratio)) * 1.3;
      return {
        output: { summary, sentences: [], sourceWords, summaryWords },
        checks: [
          summaryWords <= limit
            ? { id: 'length', status: 'OK', message: `Resuméet har ${summaryWords} af tekstens ${sourceWords} ord.` }
            : { id: 'length', status: 'WEAK', message: `Resuméet er længere end målet (${summaryWords} ord mod højst ${Math.round(limit)}).` },
          inventedFactsCheck(text, summary),
          { id: 'lix', status: lix(summary).lix <= 50 ? 'OK' : 'WEAK', message: `Resuméets LIX er ${lix(summary).lix}.` },
        ],
      };
    },
  },
});
