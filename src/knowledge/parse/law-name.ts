/**
 * How Danish law texts are cited in practice ("serviceloven § 85"): consolidated acts are titled by their
 * long name ("Bekendtgørelse af lov om social service"), so the common short names are mapped here.
 */
const SHORT_NAMES: Record<string, string> = {
  'lov om social service': 'Serviceloven',
  'lov om kommunernes styrelse': 'Kommunestyrelsesloven',
  'lov om offentlighed i forvaltningen': 'Offentlighedsloven',
  'lov om retssikkerhed og administration på det sociale område': 'Retssikkerhedsloven',
  'lov om aktiv socialpolitik': 'Aktivloven',
  'lov om en aktiv beskæftigelsesindsats': 'Beskæftigelsesloven',
  'lov om arkiver': 'Arkivloven',
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function lawName(title: string, fileStem: string | undefined): string {
  const parenthetical = /\(([a-zæøå-]+(?:loven|lov))\)\s*$/i.exec(title);
  if (parenthetical) return capitalise(parenthetical[1]!);
  const bare = title.replace(/^(lovbekendtgørelse|bekendtgørelse) af\s+/i, '').trim();
  const known = SHORT_NAMES[bare.toLowerCase()];
  if (known) return known;
  if (/^[a-zæøå-]+loven$/i.test(bare) || /^barnets lov$/i.test(bare)) return capitalise(bare);
  if (fileStem && /^[a-zæøå-]+(loven|lov)$/i.test(fileStem)) return capitalise(fileStem.replace(/-/g, ' '));
  return capitalise(bare);
}
