import { z } from 'zod';
import type { Check } from '../analysers/check.ts';
import { decisionChecklist } from '../analysers/decision-checklist.ts';
import { danishRegex } from '../analysers/boundary.ts';
import { sentenceSpans } from '../analysers/sentences.ts';
import { defineTask } from '../task-definition.ts';
import { adviceFrom } from './case-practice.ts';
import { listItems } from './verifiers.ts';

const Output = z.object({
  isDecision: z.boolean(),
  gaps: z.array(z.string()),
  modelGaps: z.array(z.string()),
});

/** For texts that are not decisions (notater, indstillinger, sagsfremstillinger): the parts a reader expects. */
const CASE_TEXT_PARTS: { id: string; name: string; pattern: RegExp }[] = [
  { id: 'G1', name: 'formål eller baggrund', pattern: danishRegex(String.raw`\b(?:formål\w*|baggrund\w*|resum[eé]|sagen\s+handler|vi\s+har\s+modtaget|henvendelse)\b`, 'i') },
  { id: 'G2', name: 'indstilling eller beslutning', pattern: danishRegex(String.raw`\b(?:indstill\w*|beslut\w*|anbefal\w*|foreslå\w*|godkend\w*|afgørelse)\b`, 'i') },
  { id: 'G3', name: 'ansvarlig eller afsender', pattern: danishRegex(String.raw`\b(?:ansvarlig\w*|udarbejdet\s+af|sagsbehandler\w*|kontaktperson|med\s+venlig\s+hilsen|afdeling\w*|forvaltning\w*)\b`, 'i') },
  { id: 'G4', name: 'frister eller tidsplan', pattern: danishRegex(String.raw`\b(?:frist\w*|senest|inden|tidsplan\w*|\d{1,2}\.\s?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\b`, 'i') },
  { id: 'G5', name: 'økonomi', pattern: danishRegex(String.raw`\b(?:økonomi\w*|kr\.|kroner|mio\.|budget\w*|udgift\w*|finansier\w*|bevilling\w*)`, 'i') },
  { id: 'G6', name: 'retsgrundlag', pattern: danishRegex(String.raw`§|\b(?:\p{L}+loven|lov\s+om|bekendtgørelse|hjemmel)\b`, 'i') },
];

function caseTextGaps(text: string): Check[] {
  return CASE_TEXT_PARTS.map(({ id, name, pattern }) => {
    const found = sentenceSpans(text).filter((s) => pattern.test(s.text)).map((s) => s.text);
    return found.length
      ? { id, status: 'OK', message: `Teksten har ${name}.`, evidence: found.slice(0, 2) }
      : { id, status: 'MISSING', message: `Teksten nævner ikke ${name}.` };
  });
}

async function analyse(text: string, laws: Parameters<typeof decisionChecklist>[1]) {
  const checklist = await decisionChecklist(text, laws);
  const isDecision = checklist[0]?.status === 'OK';
  // A decision letter is judged by the checklist (D0–D11); anything else by the parts of a case text.
  const checks = isDecision ? checklist : [...checklist.filter((c) => c.id === 'D0'), ...caseTextGaps(text), ...checklist.filter((c) => ['D8', 'D10', 'D11'].includes(c.id))];
  return { isDecision, checks };
}

export const findGapsTask = defineTask({
  id: 'find-gaps',
  kind: 'analyser',
  name: 'Find mangler og huller',
  description: 'Finder det, der mangler: i et afgørelsesbrev efter tjeklisten D0–D11, i andre sagstekster formål, indstilling, ansvarlig, frister, økonomi og retsgrundlag.',
  options: z.strictObject({}),
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: false,
  minutesSaved: 12,
  async local(text, _options, ctx) {
    const { isDecision, checks } = await analyse(text, { laws: ctx.laws ?? undefined, tier: ctx.tier });
    return { output: { isDecision, gaps: adviceFrom(checks), modelGaps: [] }, checks };
  },
  llm: {
    async prompt(text) {
      return {
        system:
          'Du er en erfaren dansk sagsbehandler. Læs brugerens tekst og list som punktopstilling ("- ...") de oplysninger, begrundelser eller dele der mangler, for at teksten er fyldestgørende og lovlig. Vær konkret. Skriv kun listen.',
        text,
        maxTokens: 800,
      };
    },
    async verify(answer, text, _options, ctx) {
      const { isDecision, checks } = await analyse(text, { laws: ctx.laws ?? undefined, tier: ctx.tier });
      // The model's list is advice; the checks stay those of the deterministic checklist, which a model cannot talk away.
      return { output: { isDecision, gaps: adviceFrom(checks), modelGaps: listItems(answer) }, checks };
    },
  },
});
