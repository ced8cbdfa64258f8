import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { cprYear, passesModulus11 } from './cpr.ts';
import { isValidCvr } from './cvr.ts';
import type { EntityType } from './entity.ts';

// A generated suite: every identifier is valid by the rules in reference/pii.md, written in the forms people use,
// inside the sentences where they occur. Nothing here is a real person's identifier.

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function cprNumbers(): { digits: string; mod11: boolean }[] {
  const out: { digits: string; mod11: boolean }[] = [];
  const dates: [number, number, number][] = [[1, 1, 1990], [15, 6, 1957], [29, 2, 1984], [31, 12, 2003], [7, 9, 1931], [28, 2, 2021], [12, 11, 1899]];
  for (const [d, m, y] of dates) {
    const yy = y % 100;
    const seventh = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((s) => cprYear(yy, s) === y)!;
    for (let serial = seventh * 1000; serial < seventh * 1000 + 1000; serial++) {
      const digits = `${pad(d, 2)}${pad(m, 2)}${pad(yy, 2)}${pad(serial, 4)}`;
      if (passesModulus11(digits)) {
        out.push({ digits, mod11: true });
        break;
      }
    }
  }
  // Issued without modulus 11 (1 January of listed years), an ordinary number failing it, and substitute numbers (day + 60).
  out.push({ digits: '0101651237', mod11: false }, { digits: '1503854321', mod11: false }, { digits: '7103881234', mod11: false });
  return out;
}

function cvrNumbers(): string[] {
  const out: string[] = [];
  for (let n = 10000000; out.length < 5; n += 7919) if (isValidCvr(String(n))) out.push(String(n));
  return out;
}

function phoneNumbers(): string[] {
  return ['20123456', '31234567', '40123456', '51234567', '61234567', '71234567', '33123456', '86123456', '98765432', '42424242'].filter((p) =>
    isValidPhoneNumber(p, 'DK'),
  );
}

function danishIban(reg: string, account: string): string {
  const bban = reg + account.padStart(10, '0');
  const numeric = BigInt(bban + '132000'); // "DK" as 13 20, then 00
  const check = pad(Number(98n - (numeric % 97n)), 2);
  return `DK${check}${bban}`;
}

export type SuiteCase = { text: string; value: string; type: EntityType };

