import { z } from 'zod';
import { stem } from '../analysers/stem.ts';
import { AI_DRAFT_LABEL, type TaskContext, defineTask } from '../task-definition.ts';
import { listItems } from './verifiers.ts';

const Passage = z.object({ documentId: z.string(), title: z.string(), locator: z.string(), text: z.string() });
const Output = z.object({
  ideas: z.array(z.string()),
  message: z.string().nullable(),
  related: z.array(Passage).describe('Relevante passager fra vidensbanken'),
  label: z.string(),
});

const MIN_IDEAS = 5;

async function related(text: string, ctx: TaskContext): Promise<z.infer<typeof Passage>[]> {
  const hits = await ctx.searchKnowledge(text.slice(0, 1000), { k: 3 });
  return hits.map(({ documentId, title, locator, text: t }) => ({ documentId, title, locator, text: t }));
}

export const brainstormTask = defineTask({
  id: 'brainstorm',
  kind: 'skab',
  name: 'Idéliste',
  description: 'En liste med idéer til et emne, fx aktiviteter, løsninger eller spørgsmål til et møde. Kræver sprogmodellen; uden den vises relevante passager fra vidensbanken.',
  options: z.strictObject({ count: z.number().int().min(3).max(30).default(10) }),
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: true,
  minutesSaved: 10,
  async local(text, _options, ctx) {
    const passages = await related(text, ctx);
    return {
      output: {
        ideas: [],
        message: `Idélister kræver sprogmodellen; den lokale motor kan ikke finde på nye idéer. ${passages.length ? 'Her er relevante passager fra vidensbanken at tage udgangspunkt i.' : 'Vidensbanken har ingen relevante passager.'}`,
        related: passages,
        label: AI_DRAFT_LABEL,
      },
      checks: [{ id: 'engine', status: 'N/A', message: 'Idélister kræver sprogmodellen (vælg motoren "llm").' }],
    };
  },
  llm: {
    async prompt(text, { count }) {
      return {
        system: `Du hjælper medarbejdere i en dansk kommune med idéudvikling. Skriv ${count} konkrete, forskellige idéer til brugerens emne som punktopstilling ("- ..."), én linje pr. idé. Skriv kun listen.`,
        text,
        maxTokens: 1000,
      };
    },
    async verify(answer, text, { count }, ctx) {
      const ideas = listItems(answer);
      const keys = ideas.map((i) => i.toLowerCase().split(/\s+/).slice(0, 6).map(stem).join(' '));
      const duplicates = keys.length - new Set(keys).size;
      return {
        output: { ideas, message: null, related: await related(text, ctx), label: AI_DRAFT_LABEL },
        checks: [
          ideas.length >= Math.min(count, MIN_IDEAS)
            ? { id: 'count', status: 'OK', message: `${ideas.length} idéer.` }
            : { id: 'count', status: 'WEAK', message: `Kun ${ideas.length} idéer (bad om ${count}).` },
          duplicates ? { id: 'distinct', status: 'WEAK', message: `${duplicates} idéer ligner hinanden.` } : { id: 'distinct', status: 'OK', message: 'Idéerne er forskellige.' },
        ],
      };
    },
  },
});
