import { z } from 'zod';
import { attentionPoints } from '../analysers/attention-points.ts';
import { danishRegex } from '../analysers/boundary.ts';
import type { Check } from '../analysers/check.ts';
import { sentenceSpans } from '../analysers/sentences.ts';
import { stem } from '../analysers/stem.ts';
import { STOPWORDS } from '../analysers/stopwords.ts';
import { words } from '../analysers/words.ts';
import { AI_DRAFT_LABEL, defineTask } from '../task-definition.ts';
import { inventedFactsCheck } from './verifiers.ts';

const Output = z.object({ reply: z.string(), questions: z.array(z.string()), label: z.string() });

const GREETING = danishRegex(String.raw`^\s*(?:kære|hej|goddag|dear)\b`, 'im');
const SIGN_OFF = danishRegex(String.raw`\b(?:med\s+venlig\s+hilsen|venlig\s+hilsen|de\s+bedste\s+hilsner|kind\s+regards)\b`, 'i');
const NEXT_STEPS = danishRegex(String.raw`\b(?:næste\s+skridt|vi\s+(?:vender\s+tilbage|kontakter\s+dig|sender|behandler|forventer)|du\s+(?:hører|vil\s+høre|skal|kan)|inden|senest|hvis\s+du\s+har\s+spørgsmål)\b`, 'i');
const DECISION_CONTEXT = danishRegex(String.raw`\b(?:afgørelse\w*|afslag\w*|klage\w*|anke\w*|bevilling\w*|tilbagebetal\w*)\b`, 'i');
const APPEAL_GUIDANCE = danishRegex(String.raw`\b(?:klage\w*)\b[^.]*\b(?:inden|frist|uger|ankestyrelsen|klagenævn\w*)\b`, 'i');
const PLACEHOLDER = /\[[^\]\n]{2,80}\]/g;

/** The questions in an incoming e-mail: sentences that end in a question mark or open with a question word. */
function questionsIn(text: string): string[] {
  return sentenceSpans(text)
    .map((s) => s.text)
    .filter((s) => /\?\s*$/.test(s) || /^(?:hvornår|hvordan|hvorfor|hvad|hvem|hvor|kan|må|skal|er|har)\b/i.test(s) && /\?/.test(s));
}

const keyStems = (s: string) => words(s).map((w) => w.toLowerCase()).filter((w) => w.length > 3 && !STOPWORDS.has(w)).map(stem);

export function emailChecks(reply: string, incoming: string): Check[] {
  const checks: Check[] = [
    GREETING.test(reply) ? { id: 'greeting', status: 'OK', message: 'Svaret har en hilsen.' } : { id: 'greeting', status: 'MISSING', message: 'Svaret mangler en indledende hilsen.' },
  ];
  const questions = questionsIn(incoming);
  const replyStems = new Set(keyStems(reply));
  const unanswered = questions.filter((q) => !keyStems(q).some((s) => replyStems.has(s)));
  checks.push(
    !questions.length
      ? { id: 'answer', status: 'N/A', message: 'Henvendelsen indeholder ingen tydelige spørgsmål.' }
      : unanswered.length
        ? { id: 'answer', status: 'WEAK', message: `${unanswered.length} af ${questions.length} spørgsmål ser ikke ud til at blive besvaret.`, evidence: unanswered.slice(0, 3) }
        : { id: 'answer', status: 'OK', message: `Svaret forholder sig til alle ${questions.length} spørgsmål.` },
  );
  checks.push(NEXT_STEPS.test(reply) ? { id: 'next-steps', status: 'OK', message: 'Svaret siger, hvad der sker nu.' } : { id: 'next-steps', status: 'MISSING', message: 'Svaret siger ikke, hvad der sker nu, eller hvad borgeren skal gøre.' });
  if (DECISION_CONTEXT.test(incoming)) {
    checks.push(
      APPEAL_GUIDANCE.test(reply)
        ? { id: 'klagevejledning', status: 'OK', message: 'Henvendelsen handler om en afgørelse, og svaret vejleder om klage.' }
        : { id: 'klagevejledning', status: 'WEAK', message: 'Henvendelsen handler om en afgørelse; overvej at vejlede om klageadgang og frist.' },
    );
  } else checks.push({ id: 'klagevejledning', status: 'N/A', message: 'Henvendelsen handler ikke om en afgørelse.' });
  checks.push(SIGN_OFF.test(reply) ? { id: 'sign-off', status: 'OK', message: 'Svaret har en afslutning med afsender.' } : { id: 'sign-off', status: 'MISSING', message: 'Svaret mangler en afslutning med afsender.' });
  const placeholders = reply.match(PLACEHOLDER) ?? [];
  checks.push(
    placeholders.length
      ? { id: 'placeholders', status: 'WEAK', message: `${placeholders.length} pladsholdere skal udfyldes før afsendelse.`, evidence: [...new Set(placeholders)].slice(0, 5) }
      : { id: 'placeholders', status: 'OK', message: 'Ingen pladsholdere tilbage.' },
  );
  return checks;
}

