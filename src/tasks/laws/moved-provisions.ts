import type { LawKey } from './law-names.ts';

export interface MovedProvision {
  from: { law: LawKey; section: string };
  to: { law: LawKey; section: string };
  /** When the move took effect (ISO date). */
  since: string;
  topic: string;
}

/**
 * Provisions that left an act and now live in another. The children's provisions left serviceloven for barnets
 * lov on 1 January 2024; each pairing below was checked by reading both texts (LBK 1129/2025 and LBK 282/2025),
 * since the new act renumbered everything. Extend this list when legislation moves provisions again.
 */
export const MOVED_PROVISIONS: MovedProvision[] = [
  { from: { law: 'serviceloven', section: '11' }, to: { law: 'barnets-lov', section: '30' }, since: '2024-01-01', topic: 'tidligt forebyggende indsatser for børn og unge' },
  { from: { law: 'serviceloven', section: '41' }, to: { law: 'barnets-lov', section: '86' }, since: '2024-01-01', topic: 'merudgifter ved forsørgelse af et barn med nedsat funktionsevne' },
  { from: { law: 'serviceloven', section: '42' }, to: { law: 'barnets-lov', section: '87' }, since: '2024-01-01', topic: 'tabt arbejdsfortjeneste ved forsørgelse af et barn med nedsat funktionsevne' },
  { from: { law: 'serviceloven', section: '50' }, to: { law: 'barnets-lov', section: '20' }, since: '2024-01-01', topic: 'børnefaglig undersøgelse' },
  { from: { law: 'serviceloven', section: '51' }, to: { law: 'barnets-lov', section: '23' }, since: '2024-01-01', topic: 'undersøgelse uden samtykke' },
  { from: { law: 'serviceloven', section: '52' }, to: { law: 'barnets-lov', section: '32' }, since: '2024-01-01', topic: 'støttende indsatser til børn og unge' },
  { from: { law: 'serviceloven', section: '52a' }, to: { law: 'barnets-lov', section: '35' }, since: '2024-01-01', topic: 'økonomisk støtte til børn og unge' },
  { from: { law: 'serviceloven', section: '57a' }, to: { law: 'barnets-lov', section: '38' }, since: '2024-01-01', topic: 'forældrepålæg' },
  { from: { law: 'serviceloven', section: '58' }, to: { law: 'barnets-lov', section: '47' }, since: '2024-01-01', topic: 'anbringelse uden samtykke' },
  { from: { law: 'serviceloven', section: '68' }, to: { law: 'barnets-lov', section: '100' }, since: '2024-01-01', topic: 'hjemgivelse' },
  { from: { law: 'serviceloven', section: '71' }, to: { law: 'barnets-lov', section: '104' }, since: '2024-01-01', topic: 'samvær og kontakt under anbringelse' },
  { from: { law: 'serviceloven', section: '76' }, to: { law: 'barnets-lov', section: '114' }, since: '2024-01-01', topic: 'efterværn og ungestøtte' },
  { from: { law: 'serviceloven', section: '140' }, to: { law: 'barnets-lov', section: '91' }, since: '2024-01-01', topic: 'handleplan, nu barnets plan' },
  { from: { law: 'serviceloven', section: '153' }, to: { law: 'barnets-lov', section: '133' }, since: '2024-01-01', topic: 'skærpet underretningspligt' },
  { from: { law: 'serviceloven', section: '154' }, to: { law: 'barnets-lov', section: '135' }, since: '2024-01-01', topic: 'almindelig underretningspligt' },
  { from: { law: 'serviceloven', section: '155' }, to: { law: 'barnets-lov', section: '136' }, since: '2024-01-01', topic: 'vurdering af underretninger' },
  { from: { law: 'serviceloven', section: '155b' }, to: { law: 'barnets-lov', section: '138' }, since: '2024-01-01', topic: 'kvittering for underretning' },
];

/**
 * Serviceloven's former children's chapters (§§ 19–78 and the related procedure rules) are gone from the act;
 * a reference there that is not in the list above still moved, we just do not know where to.
 */
export const CHILDRENS_CHAPTERS_LEFT_SERVICELOVEN = { law: 'serviceloven' as LawKey, from: 19, to: 78, since: '2024-01-01' };

export function movedProvision(law: LawKey, section: string): MovedProvision | null {
  return MOVED_PROVISIONS.find((m) => m.from.law === law && m.from.section === section) ?? null;
}
