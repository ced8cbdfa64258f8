import { z } from 'zod';
import { REFERENCE_STATUSES } from '../laws/check-law-references.ts';
import { findLawReferences } from '../laws/law-references.ts';
import { AI_DRAFT_LABEL, defineTask } from '../task-definition.ts';
import { droppedFactsCheck, lawReferenceChecks } from './verifiers.ts';

const Reference = z.object({
  text: z.string(),
  law: z.string().nullable(),
  section: z.string(),
  subsection: z.string().nullable(),
  status: z.enum(REFERENCE_STATUSES),
  message: z.string(),
  current: z.object({ law: z.string(), section: z.string(), excerpt: z.string(), source: z.string().nullable() }).nullable(),
});

const Output = z.object({
  references: z.array(Reference),
  /** llm only: the text with its references brought up to date. */
  updated: z.string().nullable(),
  label: z.string().nullable(),
});

const present = (refs: Awaited<ReturnType<typeof lawReferenceChecks>>['references']) =>
  refs.map((r) => ({ text: r.reference.text, law: r.reference.law, section: r.reference.section, subsection: r.reference.subsection, status: r.status, message: r.message, current: r.current }));

export const updateLegislationTask = defineTask({
  id: 'update-legislation',
  kind: 'revider',
  name: 'Opdatér til ny lovgivning',
  description: 'Finder lovhenvisninger som "§ 52 i serviceloven" og kontrollerer dem mod de gældende love: findes paragraffen og stykket, er den flyttet (fx børneområdet fra serviceloven til barnets lov i 2024), og hvad siger den nu.',
  options: z.strictObject({}),
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: false,
  minutesSaved: 15,
  async local(text, _options, ctx) {
    const { references, checks } = await lawReferenceChecks(text, ctx.laws);
    if (ctx.laws && !references.length) checks.push({ id: 'laws', status: 'N/A', message: 'Teksten indeholder ingen lovhenvisninger.' });
    return { output: { references: present(references), updated: null, label: null }, checks };
  },
  llm: {
    async prompt(text, _options, ctx) {
      const { references } = await lawReferenceChecks(text, ctx.laws);
      const stale = references.filter((r) => r.status !== 'current' || r.missingSubsection);
      return {
        system: [
          'Du opdaterer lovhenvisninger i en dansk kommunal tekst. Ret kun henvisningerne og den tekst, der følger direkte af dem; bevar alt andet ordret.',
          stale.length ? `Disse fund fra lovtjekket skal rettes:\n${stale.map((r) => `- "${r.reference.text}": ${r.message}`).join('\n')}` : 'Lovtjekket fandt ingen forældede henvisninger.',
          'Skriv kun den opdaterede tekst.',
        ].join('\n\n'),
        text,
        maxTokens: 2000,
      };
    },
    async verify(answer, text, _options, ctx) {
      const { references, checks } = await lawReferenceChecks(answer, ctx.laws);
      const before = findLawReferences(text).length;
      checks.push(
        references.length >= before
          ? { id: 'references-kept', status: 'OK', message: `Den opdaterede tekst har ${references.length} lovhenvisninger (originalen ${before}).` }
          : { id: 'references-kept', status: 'WEAK', message: `Den opdaterede tekst har færre lovhenvisninger (${references.length}) end originalen (${before}).` },
      );
      const kept = droppedFactsCheck(text.replace(/§§?\s?\d+\s?[a-z]?/g, ''), answer.replace(/§§?\s?\d+\s?[a-z]?/g, ''));
      checks.push(kept);
      return { output: { references: present(references), updated: answer.trim(), label: AI_DRAFT_LABEL }, checks };
    },
  },
});
