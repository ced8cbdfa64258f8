import { z } from 'zod';
import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { type Actor, AppError, invalid } from '../kernel/index.ts';
import { forgetTokenActors } from './token-actors.ts';

/**
 * The AI-literacy course every employee passes before using the platform (AI Act art. 4; the strategy's
 * "kompetenceudvikling"). Short on purpose: it checks the few rules that prevent real harm.
 */
export const COURSE = {
  id: 'ai-kompetencer-2026',
  title: 'AI-kompetencer for medarbejdere',
  passScore: 5,
  sections: [
    {
      heading: 'AI laver udkast – du træffer afgørelsen',
      body: 'Platformen må hjælpe med at skrive, omskrive og analysere tekster. Den må aldrig træffe en afgørelse om en borger. Du vurderer selv sagen, træffer afgørelsen og kontrollerer hvert udkast, før det bruges.',
    },
    {
      heading: 'Personoplysninger',
      body: 'CPR-numre, navne, adresser og helbredsoplysninger bliver erstattet med pladsholdere, før en sprogmodel ser teksten. Brug aldrig offentlige AI-tjenester uden for platformen til borgernes oplysninger.',
    },
    {
      heading: 'Kontrol af output',
      body: 'Sprogmodeller kan tage fejl og opfinde kilder. Kontrollér paragraffer, beløb og datoer mod kilden. Platformens tjek (tjekliste, lovhenvisninger, LIX) hjælper, men erstatter ikke din faglige vurdering.',
    },
    {
      heading: 'Gennemsigtighed og dokumentation',
      body: 'Alle anvendelser af AI er registreret i kommunens offentlige register. Hver brug logges, og du registrerer den tid, du sparede, så kommunen kan se, hvad der virker.',
    },
  ],
  questions: [
    { id: 'q1', text: 'Må platformen afgøre, om en borger skal have en ydelse?', options: ['Ja, hvis den er sikker', 'Nej, en medarbejder træffer afgørelsen', 'Ja, ved små beløb'], correct: 1 },
    { id: 'q2', text: 'Hvad sker der med et CPR-nummer i din tekst, før en sprogmodel ser den?', options: ['Intet', 'Det erstattes af en pladsholder', 'Det slettes fra sagen'], correct: 1 },
    { id: 'q3', text: 'Du har brug for hjælp til et svar til en borger med helbredsoplysninger. Hvor må du bruge AI?', options: ['I en gratis chatbot på nettet', 'Kun i kommunens godkendte platform', 'Hvor som helst, hvis jeg sletter navnet'], correct: 1 },
    { id: 'q4', text: 'Et AI-udkast henviser til en paragraf. Hvad gør du?', options: ['Kontrollerer paragraffen mod loven', 'Stoler på den', 'Sletter henvisningen'], correct: 0 },
    { id: 'q5', text: 'Hvorfor registrerer du sparet tid efter en opgave?', options: ['For at blive målt individuelt', 'Så kommunen kan dokumentere effekt før en pilot skaleres', 'Det er frivilligt og bruges ikke'], correct: 1 },
    { id: 'q6', text: 'Hvilken af disse må AI bruges til i kommunen?', options: ['At rangordne ansøgere til en bolig', 'At opsummere et langt notat', 'At aflæse medarbejderes følelser på video'], correct: 1 },
  ],
} as const;

export const CourseAnswers = z.strictObject({ answers: z.record(z.string(), z.number().int().min(0).max(10)) });

/** The course without its answer key, for the UI. */
export function publicCourse() {
  return { ...COURSE, questions: COURSE.questions.map(({ correct: _c, ...q }) => q) };
}

export async function submitCourse(db: Db, actor: Actor, input: unknown): Promise<{ score: number; passed: boolean; total: number }> {
  if (!actor.userId) throw invalid('Kun personlige brugere tager kurset.');
  const { answers } = CourseAnswers.parse(input);
  const score = COURSE.questions.filter((q) => answers[q.id] === q.correct).length;
  const passed = score >= COURSE.passScore;
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('course_attempts').values({ user_id: actor.userId!, score, passed }).execute();
    if (passed) await trx.updateTable('users').set({ course_completed_at: new Date() }).where('id', '=', actor.userId!).where('course_completed_at', 'is', null).execute();
    await recordAuditEvent(trx, actor, { action: 'course.attempted', targetType: 'user', targetId: actor.userId!, details: { courseId: COURSE.id, score, passed } });
  });
  if (passed) forgetTokenActors(db);
  return { score, passed, total: COURSE.questions.length };
}

/** The gate on every AI call: staff have passed the course; systems and the bootstrap admin are exempt. */
export function requireCourse(actor: Actor): void {
  if (actor.courseCompleted || actor.kind === 'bootstrap' || actor.kind === 'cli' || actor.roles.includes('system')) return;
  throw new AppError('course_required', 'Du skal gennemføre kurset i AI-kompetencer, før du kan bruge AI-opgaverne.');
}
