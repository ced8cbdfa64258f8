import { type FormEvent, useRef, useState } from 'react';
import { apiGet, apiSend, errorMessage } from '../api.ts';
import { Alert, ErrorAlert } from '../components/alert.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import { useLoad } from '../use-load.ts';

interface Course {
  id: string;
  title: string;
  passScore: number;
  sections: { heading: string; body: string }[];
  questions: { id: string; text: string; options: string[] }[];
}

interface Attempt {
  score: number;
  passed: boolean;
  total: number;
}

export default function CourseScreen() {
  const { me, refresh } = useSession();
  const course = useLoad(() => apiGet<Course>('/api/course'));
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [result, setResult] = useState<Attempt | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const attempt = await apiSend<Attempt>('POST', '/api/course/attempts', { answers });
      setResult(attempt);
      if (attempt.passed) await refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      resultRef.current?.focus();
    }
  };

  const c = course.data;
  const unanswered = c ? c.questions.filter((q) => answers[q.id] === undefined).length : 0;
  return (
    <Page title="Kursus" intro="Kurset i AI-kompetencer gælder alle, der bruger platformen (AI-forordningens artikel 4).">
      {course.loading && !c ? <Loading /> : null}
      <ErrorAlert error={course.error} />
      {me?.courseCompleted && !result ? <Alert kind="success" heading="Du har bestået kurset">Du kan tage det igen for at genopfriske reglerne.</Alert> : null}
      {c ? (
        <>
          <section aria-labelledby="course-title" className="card">
            <h2 id="course-title">{c.title}</h2>
            {c.sections.map((s) => (
              <div key={s.heading} className="course-section">
                <h3>{s.heading}</h3>
                <p>{s.body}</p>
              </div>
            ))}
          </section>
          <form onSubmit={submit} aria-labelledby="quiz-title" className="card">
            <h2 id="quiz-title">Quiz</h2>
            <p>
              Besvar alle {c.questions.length} spørgsmål. Du skal have mindst {c.passScore} rigtige for at bestå.
            </p>
            {c.questions.map((q, qi) => (
              <fieldset key={q.id} className="form-group quiz-question">
                <legend>
                  {qi + 1}. {q.text}
                </legend>
                {q.options.map((option, oi) => (
                  <div className="form-radio" key={oi}>
                    <input
                      type="radio"
                      id={`${q.id}-${oi}`}
                      name={q.id}
                      checked={answers[q.id] === oi}
                      onChange={() => setAnswers({ ...answers, [q.id]: oi })}
                    />
                    <label htmlFor={`${q.id}-${oi}`}>{option}</label>
                  </div>
                ))}
              </fieldset>
            ))}
            <div ref={resultRef} tabIndex={-1} className="result-anchor">
              <ErrorAlert error={error} />
              {result ? (
                result.passed ? (
                  <Alert kind="success" heading={`Bestået: ${result.score} af ${result.total} rigtige`}>
                    Du kan nu bruge AI-opgaverne. <Link href="/opgaver">Gå til opgaverne</Link>
                  </Alert>
                ) : (
                  <Alert kind="warning" heading={`Ikke bestået: ${result.score} af ${result.total} rigtige`}>
                    Læs afsnittene igen, og prøv en gang til.
                  </Alert>
                )
              ) : null}
            </div>
            <button type="submit" className="button button-primary" disabled={busy || unanswered > 0}>
              {busy ? 'Afleverer …' : 'Aflever svar'}
            </button>
            {unanswered > 0 ? <p className="form-hint">{unanswered} spørgsmål mangler svar.</p> : null}
          </form>
        </>
      ) : null}
    </Page>
  );
}
