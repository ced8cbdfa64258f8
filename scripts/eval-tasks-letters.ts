/**
 * Decision letters for measuring the checklist (npm run eval:tasks). Written for the evaluation, not for the
 * tests, and labelled from what each letter contains: `gaps` are the checks a careful caseworker would flag
 * (WEAK or MISSING); every other check should be OK or N/A. People and cases are invented.
 */
export interface LabelledLetter {
  id: string;
  isDecision: boolean;
  gaps: string[];
  text: string;
}

/** The letters the checklist was developed against: its figures on these are optimistic. */
export const DEV_LETTERS: LabelledLetter[] = [
  {
    id: 'hjaelpemiddel-fuld',
    isDecision: true,
    gaps: [],
    text: `Odder Kommune, Hjælpemidler
Dato: 4. februar 2026

Afgørelse om badebænk

Du har søgt om en badebænk. Vi har lagt vægt på ergoterapeutens vurdering af 28. januar 2026, hvor det fremgår, at du ikke kan stå op under bad, og at du har haft to fald i badeværelset. Efter en konkret vurdering har vi bevilget dig en badebænk efter servicelovens § 112, stk. 1. Badebænken bliver leveret i uge 8 og er et udlån, så længe du har behov for den.

Med venlig hilsen

Hanne Lund
Ergoterapeut, Hjælpemiddelenheden`,
  },
  {
    id: 'rengoering-afslag-ingen-klage',
    isDecision: true,
    gaps: ['D3', 'D3a'],
    text: `Kære Else Hansen

Afgørelse om praktisk hjælp

Du får afslag på hjælp til rengøring efter servicelovens § 83, stk. 1, nr. 2.

Begrundelse
Vi har lagt vægt på, at du ved vores besøg den 12. januar 2026 selv kunne støvsuge og tørre af, og at din datter har oplyst, at hun hjælper med vinduespudsning. Det er vores vurdering, at du kan klare rengøringen selv med de hjælpemidler, du har. Oplysningerne fra besøget er skrevet ind i et notat på din sag.

Med venlig hilsen

Søren Bak
Visitator, Visitationen
15. januar 2026`,
  },
  {
    id: 'boligstoette-tilbagebetaling-uden-partshoering',
    isDecision: true,
    gaps: ['D5'],
    text: `Kære Ali Hassan

Afgørelse om tilbagebetaling af boligstøtte

Du skal tilbagebetale 8.400 kr. i boligstøtte for perioden 1. januar til 31. december 2025.

Begrundelse
Ifølge oplysninger fra indkomstregistret var din husstands indkomst i 2025 højere, end du oplyste, da du søgte. Vi har lagt vægt på, at indkomsten var 46.000 kr. højere end forudsat, og derfor har du fået for meget i boligstøtte. Afgørelsen er truffet efter § 50, stk. 1, i lov om individuel boligstøtte.

Sådan klager du
Du kan klage over afgørelsen til Ankestyrelsen. Klagen skal sendes til kommunen inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer sagen, inden den sendes videre.

Med venlig hilsen

Mads Kjær
Sagsbehandler, Ydelsesteamet
Dato: 9. marts 2026`,
  },
  {
    id: 'kontanthjaelp-sanktion-uden-hjemmel',
    isDecision: true,
    gaps: ['D2a'],
    text: `Kære Mikkel Jensen

Vi har truffet afgørelse om at trække dig i kontanthjælp for én dag, den 3. februar 2026.

Begrundelse
Du mødte ikke op til samtale i Jobcentret den 3. februar 2026, og du gav ikke besked om, at du var forhindret. Vi har lagt vægt på, at du var indkaldt med brev af 20. januar 2026, og at du ikke har oplyst en rimelig grund til udeblivelsen. Du har haft mulighed for at komme med bemærkninger, inden vi traf afgørelsen, men vi har ikke hørt fra dig.

Klagevejledning
Du kan klage til Ankestyrelsen. Send klagen til Jobcentret inden 4 uger fra den dag, du har modtaget denne afgørelse. Du kan klage via borger.dk.

Med venlig hilsen

Trine Møller
Jobkonsulent, Jobcenter Vest
Dato: 10. februar 2026`,
  },
  {
    id: 'handicapbil-afslag-svag-begrundelse',
    isDecision: true,
    gaps: ['D2', 'D2b', 'D2c'],
    text: `Kære Poul Andersen

Du har søgt om støtte til køb af bil. Du får afslag på støtte til bil efter servicelovens § 114, stk. 1.

Vi har vurderet, at betingelserne ikke er opfyldt.

Klagevejledning
Du kan klage over afgørelsen til Ankestyrelsen. Klagen skal sendes til os inden 4 uger efter, at du har modtaget afgørelsen. Vi genvurderer sagen, før den sendes videre.

Med venlig hilsen

Lone Frost
Sagsbehandler, Team Hjælpemidler
Dato: 2. marts 2026`,
  },
  {
    id: 'merudgifter-gammel-lov',
    isDecision: true,
    gaps: ['D11'],
    text: `Kære Sara og Jonas Holm

Afgørelse om dækning af merudgifter

Vi har bevilget dækning af merudgifter til jeres datter Emmas medicin og specialkost med 1.250 kr. om måneden fra den 1. april 2026 efter servicelovens § 41, stk. 1. Bevillingen gælder til og med den 31. marts 2027, hvor vi vurderer behovet igen.

Vi har lagt vægt på lægeerklæringen af 3. marts 2026 og jeres budget over udgifterne.

Med venlig hilsen

Karen Vestergaard
Socialrådgiver, Børnehandicapteamet
Dato: 17. marts 2026`,
  },
  {
    id: 'parkering-afslag-komplet',
    isDecision: true,
    gaps: [],
    text: `Kære Henrik Olsen

Afgørelse om handicapparkering

Du får afslag på en reserveret handicapparkeringsplads foran din bolig på Skovvej.

Begrundelse
Vi har lagt vægt på, at der ifølge vores optælling den 5. og 12. marts 2026 var ledige parkeringspladser inden for 50 meter af din opgang, og at du har et handicapparkeringskort, som giver dig ret til at holde på de almindelige pladser i længere tid. Efter en samlet vurdering finder vi derfor ikke, at der er behov for en reserveret plads. Afgørelsen er truffet efter færdselslovens § 92, stk. 1, nr. 1.

Klagevejledning
Du kan klage over afgørelsen til Vejdirektoratet. Klagen skal sendes skriftligt til Vejdirektoratet inden 4 uger efter, at du har modtaget afgørelsen.

Med venlig hilsen

Rasmus Dahl
Trafikplanlægger, Vej og Trafik
Dato: 20. marts 2026`,
  },
  {
    id: 'aktindsigt-afslag-uden-frist',
    isDecision: true,
    gaps: ['D3', 'D3a'],
    text: `Kære Maria Lind

Du har den 1. april 2026 bedt om aktindsigt i kommunens korrespondance om renovering af Nørreskolen. Du får delvist afslag på aktindsigt.

Begrundelse
Vi har givet dig aktindsigt i 14 dokumenter. Vi har undtaget 3 interne dokumenter efter offentlighedslovens § 23, stk. 1, nr. 1, fordi de er udarbejdet til brug for byrådets interne overvejelser. Vi har vurderet, om der er grund til at give meroffentlighed, men har lagt vægt på, at dokumenterne indeholder foreløbige overvejelser om budgettet.

Du kan klage over afgørelsen.

Med venlig hilsen

Jonas Brandt
Jurist, Borgmesterens Sekretariat
Dato: 8. april 2026`,
  },
  {
    id: 'affald-paabud-usigneret',
    isDecision: true,
    gaps: ['D8'],
    text: `Påbud om sortering af affald

Kommunen påbyder dig at sortere dit husholdningsaffald i de udleverede beholdere fra den 1. maj 2026.

Begrundelse
Ved renovatørens kontrol den 2. og 16. marts 2026 var der restaffald i papirbeholderen. Vi har sendt dig billederne fra kontrollen og givet dig mulighed for at komme med bemærkninger inden den 30. marts 2026, men vi har ikke modtaget noget. Påbuddet gives efter § 9, stk. 1, i kommunens affaldsregulativ, og vi har lagt vægt på, at fejlsorteringen er sket flere gange.

Klagevejledning
Du kan klage over påbuddet til Miljø- og Fødevareklagenævnet via Klageportalen på borger.dk. Klagefristen er 4 uger fra den dag, du har modtaget afgørelsen.

Systemet har vurderet din sag og dannet dette påbud automatisk.`,
  },
  {
    id: 'ledsagelse-telefonisk-uden-notat',
    isDecision: true,
    gaps: ['D6'],
    text: `Kære Bent Larsen

Afgørelse om ledsagelse

Du får afslag på mere end 15 timers ledsagelse om måneden efter servicelovens § 97, stk. 1. Du har søgt om 25 timer.

Begrundelse
Du har telefonisk oplyst os, at du har brug for ledsagelse til ugentlige fodboldkampe og til familiebesøg. Vi har lagt vægt på, at du i forvejen har bostøtte tre gange om ugen, og at loven højst giver 15 timer om måneden. Efter en konkret vurdering kan vi derfor ikke bevilge mere.

Klagevejledning
Du kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har modtaget afgørelsen, så genvurderer vi sagen.

Med venlig hilsen

Ida Krogh
Sagsbehandler, Handicap og Psykiatri
Dato: 6. april 2026`,
  },
  {
    id: 'modeindkaldelse',
    isDecision: false,
    gaps: [],
    text: `Kære Nina Poulsen

Indkaldelse til samtale

Vi indkalder dig til en samtale om din ansøgning om hjemmehjælp. Samtalen foregår hos dig den 14. april 2026 kl. 10.00. Formålet er at tale om, hvad du kan klare selv, og hvad du har brug for hjælp til.

Hvis tidspunktet ikke passer, så ring til os på 87 12 34 56.

Med venlig hilsen

Ole Nygaard
Visitator, Visitationen
Dato: 2. april 2026`,
  },
  {
    id: 'kvittering',
    isDecision: false,
    gaps: [],
    text: `Kære Yasmin Ali

Vi har modtaget din ansøgning om økonomisk friplads i daginstitution den 3. marts 2026. Vi behandler ansøgningen hurtigst muligt og forventer at sende dig svar inden 6 uger.

Du behøver ikke gøre noget nu. Hvis vi mangler oplysninger, kontakter vi dig.

Med venlig hilsen

Pladsanvisningen
Dato: 4. marts 2026`,
  },
  {
    id: 'partshoering',
    isDecision: false,
    gaps: [],
    text: `Kære Thomas Berg

Partshøring før afgørelse om tilbagebetaling

Vi overvejer at træffe afgørelse om, at du skal tilbagebetale sygedagpenge for perioden 1. til 28. februar 2026, fordi vi har fået oplysninger fra din arbejdsgiver om, at du har arbejdet i perioden. Før vi træffer afgørelse, vil vi gerne høre dig. Du kan komme med dine bemærkninger senest den 15. april 2026.

Med venlig hilsen

Camilla Rask
Sagsbehandler, Sygedagpenge
Dato: 1. april 2026`,
  },
  {
    id: 'hjemmehjaelp-delvis-tung',
    isDecision: true,
    gaps: ['D10'],
    text: `Kære Gerda Nielsen

Afgørelse om personlig pleje

Vi har bevilget dig hjælp til bad to gange om ugen fra den 1. maj 2026, men du får afslag på hjælp til af- og påklædning efter servicelovens § 83, stk. 1, nr. 1.

Begrundelse
Kommunen har i forbindelse med sagens behandling foretaget en konkret og individuel vurdering af ansøgerens samlede funktionsevne, herunder de oplysninger, der fremgår af den af visitator den 10. april 2026 gennemførte funktionsvurdering, hvorefter det er forvaltningens vurdering, at ansøgeren, uagtet de i ansøgningen anførte vanskeligheder med finmotorikken, under anvendelse af de allerede bevilgede hjælpemidler, herunder strømpepåtager og gribetang, vil være i stand til selvstændigt at varetage af- og påklædning, hvorfor der efter en samlet afvejning af de foreliggende oplysninger, herunder hensynet til at bevare ansøgerens egne ressourcer, ikke findes grundlag for at imødekomme ansøgningen for så vidt angår denne del. Du har haft mulighed for at kommentere funktionsvurderingen.

Klagevejledning
Du kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har modtaget afgørelsen.

Med venlig hilsen

Britt Kofoed
Visitator, Visitationen
Dato: 14. april 2026`,
  },
  {
    id: 'befordring-repraesentant-uden-kopi',
    isDecision: true,
    gaps: ['D7'],
    text: `Kære Lars Winther

Afgørelse om befordring

Du har gennem din advokat, Birgitte Skov, søgt om kørsel til aktivitetstilbud. Du får afslag på kørsel efter servicelovens § 117, stk. 1.

Begrundelse
Vi har lagt vægt på, at der ifølge Midttrafik går en bus direkte fra din bolig til aktivitetscentret, og at du ifølge din egen oplysning på mødet den 3. marts 2026, som fremgår af vores notat, selv kan tage bussen. Du har haft mulighed for at komme med bemærkninger til oplysningerne fra Midttrafik.

Klagevejledning
Du kan klage til Ankestyrelsen. Send klagen til os inden 4 uger efter, at du har modtaget afgørelsen.

Med venlig hilsen

Kim Eriksen
Sagsbehandler, Voksenhandicap
Dato: 11. marts 2026`,
  },
];

