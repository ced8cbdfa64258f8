import { z } from 'zod';
import { decisionChecklist } from '../analysers/decision-checklist.ts';
import { danishRegex } from '../analysers/boundary.ts';
import { sentenceSpans } from '../analysers/sentences.ts';
import { summarise } from '../analysers/summarise.ts';
import { AI_DRAFT_LABEL, defineTask } from '../task-definition.ts';
import { inventedFactsCheck, lawReferenceChecks } from './verifiers.ts';

const Output = z.object({ draft: z.string(), placeholders: z.array(z.string()), label: z.string() });

const FACT = danishRegex(String.raw`\b(?:oplys\w*|lægeerklæring\w*|udtalelse\w*|ifølge|fremgår|søgt|ansøg\w*|modtaget|besøg\w*|samtale\w*|vurdering\w*|\d{1,2}\.\s?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)|kr\.)`, 'i');
const PLACEHOLDER = /\[[^\]\n]{2,120}\]/g;

export const draftCaseTextTask = defineTask({
  id: 'draft-case-text',
  kind: 'skab',
  name: 'Udkast til sagstekst eller afgørelse',
  description: 'Et udkast til sagsfremstilling eller afgørelsesbrev ud fra dine noter: baggrund, oplysninger, retsgrundlag, vurdering, resultat og klagevejledning. Lokalt som skabelon udfyldt fra noterne; med sprogmodel som brev, der tjekkes efter D0–D11.',
  options: z.strictObject({}),
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: true,
  minutesSaved: 20,
  async local(text, _options, ctx) {
    const background = summarise(text, { maxSentences: 3, ratio: 0.3 }).summary;
    const facts = sentenceSpans(text).map((s) => s.text).filter((s) => FACT.test(s));
    const { references, checks } = await lawReferenceChecks(text, ctx.laws);
    const legal = references.length
      ? references.map((r) => `- ${r.reference.text}${r.status === 'current' ? '' : ` – ${r.message}`}`)
      : ['[Indsæt de bestemmelser, afgørelsen bygger på, med paragraf og stk.]'];
    const draft = [
      'Sagsfremstilling',
      `Sagens baggrund\n${background || '[Beskriv kort, hvad sagen handler om.]'}`,
      `Oplysninger i sagen\n${facts.length ? facts.map((f) => `- ${f}`).join('\n') : '[List de oplysninger, der er lagt vægt på, og hvor de kommer fra.]'}`,
      `Retsgrundlag\n${legal.join('\n')}`,
      'Vurdering\n[Beskriv vurderingen: hvilke hensyn der er lagt vægt på, og hvorfor.]',
      'Afgørelse\n[Skriv resultatet: hvad der bevilges eller gives afslag på, fra hvornår og i hvilket omfang.]',
      'Klagevejledning\nDu kan klage over afgørelsen til [klageinstans]. Send din klage til [enhed], som genvurderer sagen. Klagen skal være modtaget inden [4 uger] efter, at du har modtaget afgørelsen.',
      'Med venlig hilsen\n[Navn]\n[Enhed]',
    ].join('\n\n');
    const placeholders = [...new Set(draft.match(PLACEHOLDER) ?? [])];
    return {
      output: { draft, placeholders, label: AI_DRAFT_LABEL },
      checks: [
        { id: 'placeholders', status: placeholders.length ? 'WEAK' : 'OK', message: placeholders.length ? `${placeholders.length} felter skal udfyldes af en medarbejder.` : 'Alle felter er udfyldt.', ...(placeholders.length ? { evidence: placeholders.slice(0, 5) } : {}) },
        { id: 'facts', status: facts.length ? 'OK' : 'WEAK', message: facts.length ? `${facts.length} oplysninger fra noterne er taget med.` : 'Noterne indeholder ingen tydelige faktiske oplysninger.' },
        ...checks,
      ],
    };
  },
  llm: {
    async prompt(text) {
      return {
        system: [
          'Du er sagsbehandler i en dansk kommune. Skriv et udkast til et afgørelsesbrev til borgeren ud fra medarbejderens noter.',
          'Brevet skal have: resultatet (hvad, fra hvornår, omfang), begrundelse med de oplysninger og hensyn, der er lagt vægt på, præcis hjemmel med paragraf og stk., klagevejledning (klageinstans, hvordan, frist og fra hvornår), og afslutning med [Navn] og [Enhed].',
          'Brug kun oplysninger fra noterne. Hvor noget mangler, skriv en [pladsholder]. Skriv klart og kort. Skriv kun brevet.',
        ].join('\n'),
        text,
        maxTokens: 2000,
      };
    },
    async verify(answer, text, _options, ctx) {
      const draft = answer.trim();
      const checklist = await decisionChecklist(draft, { laws: ctx.laws ?? undefined, tier: ctx.tier });
      const placeholders = [...new Set(draft.match(PLACEHOLDER) ?? [])];
      return { output: { draft, placeholders, label: AI_DRAFT_LABEL }, checks: [...checklist, inventedFactsCheck(text, draft)] };
    },
  },
});
