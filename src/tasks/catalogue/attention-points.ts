import { z } from 'zod';
import { ATTENTION_KINDS, type AttentionKind, attentionPoints } from '../analysers/attention-points.ts';
import type { Check } from '../analysers/check.ts';
import { defineTask } from '../task-definition.ts';
import { factTokens, listItems } from './verifiers.ts';

const Point = z.object({ kind: z.enum(ATTENTION_KINDS), match: z.string(), sentence: z.string() });
const Output = z.object({
  points: z.array(Point),
  counts: z.record(z.string(), z.number()),
  /** Points the language model added that the local analysers did not find (llm engine only). */
  modelPoints: z.array(z.object({ text: z.string(), grounded: z.boolean() })),
});

const KIND_LABEL: Record<AttentionKind, string> = {
  deadline: 'frister',
  date: 'datoer',
  amount: 'beløb',
  obligation: 'forpligtelser ("skal")',
  prohibition: 'forbud ("må ikke")',
  condition: 'betingelser',
  legal_reference: 'lovhenvisninger',
  decision: 'beslutninger og indstillinger',
  party: 'parter og myndigheder',
};

function analyse(text: string) {
  const points = attentionPoints(text).map(({ kind, match, sentence }) => ({ kind, match, sentence }));
  const counts = Object.fromEntries(ATTENTION_KINDS.map((k) => [k, points.filter((p) => p.kind === k).length]));
  const checks: Check[] = ATTENTION_KINDS.map((k) => ({
    id: k,
    status: counts[k] ? 'OK' : 'N/A',
    message: counts[k] ? `${counts[k]} ${KIND_LABEL[k]} fundet.` : `Ingen ${KIND_LABEL[k]} fundet.`,
    ...(counts[k] ? { evidence: points.filter((p) => p.kind === k).slice(0, 3).map((p) => p.sentence) } : {}),
  }));
  return { points, counts, checks };
}

export const attentionPointsTask = defineTask({
  id: 'attention-points',
  kind: 'analyser',
  name: 'Fremhæv opmærksomhedspunkter',
  description: 'Finder frister og datoer, beløb, forpligtelser og forbud, betingelser, lovhenvisninger, beslutninger og parter – hver med den sætning, den står i.',
  options: z.strictObject({}),
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: false,
  minutesSaved: 8,
  async local(text) {
    const { points, counts, checks } = analyse(text);
    return { output: { points, counts, modelPoints: [] }, checks };
  },
  llm: {
    async prompt(text) {
      return {
        system:
          'Du er en omhyggelig dansk sagsbehandler. List som punktopstilling ("- ...") de forhold i brugerens tekst, en medarbejder ikke må overse: frister, beløb, forpligtelser, betingelser, lovhenvisninger, beslutninger og parter. Gengiv tal, datoer og paragraffer præcist som i teksten. Skriv kun listen.',
        text,
        maxTokens: 800,
      };
    },
    async verify(answer, text) {
      const { points, counts, checks } = analyse(text);
      const known = factTokens(text);
      const modelPoints = listItems(answer).map((item) => ({ text: item, grounded: [...factTokens(item)].every((t) => known.has(t)) }));
      const ungrounded = modelPoints.filter((p) => !p.grounded);
      checks.push(
        ungrounded.length
          ? { id: 'grounded', status: 'WEAK', message: `${ungrounded.length} af modellens punkter nævner tal eller paragraffer, som ikke står i teksten.`, evidence: ungrounded.map((p) => p.text).slice(0, 3) }
          : { id: 'grounded', status: 'OK', message: 'Modellens punkter bygger på tal og paragraffer fra teksten.' },
      );
      return { output: { points, counts, modelPoints }, checks };
    },
  },
});