/**
 * Written after the checklist was finished and run once, unchanged. Three vocabulary gaps it exposed were then
 * fixed (repayment phrased "betale … tilbage", "ophører med virkning fra", "klage mundtligt" read as oral facts),
 * so its figures after that run are no longer a clean estimate; see FRESH_LETTERS.
 */
export const HELDOUT_LETTERS: LabelledLetter[] = [
  {
    id: 'tandpleje-afslag-uden-hensyn',
    isDecision: true,
    gaps: ['D2b'],
    text: `Kære Birthe Clausen

Svar på din ansøgning om tilskud til tandbehandling

Du får ikke tilskud til tandbehandling efter § 82 b, stk. 1, i lov om aktiv socialpolitik.

Vi har modtaget et overslag fra din tandlæge af 2. februar 2026 på 14.300 kr. og en opgørelse over din økonomi. Kommunen kan efter et skøn give tilskud, men det har vi ikke fundet grundlag for.

Klagevejledning
Er du uenig, kan du klage til Ankestyrelsen. Send din klage til Borgerservice inden 4 uger efter, at du har fået dette brev. Vi ser på sagen igen, før den bliver sendt videre.

Med venlig hilsen

Jesper Holt
Sagsbehandler, Borgerservice
Dato: 23. februar 2026`,
  },
  {
    id: 'friplads-bevilget',
    isDecision: true,
    gaps: [],
    text: `Kære Amina Yusuf

Økonomisk friplads

Vi har bevilget økonomisk friplads til din søn i børnehaven. Du skal betale 35 procent af taksten, svarende til 1.120 kr. om måneden, fra den 1. marts 2026 og frem til den 31. december 2026.

Bevillingen bygger på din husstandsindkomst for 2025, som du har oplyst i ansøgningen.

Med venlig hilsen

Sanne Friis
Pladsanviser, Pladsanvisningen
Dato: 12. februar 2026`,
  },
  {
    id: 'sygedagpenge-ophoer-uden-klageinstans',
    isDecision: true,
    gaps: ['D3'],
    text: `Kære Niels Krog

Afgørelse om ophør af sygedagpenge

Dine sygedagpenge ophører med virkning fra den 31. marts 2026.

Begrundelse
Vi har lagt vægt på, at din læge i en attest af 10. marts 2026 skriver, at du kan arbejde fuld tid fra den 1. april 2026. Du har haft mulighed for at komme med bemærkninger til lægens attest, og du har svaret, at du er enig. Afgørelsen er truffet efter § 7, stk. 1, i sygedagpengeloven.

Sådan klager du
Send din klage til Jobcentret inden 4 uger efter, at du har modtaget afgørelsen. Du kan klage skriftligt eller mundtligt.

Med venlig hilsen

Julie Bech
Sagsbehandler, Sygedagpengeteamet
Dato: 18. marts 2026`,
  },
  {
    id: 'boligindretning-frist-uden-start',
    isDecision: true,
    gaps: ['D3a'],
    text: `Kære Frank Mortensen

Afgørelse om boligindretning

Du får afslag på at få fjernet dørtrinnet til badeværelset efter servicelovens § 116, stk. 1.

Begrundelse
Ved hjemmebesøget den 4. februar 2026 så ergoterapeuten, at du kan komme over dørtrinnet med din rollator. Vi har lagt vægt på, at ændringen derfor ikke er nødvendig for, at du kan klare dig i hjemmet.

Klagevejledning
Du kan klage til Ankestyrelsen. Send klagen til os, så vurderer vi sagen igen. Klagefristen er fire uger.

Med venlig hilsen

Hanne Juul
Ergoterapeut, Hjælpemiddelteamet
Dato: 9. februar 2026`,
  },
  {
    id: 'plejebolig-afslag-komplet',
    isDecision: true,
    gaps: [],
    text: `Kære Inger Thomsen

Afgørelse om plejebolig

Du får afslag på at blive optaget på venteliste til en plejebolig.

Begrundelse
Din søn har telefonisk oplyst, at du er blevet mere usikker om natten. Vi har skrevet det ind i et notat på sagen. Ved vores besøg den 2. marts 2026 kunne du selv klare personlig pleje med hjælp fra hjemmeplejen morgen og aften, og du har nødkald. Vi har lagt vægt på, at din hverdag kan fungere i din nuværende bolig med den hjælp, du får. Afgørelsen er truffet efter § 192 a, stk. 1, i lov om social service. Du har haft mulighed for at kommentere oplysningerne fra besøget.

Klagevejledning
Du kan klage til Ankestyrelsen. Send klagen til Visitationen inden 4 uger efter, at du har modtaget afgørelsen.

Med venlig hilsen

Per Skov
Visitator, Visitationen
Dato: 10. marts 2026`,
  },
  {
    id: 'tilbagebetaling-uden-stk',
    isDecision: true,
    gaps: ['D2a'],
    text: `Kære Camilla Dam

Du skal betale 6.200 kr. i kontanthjælp tilbage for januar 2026 efter § 91 i lov om aktiv socialpolitik.

Begrundelse
Ifølge indkomstregistret fik du løn fra et vikarbureau i januar 2026, som du ikke oplyste os om. Vi har lagt vægt på, at du i ansøgningen skrev under på, at du ville fortælle os om arbejde. Du har haft mulighed for at komme med bemærkninger til oplysningerne, men har ikke svaret.

Klagevejledning
Du kan klage til Ankestyrelsen. Send klagen til Jobcentret inden 4 uger fra den dag, du har modtaget afgørelsen.

Med venlig hilsen

Anders Lyng
Sagsbehandler, Ydelsescentret
Dato: 2. april 2026`,
  },
  {
    id: 'orientering-ny-takst',
    isDecision: false,
    gaps: [],
    text: `Kære forælder

Nye takster for SFO fra 1. januar 2026

Byrådet har vedtaget budgettet for 2026. Prisen for en plads i SFO stiger fra 2.150 kr. til 2.210 kr. om måneden. Du kan se alle takster på kommunens hjemmeside.

Med venlig hilsen

Børn og Unge
Dato: 1. december 2025`,
  },
  {
    id: 'aflastning-gammel-lov-afslag',
    isDecision: true,
    gaps: ['D11'],
    text: `Kære Louise Brandt

Afgørelse om aflastning

Du får afslag på aflastning til din søn efter servicelovens § 44, stk. 1.

Begrundelse
Vi har lagt vægt på den børnefaglige undersøgelse af 15. januar 2026, hvor det fremgår, at jeres familie har et stærkt netværk, der allerede giver aflastning hver anden weekend. Du har haft mulighed for at komme med bemærkninger til undersøgelsen.

Klagevejledning
Du kan klage til Ankestyrelsen. Send klagen til Familieafdelingen inden 4 uger efter, at du har modtaget afgørelsen.

Med venlig hilsen

Mette Kragh
Socialrådgiver, Familieafdelingen
Dato: 3. februar 2026`,
  },
];