function senderFirstName(text: string): string | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const i = lines.findIndex((l) => SIGN_OFF.test(l));
  const name = i >= 0 ? lines.slice(i + 1).find((l) => l) : undefined;
  return name && /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*$/u.test(name) ? name.split(/\s/)[0]! : null;
}

export const draftEmailReplyTask = defineTask({
  id: 'draft-email-reply',
  kind: 'skab',
  name: 'Udkast til svar på e-mail',
  description: 'Et svar på en henvendelse med hilsen, svar på hvert spørgsmål, næste skridt, klagevejledning hvor det er relevant og afslutning. Lokalt som skabelon med pladsholdere; med sprogmodel som udkast, der kontrolleres for de samme dele.',
  options: z.strictObject({}),
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: true,
  minutesSaved: 6,
  async local(text) {
    const questions = questionsIn(text);
    const name = senderFirstName(text);
    const deadlines = attentionPoints(text).filter((p) => p.kind === 'deadline' || p.kind === 'date');
    const parts = [
      `Kære ${name ?? '[navn]'}`,
      'Tak for din henvendelse. Her er vores svar.',
      ...(questions.length
        ? questions.map((q) => `Du spørger: "${q}"\n[Skriv svaret her.]`)
        : ['[Skriv svaret her.]']),
      ...(deadlines.length ? [`Vær opmærksom på: ${[...new Set(deadlines.map((d) => d.match))].join(', ')}.`] : []),
      'Næste skridt: [Skriv hvad der sker nu, og hvornår du hører fra os.]',
      ...(DECISION_CONTEXT.test(text)
        ? ['Hvis du vil klage over afgørelsen, skal du sende din klage til os inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer sagen og sender den videre til [klageinstans], hvis vi fastholder afgørelsen. [Kontrollér klagefristen i sektorloven.]']
        : []),
      'Hvis du har spørgsmål, er du velkommen til at kontakte os.',
      'Med venlig hilsen\n[Navn]\n[Enhed, telefon]',
    ];
    const reply = parts.join('\n\n');
    return { output: { reply, questions, label: AI_DRAFT_LABEL }, checks: emailChecks(reply, text) };
  },
  llm: {
    async prompt(text) {
      return {
        system:
          'Du skriver svar på e-mails fra borgere og samarbejdspartnere for en dansk kommune. Skriv et venligt, klart svar på dansk med: en hilsen, svar på hvert spørgsmål, hvad der sker nu, klagevejledning hvis henvendelsen handler om en afgørelse, og en afslutning "Med venlig hilsen" med [Navn]. Lov ikke noget, du ikke ved; brug [pladsholdere] for oplysninger, du mangler. Skriv kun svaret.',
        text,
        maxTokens: 1200,
      };
    },
    async verify(answer, text) {
      const reply = answer.trim();
      return { output: { reply, questions: questionsIn(text), label: AI_DRAFT_LABEL }, checks: [...emailChecks(reply, text), inventedFactsCheck(text, reply)] };
    },
  },
});
