// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { cleanStores } from 'nanostores';
import { parse } from 'yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { contactsFor, defaultRegion, regionById, validateRegions } from '~/engine/wie-bel-ik/region-contacts';
import { type Region, regionSchema } from '~/schemas/region';
import { REGION_KEY, readRegionChoice, regionChoice, saveRegionChoice } from '~/stores/region-choice';

/** The real region files, parsed with the collection's schema. */
function loadRegions(): Region[] {
  return readdirSync('content/regions')
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => {
      const parsed = regionSchema.safeParse(parse(readFileSync(`content/regions/${file}`, 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      return { id: file.replace(/\.yaml$/, ''), ...parsed.data };
    });
}

describe('the region files', () => {
  const regions = loadRegions();

  test('parse, and pass the cross-checks (one default that covers every party)', () => {
    expect(validateRegions(regions)).toEqual([]);
    expect(defaultRegion(regions).id).toBe('landelijk');
  });

  test('the default region has 112 and Veilig Thuis 0800-2000', () => {
    const phones = defaultRegion(regions).contacts.map((c) => c.phone);
    expect(phones).toContain('112');
    expect(phones).toContain('0800-2000');
  });

  test('no contact is a person: no e-mail addresses and no mobile (06) numbers', () => {
    for (const region of regions) {
      for (const contact of region.contacts) {
        expect(JSON.stringify(contact), region.id).not.toMatch(/@/);
        expect(contact.phone ?? '', region.id).not.toMatch(/^06/);
      }
    }
  });
});

describe('contactsFor', () => {
  const regions = loadRegions();
  const landelijk = defaultRegion(regions);
  const groningen = regionById(regions, 'midden-groningen');

  test("a chosen region shows its own contacts for a party it lists", () => {
    const result = contactsFor('sociaal-team', groningen, landelijk);
    expect(result.fromDefault).toBe(false);
    expect(result.contacts.map((c) => c.name)).toContain('Sociaal Team Oost');
  });

  test("a region's contacts are not shown when the default region is chosen", () => {
    const result = contactsFor('sociaal-team', landelijk, landelijk);
    expect(result.contacts.map((c) => c.name)).not.toContain('Sociaal Team Oost');
  });

  test('a party the region does not list falls back to the national contact', () => {
    const result = contactsFor('veilig-thuis', groningen, landelijk);
    expect(result.fromDefault).toBe(true);
    expect(result.contacts[0]?.phone).toBe('0800-2000');
  });

  test('an unknown region id gives the default region', () => {
    expect(regionById(regions, 'atlantis').id).toBe('landelijk');
  });
});

describe('validateRegions', () => {
  const base: Region = { id: 'a', name: 'A', default: true, intro: 'Een regio om te testen.', sources: [], lastChecked: new Date('2026-01-01'), contacts: [{ party: 'alarm-112', name: '112', phone: '112' }] };

  test('names the parties the default region misses', () => {
    expect(validateRegions([base]).join('\n')).toContain('geen contact voor "veilig-thuis"');
  });

  test('wants exactly one default region', () => {
    expect(validateRegions([base, { ...base, id: 'b', name: 'B' }]).join('\n')).toContain('Precies één regio');
  });
});

describe('the remembered region (vh:region)', () => {
  afterEach(() => {
    cleanStores(regionChoice);
    localStorage.clear();
  });

  test('saves the id under vh:region and reads it back when the region exists', () => {
    saveRegionChoice('midden-groningen');
    expect(localStorage.getItem(REGION_KEY)).toBe('midden-groningen');
    expect(readRegionChoice(['landelijk', 'midden-groningen'])).toBe('midden-groningen');
  });

  test('ignores a region that no longer exists', () => {
    saveRegionChoice('verdwenen');
    expect(readRegionChoice(['landelijk'])).toBeNull();
  });

  test('ignores a hand-edited value and does not throw', () => {
    localStorage.setItem(REGION_KEY, '{"kapot": true}');
    const stop = regionChoice.listen(() => undefined); // mounting the store re-reads localStorage
    expect(regionChoice.get()).toBe('');
    stop();
    expect(() => readRegionChoice(['landelijk'])).not.toThrow();
    expect(readRegionChoice(['landelijk'])).toBeNull();
  });

  test('refuses to store something that is not a region id', () => {
    saveRegionChoice('<script>');
    expect(localStorage.getItem(REGION_KEY)).toBeNull();
  });
});
