import { z } from 'zod';
import { Check } from '../analysers/check.ts';
import { decisionChecklist } from '../analysers/decision-checklist.ts';
import { AI_DRAFT_LABEL, defineTask } from '../task-definition.ts';
import { droppedFactsCheck } from './verifiers.ts';

const Output = z.object({
  isDecision: z.boolean(),
  /** What to fix, most serious first (the checks that are MISSING, then WEAK). */
  advice: z.array(z.string()),
  /** llm only: the model's revised letter, checked again with the same checklist. */
  revised: z.string().nullable(),
  before: z.array(Check).nullable(),
  label: z.string().nullable(),
});

export function adviceFrom(checks: Check[]): string[] {
  return [...checks.filter((c) => c.status === 'MISSING'), ...checks.filter((c) => c.status === 'WEAK')].map((c) => `${c.id}: ${c.message}`);
}

export const casePracticeTask = defineTask({
  id: 'case-practice',
  kind: 'revider',
  name: 'Tjek god sagsbehandlingsskik',
  description: 'Gennemgår et afgørelsesbrev efter tjeklisten D0–D11: afgørelse, resultat, begrundelse, hjemmel med stk., hovedhensyn, faktum, klagevejledning, partshøring, notatpligt, afsender og klart sprog. Med sprogmodel foreslås et revideret brev, som tjekkes igen.',
  options: z.strictObject({}),
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: false,
  minutesSaved: 15,
  async local(text, _options, ctx) {
    const checks = await decisionChecklist(text, { laws: ctx.laws ?? undefined, tier: ctx.tier });
    return { output: { isDecision: checks[0]?.status === 'OK', advice: adviceFrom(checks), revised: null, before: null, label: null }, checks };
  },
  llm: {
    async prompt(text, _options, ctx) {
      const checks = await decisionChecklist(text, { laws: ctx.laws ?? undefined, tier: ctx.tier });
      const gaps = adviceFrom(checks);
      return {
        system: [
          'Du er juridisk konsulent i en dansk kommune. Forbedr brugerens afgørelsesbrev, så det følger forvaltningsloven og god sagsbehandlingsskik.',
          'Bevar resultatet, alle fakta, datoer, beløb og paragraffer. Opfind ikke oplysninger: hvor noget mangler, indsæt en tydelig pladsholder i [firkantede parenteser].',
          'Skriv klart og kort til borgeren. Skriv kun det reviderede brev.',
          gaps.length ? `Den automatiske tjekliste fandt disse mangler:\n${gaps.map((g) => `- ${g}`).join('\n')}` : 'Den automatiske tjekliste fandt ingen mangler; forbedr sproget.',
        ].join('\n\n'),
        text,
        maxTokens: 2000,
      };
    },
    async verify(answer, text, _options, ctx) {
      const opts = { laws: ctx.laws ?? undefined, tier: ctx.tier };
      const before = await decisionChecklist(text, opts);
      const after = await decisionChecklist(answer, opts);
      return {
        output: { isDecision: before[0]?.status === 'OK', advice: adviceFrom(after), revised: answer.trim(), before, label: AI_DRAFT_LABEL },
        checks: [...after, droppedFactsCheck(text, answer)],
      };
    },
  },
});