/** Written after those fixes and run once, unchanged: the clean estimate reported in docs/tasks.md. */
export const FRESH_LETTERS: LabelledLetter[] = [
  {
    id: 'kropsbaarne-hjaelpemidler-delvis',
    isDecision: true,
    gaps: ['D2c'],
    text: `Kære Vibeke Skov

Afgørelse om kompressionsstrømper

Vi har givet dig tilskud til to par kompressionsstrømper om året fra den 1. juni 2026, men ikke til de fire par, du har søgt om. Afgørelsen er truffet efter servicelovens § 112, stk. 1, nr. 1.

Begrundelse
Efter en konkret vurdering mener vi, at to par dækker dit behov.

Klagevejledning
Du kan klage over afgørelsen til Ankestyrelsen. Klagen sendes til Hjælpemiddelcentret inden 4 uger efter, at du har modtaget dette brev. Vi vurderer sagen igen, inden den går videre.

Med venlig hilsen

Rikke Aagaard
Terapeut, Hjælpemiddelcentret
Dato: 21. maj 2026`,
  },
  {
    id: 'bostoette-bevilget',
    isDecision: true,
    gaps: [],
    text: `Kære Tobias Riis

Afgørelse om socialpædagogisk støtte

Vi har bevilget dig socialpædagogisk støtte i 4 timer om ugen efter servicelovens § 85, stk. 1. Støtten begynder den 1. juni 2026 og gælder foreløbig i et år, hvorefter vi sammen med dig ser på, om du stadig har brug for den. Støtten skal hjælpe dig med at få struktur på din økonomi og din hverdag.

Med venlig hilsen

Anja Krogh
Socialrådgiver, Voksenindsatser
Dato: 19. maj 2026`,
  },
  {
    id: 'enkeltydelse-afslag-ingen-underskrift',
    isDecision: true,
    gaps: ['D8'],
    text: `Afgørelse om hjælp til tandbehandling og vaskemaskine

Du får afslag på hjælp til en ny vaskemaskine efter § 81, stk. 1, i lov om aktiv socialpolitik.

Begrundelse
Vi har lagt vægt på, at din formue ifølge kontoudskrifterne af 30. april 2026 er 23.000 kr., og at du derfor selv kan betale for en vaskemaskine. Du har haft mulighed for at kommentere kontoudskrifterne.

Klagevejledning
Du kan klage til Ankestyrelsen. Klagen skal være modtaget af Ydelsescentret senest 4 uger efter, at du har modtaget afgørelsen.

Ydelsescentret`,
  },
  {
    id: 'praktisk-hjaelp-mangler-partshoering',
    isDecision: true,
    gaps: ['D5'],
    text: `Kære Kurt Svendsen

Afgørelse om ændring af din hjemmehjælp

Vi har besluttet at nedsætte din hjælp til rengøring fra hver uge til hver anden uge fra den 1. juli 2026 efter servicelovens § 83, stk. 1, nr. 2.

Begrundelse
Vi har fået oplysninger fra hjemmeplejens medarbejdere om, at din lejlighed kun kræver let rengøring, og at du selv rydder op. Vi har lagt vægt på, at rengøring hver anden uge er nok til at holde boligen i en hygiejnisk forsvarlig stand.

Klagevejledning
Du kan klage til Ankestyrelsen. Send din klage til os inden 4 uger efter, at du har modtaget afgørelsen, så genvurderer vi sagen først.

Med venlig hilsen

Lotte Damgaard
Visitator, Visitationen
Dato: 4. juni 2026`,
  },
  {
    id: 'indkaldelse-til-moede-om-plan',
    isDecision: false,
    gaps: [],
    text: `Kære Marie Holst

Invitation til møde om din søns plan

Vi inviterer dig og din søn til et møde om hans plan på Rådhuset den 9. juni 2026 kl. 13.00. På mødet taler vi om, hvordan det går i skolen, og om støtten skal fortsætte.

Giv os besked, hvis I ikke kan komme.

Med venlig hilsen

Bo Lauritsen
Socialrådgiver, Familieafdelingen
Dato: 26. maj 2026`,
  },
  {
    id: 'daginstitution-afslag-gammel-lov-og-frist',
    isDecision: true,
    gaps: ['D3a', 'D11'],
    text: `Kære Sofie Lund

Afgørelse om støtteperson

Du får afslag på en fast kontaktperson til din datter efter servicelovens § 52, stk. 3, nr. 6.

Begrundelse
Ifølge skolens udtalelse af 12. maj 2026 trives din datter i klassen og har to gode venner. Vi har lagt vægt på skolens udtalelse og på vores samtale med din datter den 15. maj 2026, som er skrevet ned i et notat. Du har haft mulighed for at kommentere skolens udtalelse.

Klagevejledning
Du kan klage til Ankestyrelsen. Send klagen til Familieafdelingen. Fristen for at klage er fire uger.

Med venlig hilsen

Nanna Wulff
Socialrådgiver, Familieafdelingen
Dato: 20. maj 2026`,
  },
];
