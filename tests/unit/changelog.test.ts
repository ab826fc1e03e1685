import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changesByDay, parseChangelog } from '../../src/engine/changelog/parse';
import { dutchDay, dutchList, reviewLine } from '../../src/lib/reviewed';

const FILE = 'content/changelog.yaml';

const entry = (over: Record<string, string> = {}) => {
  const fields = { date: '2026-12-04', kind: 'nieuw', title: 'Nieuwe casus Ravi', text: 'Ravi belt je vanuit huis; er is levensgevaar.', ...over };
  return `- ${Object.entries(fields).map(([k, v]) => `${k}: "${v}"`).join('\n  ')}\n`;
};

describe('the changelog file', () => {
  const changes = parseChangelog(readFileSync(FILE, 'utf8'), FILE);

  it('parses, newest first, with real dates', () => {
    expect(changes.length).toBeGreaterThan(5);
    const dates = changes.map((c) => c.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('links only to site paths', () => {
    for (const change of changes) for (const link of change.links) expect(link.href).toMatch(/^\/[a-z0-9/#-]*$/);
  });

  it('groups by day, keeping the order within a day', () => {
    const days = changesByDay(changes);
    expect(days.map((d) => d.date)).toEqual([...new Set(changes.map((c) => c.date))]);
    expect(days.flatMap((d) => d.changes)).toEqual(changes);
  });
});

describe('a broken changelog fails with the file and the entry', () => {
  it('names a bad date', () => {
    expect(() => parseChangelog(entry() + entry({ date: '4 december', title: 'Kapotte datum' }), 'x.yaml')).toThrow(
      /x\.yaml: entry 2 \("Kapotte datum"\) \(date\)/,
    );
  });
  it('names an unknown kind', () => {
    expect(() => parseChangelog(entry({ kind: 'weg' }), 'x.yaml')).toThrow(/entry 1 \("Nieuwe casus Ravi"\) \(kind\)/);
  });
  it('names a text that is too short, and an unknown field', () => {
    expect(() => parseChangelog(entry({ text: 'kort' }), 'x.yaml')).toThrow(/\(text\)/);
    expect(() => parseChangelog(entry({ datum: '2026-12-04' }), 'x.yaml')).toThrow(/datum/);
  });
  it('rejects a link that is not a site path', () => {
    const text = `${entry()}  links:\n    - { href: "https://example.org/", label: Ergens }\n`;
    expect(() => parseChangelog(text, 'x.yaml')).toThrow(/entry 1 \("Nieuwe casus Ravi"\) \(links\.0\.href\)/);
  });
  it('rejects entries out of order', () => {
    expect(() => parseChangelog(entry({ date: '2026-12-01' }) + entry({ date: '2026-12-03', title: 'Later' }), 'x.yaml')).toThrow(
      /entry 2 \("Later"\) \(date\): nieuwste eerst/,
    );
  });
  it('rejects an empty file and broken YAML', () => {
    expect(() => parseChangelog('', 'x.yaml')).toThrow(/x\.yaml/);
    expect(() => parseChangelog('- date: [', 'x.yaml')).toThrow(/x\.yaml: YAML syntax error/);
  });
});

describe('the review line', () => {
  it('says when and against which sources, in Dutch', () => {
    expect(reviewLine(new Date('2026-12-02'), ['handelingswijzer', 'augeo-magazine-18', 'schoolroute-parkstad'])).toBe(
      'Laatst nagekeken op 2 december 2026, tegen: Handelingswijzer Midden-Groningen, Augeo Magazine 18 en Schoolroute Parkstad.',
    );
    expect(reviewLine(new Date('2026-11-23'), ['afwegingskader-stap-5'])).toBe('Laatst nagekeken op 23 november 2026, tegen: Afwegingskader stap 5.');
  });
  it('reads a date as a calendar day', () => {
    expect(dutchDay('2026-01-01')).toBe('1 januari 2026');
    expect(dutchList(['a', 'b'])).toBe('a en b');
  });
});
