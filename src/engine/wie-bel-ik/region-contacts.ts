/**
 * Regional contacts for "Wie bel ik?": which contacts to show for a party in
 * the chosen region, and the checks a set of region files must pass. Pure.
 */
import type { Region, RegionContact } from '../../schemas/region';
import { PARTY_IDS, type PartyId } from '../../schemas/region-parties';

/** The contacts to show for one party. */
export interface PartyContacts {
  party: PartyId;
  contacts: RegionContact[];
  /** True when the chosen region has none for this party and the default region's are shown instead. */
  fromDefault: boolean;
}

/** The default region: the one marked `default: true` (validateRegions makes sure there is exactly one). */
export function defaultRegion(regions: readonly Region[]): Region {
  const found = regions.find((r) => r.default) ?? regions[0];
  if (!found) throw new Error('Er is geen regio: voeg content/regions/landelijk.yaml toe.');
  return found;
}

/** The region with this id, or the default region when the id is unknown. */
export function regionById(regions: readonly Region[], id: string | null | undefined): Region {
  return regions.find((r) => r.id === id) ?? defaultRegion(regions);
}

/** The chosen region's contacts for a party; where it has none, the default region's. */
export function contactsFor(party: PartyId, chosen: Region, fallback: Region): PartyContacts {
  const own = chosen.contacts.filter((c) => c.party === party);
  if (own.length > 0 || chosen.id === fallback.id) return { party, contacts: own, fromDefault: false };
  return { party, contacts: fallback.contacts.filter((c) => c.party === party), fromDefault: true };
}

/** Contacts for several parties, without repeating a party. */
export function contactsForParties(parties: readonly PartyId[], chosen: Region, fallback: Region): PartyContacts[] {
  return [...new Set(parties)].map((party) => contactsFor(party, chosen, fallback));
}

/** Problems with a set of regions, each naming the file; empty when all is well. */
export function validateRegions(regions: readonly Region[]): string[] {
  const problems: string[] = [];
  const defaults = regions.filter((r) => r.default);
  if (defaults.length !== 1) {
    problems.push(`Precies één regio heeft "default: true"; nu ${defaults.length}: ${defaults.map((r) => r.id).join(', ') || 'geen'}.`);
  }
  const names = new Map<string, string>();
  for (const region of regions) {
    const other = names.get(region.name);
    if (other) problems.push(`${region.id}.yaml: de naam "${region.name}" staat ook in ${other}.yaml.`);
    names.set(region.name, region.id);
  }
  // The default region is the fallback for every party, so it must cover them all.
  const fallback = defaults[0];
  if (fallback) {
    for (const party of PARTY_IDS) {
      if (!fallback.contacts.some((c) => c.party === party)) problems.push(`${fallback.id}.yaml: geen contact voor "${party}".`);
    }
  }
  return problems;
}
