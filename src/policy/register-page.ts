import type { Db } from '../db/index.ts';
import type { Clock } from '../kernel/index.ts';
import type { RegisterEntry, TransparencyRegister } from './register-schema.ts';
import { buildRegister, ROLE_LABEL } from './register.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const PHASE_LABEL: Record<RegisterEntry['phase'], string> = { idea: 'Idé', pilot: 'Pilot', production: 'I drift', scale_up: 'Udbredes', retired: 'Udfaset' };
const TIER_LABEL: Record<RegisterEntry['tier'], string> = {
  T0: 'T0 – forbudt',
  T1: 'T1 – intern, lav risiko',
  T2: 'T2 – krav om gennemsigtighed',
  T3: 'T3 – forhøjet risiko',
  T4: 'T4 – høj risiko',
};
const DATA_LABEL: Record<string, string> = {
  none: 'ingen', public: 'offentlige oplysninger', internal: 'interne oplysninger', personal_ordinary: 'almindelige personoplysninger', cpr: 'CPR-numre',
  confidential_private: 'fortrolige oplysninger', special_art9: 'følsomme oplysninger (art. 9)', criminal_art10: 'oplysninger om strafbare forhold', child: 'oplysninger om børn',
};
const DOC_LABEL: Record<string, string> = {
  purposeAndImpact: 'Formål og virkning', proportionality: 'Afvejning og alternativer', frequencyScale: 'Omfang', dataSources: 'Datakilder', dataSharingAndAccess: 'Deling og adgang',
  model: 'Teknisk virkemåde', supplier: 'Leverandør', risksAndMitigations: 'Risici og afhjælpning', noticeToAffected: 'Information til berørte', humanOversightDescription: 'Menneskelig kontrol',
  recourse: 'Klage', biasTesting: 'Skævhed', monitoring: 'Overvågning', impactAssessments: 'Konsekvensanalyser', reversibility: 'Reversibilitet', fallback: 'Reserveproces', consultation: 'Inddragelse',
};

function entry(e: RegisterEntry): string {
  const row = (k: string, v: string) => (v ? `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>` : '');
  const docs = Object.entries(e.documentation).map(([k, v]) => row(DOC_LABEL[k] ?? k, v)).join('');
  return `<article id="${esc(e.id)}">
<h3>${esc(e.name)}</h3>
<p class="meta"><span class="tag">${esc(PHASE_LABEL[e.phase])}</span> <span class="tag tier-${e.tier}">${esc(TIER_LABEL[e.tier])}</span>${e.citizenFacing ? ' <span class="tag">Borgervendt</span>' : ''}</p>
<p>${esc(e.summary)}</p>
<table>
${row('Forvaltning / afdeling', e.department)}${row('Ansvarlig', e.accountableOwner)}${row('Kontakt', e.contactEmail)}
${row('AI’s rolle', ROLE_LABEL[e.decisionRole])}${row('Oplysninger', e.dataCategories.map((c) => DATA_LABEL[c] ?? c).join(', '))}
${row('Hjemmel', e.standards.nlAlgoritmeregister.lawful_basis)}${row('Godkendes af', e.approvalLevel)}${docs}
${row('Revisionsdato', e.revisionDate ?? '')}
</table>
<details><summary>Kontroller (${e.controls.length})</summary><ul>${e.controls.map((c) => `<li><strong>${esc(c.id)}</strong> ${esc(c.title)}</li>`).join('')}</ul></details>
</article>`;
}

/** The register as a Danish page anyone can read: no login, no script, printable. */
export function renderRegisterPage(r: TransparencyRegister): string {
  const list = (items: { id: string; text: string; onThePlatform: string }[]) =>
    `<ul>${items.map((p) => `<li>${esc(p.text)} <span class="how">${esc(p.onThePlatform)}</span></li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.organisation)}: register over brug af kunstig intelligens</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
  h1, h2 { color: #004993; line-height: 1.2; }
  article { border-top: 1px solid #ccc; padding: 1rem 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: .25rem .5rem .25rem 0; }
  th { width: 14rem; font-weight: 600; }
  .tag { display: inline-block; border: 1px solid #004993; border-radius: .25rem; padding: 0 .4rem; font-size: .875rem; }
  .tier-T4, .tier-T0 { border-color: #a4000f; color: #a4000f; }
  .how { display: block; color: #4a4a4a; font-size: .9rem; }
  a { color: #004993; }
</style>
</head>
<body>
<main>
<h1>Kommunens brug af kunstig intelligens</h1>
<p>${esc(r.organisation)} offentliggør her, hvor og hvordan kommunen bruger AI. Hver anvendelse har et risikoniveau fra T1 (intern, lav risiko) til T4 (høj risiko) og de kontroller, niveauet kræver. AI træffer aldrig afgørelser om borgere; det gør medarbejderne.</p>
<p>Registret findes også som data: <a href="/register.json">register.json</a> (felterne følger også den hollandske Algoritmeregister-standard og den britiske ATRS), med skema i <a href="/register.schema.json">register.schema.json</a>.</p>
<h2>Anvendelser (${r.entries.length})</h2>
${r.entries.length ? r.entries.map(entry).join('\n') : '<p>Ingen anvendelser er offentliggjort endnu.</p>'}
<h2>Principper i ${esc(r.policy.title)}</h2>
${list(r.policy.principles)}
<h2>Aktive fravalg</h2>
${list(r.policy.optOuts)}
<p><small>Vedtaget ${esc(r.policy.adoptedAt)}. Registret er dannet ${esc(r.generatedAt.slice(0, 10))}.</small></p>
</main>
</body>
</html>`;
}

/** The page served at `/register`. */
export async function registerHtml(db: Db, clock?: Clock): Promise<string> {
  return renderRegisterPage(await buildRegister(db, clock));
}