/** Valid identifiers, each in several written forms and sentences. */
export function syntheticIdentifiers(): SuiteCase[] {
  const cases: SuiteCase[] = [];
  const add = (type: EntityType, value: string, sentences: string[]) => sentences.forEach((s) => cases.push({ type, value, text: s.replace('{}', value) }));
  for (const { digits, mod11 } of cprNumbers()) {
    const dashed = `${digits.slice(0, 6)}-${digits.slice(6)}`;
    const spaced = `${digits.slice(0, 6)} ${digits.slice(6)}`;
    add('CPR', dashed, ['Borgerens CPR-nr. er {}.', 'cpr: {}', 'Ansøger ({}) har klaget.', 'Personnummer {} fremgår af sagen.']);
    add('CPR', digits, ['CPR-nummer: {}', 'personnr {} oplyst i telefonen']);
    add('CPR', spaced, ['CPR {} er registreret.', 'Fødselsdato og løbenummer: {}']);
    if (mod11) add('CPR', digits, ['Vedr. {} – anmodning om aktindsigt', '{}']);
  }
  for (const cvr of cvrNumbers()) {
    add('CVR', cvr, ['CVR-nr. {}', 'Virksomheden (CVR {}) har søgt.', 'Enkeltmandsvirksomhed, cvr: {}']);
    add('CVR', `${cvr.slice(0, 2)} ${cvr.slice(2, 4)} ${cvr.slice(4, 6)} ${cvr.slice(6)}`, ['CVR: {}']);
    add('CVR', `DK${cvr}`, ['Momsnummer {}', 'SE-nr. {}']);
  }
  for (const p of phoneNumbers()) {
    const grouped = `${p.slice(0, 2)} ${p.slice(2, 4)} ${p.slice(4, 6)} ${p.slice(6)}`;
    add('PHONE', p, ['Tlf. {}', 'mobil: {}', 'Du kan ringe på {} i dag.', 'Telefonnummer {}']);
    add('PHONE', grouped, ['{}', 'Kontakt mig på {} efter kl. 16.', 'Tlf.: {}']);
    add('PHONE', `${p.slice(0, 4)} ${p.slice(4)}`, ['Hun træffes på {}.', '{} (mobil)']);
    add('PHONE', `+45 ${grouped}`, ['{}', 'Ring til {}']);
    add('PHONE', `+45${p}`, ['Mobil {}']);
    add('PHONE', `0045 ${p}`, ['Fra udlandet: {}']);
    add('PHONE', `(+45) ${grouped}`, ['Telefon {}']);
  }
  for (const e of ['jens.hansen@example.dk', 'søren_ølgaard@kommune.example.dk', 'M.B-Nielsen+sag@post.example.com', 'aa@bb.dk']) {
    add('EMAIL', e, ['Skriv til {}.', 'E-mail: {}', '<{}>']);
  }
  const iban = danishIban('0040', '440116243');
  add('IBAN', iban, ['IBAN: {}', 'Udbetales til {}.']);
  add('IBAN', iban.replace(/(.{4})/g, '$1 ').trim(), ['IBAN {}', 'Kontoen {} er registreret.']);
  add('IBAN', 'DE89370400440532013000', ['Tysk konto {}']);
  for (const acct of ['1234 1234567890', '9570-0012345678', '5301 0241234']) {
    add('BANK_ACCOUNT', acct, ['Reg.nr. og kontonr.: {}', 'NemKonto {}', 'Beløbet overføres til konto {}.', 'Bank: {}']);
  }
  add('BANK_ACCOUNT', '1234 kontonr. 1234567890', ['Udbetaling til reg.nr. {}', 'Reg. {}']);
  for (const plate of ['AB 12 345', 'XY 98 765', 'EL 10 123']) add('LICENSE_PLATE', plate, ['Bilen med nummerplade {} holdt ulovligt.', 'Reg.nr. {}', 'Køretøjet {} er afmeldt.', '{} blev set ved skolen.']);
  add('LICENSE_PLATE', 'AB12345', ['Nummerplade: {}']);
  for (const address of [
    'Vestergade 12B, 2. th., 8000 Aarhus C',
    'Nørre Allé 5, st. tv., 2200 København N',
    'H.C. Andersens Boulevard 27, 1553 København V',
    'Strandvejen 130, 2900 Hellerup',
    'Gammel Kongevej 1, 1610 København V',
    'Rosenvænget 3',
    'Kirkebakken 14, 1. sal',
    '5000 Odense C',
    // The town without its district letters, København abbreviated, and a floor right before the postcode.
    'Vestergade 12, 8000 Aarhus',
    'Jagtvej 12, 2200 Kbh. N',
    'Silkeborgvej 112A, 1. sal, 8230 Åbyhøj',
  ]) add('ADDRESS', address, ['Borgeren bor på {}.', 'Adresse: {}', '{}']);
  add('ADDRESS', 'hovedgaden 4', ['jeg bor på {} og har boet der længe']);
  return cases;
}

/** Numbers and codes that look like identifiers but are not personal data. */
export function lookalikes(): string[] {
  return [
    'Sagsnr. 2024-123456 er oprettet.',
    'J.nr. 27.12.04-P20-1-23',
    'Journalnummer 00.01.00-A00-12-24 vedrører sagen.',
    'Sag 24/12345 afsluttes.',
    'Beløbet på 12.345,00 kr. udbetales.',
    'Der er afsat kr. 1.234.567 i budgettet.',
    'DKK 45 000 blev bevilget.',
    'Udgiften er 2.500.000 kr. i 2025.',
    'Rammen er 12 345 678 kr.',
    'Mødet er den 12.03.2024 kl. 14.30.',
    'Fristen er 2024-03-12, og svaret kom 12/03-2024.',
    'Den 1. januar 2024 trådte loven i kraft.',
    'Se § 12, stk. 2, nr. 3, i serviceloven.',
    'Jf. lov nr. 1234 af 12/12/2023 og LBK nr 1150 af 12/06/2023.',
    'Ordrenr. 45001234 er leveret.',
    'Ordre nr. 4500123456 og faktura 20241234 er betalt.',
    'EAN 5790000123456 bruges til fakturering.',
    'Varenr. AB12345 er udsolgt.',
    'Andelen steg fra 12,5 % til 17,25 % mellem 2019 og 2023.',
    'Bilag 3, side 12, punkt 4.2.',
    'Kapitel 12 og afsnit 3.4.5 beskriver processen.',
    'Dokument 2024-0101901234 er journaliseret.',
    'Aftalen løber 01.01.2024–31.12.2025.',
    'Der var 120 ansøgninger, 45 bevillinger og 75 afslag.',
    'Tidsregistrering 123456-7890-12 er lukket.',
    'Forslag til budget 2026-2029 og budgetforslaget 2025-2028.',
    'Udvalg: Magistraten\nDato: 30-09-2025',
    'Aarhus Kommune har i perioden 2008-2025 investeret.',
    'Åbent 8-16, telefontid 10-12.',
  ];
}
