import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { manifestXml } from '../../../src/scorm/manifest';
import { manifestProblems } from '../../../scripts/validate-manifest';

const FILES = ['index.html', 'player.js', 'player.css', 'data.js'];
const cases = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));
const paths = readdirSync('content/paths').filter((f) => f.endsWith('.yaml'));
/** Every package the packaging script writes: its id and title, as the script names them. */
const PACKAGES = [
  ...cases.map((f) => ({ id: `casus-${f.replace('.yaml', '')}`, title: `Casus: ${(parse(readFileSync(`scenarios/${f}`, 'utf8')) as { title: string }).title}` })),
  { id: 'privacytoets', title: 'Privacytoets: mag je dit delen?' },
  ...paths.map((f) => ({ id: `leerroute-${f.replace('.yaml', '')}`, title: `Leerroute ${(parse(readFileSync(`content/paths/${f}`, 'utf8')) as { title: string }).title}: casussen en toets` })),
];

describe.each(['1.2', '2004'] as const)('imsmanifest.xml, SCORM %s', (version) => {
  it.each(PACKAGES)('$id is valid against the SCORM schemas', async ({ id, title }) => {
    const xml = manifestXml(version, { id, title, contentVersion: 1, files: FILES, launch: 'index.html' });
    expect(await manifestProblems(version, xml)).toEqual([]);
  });

  it('names the schema version and lists every file of the SCO', () => {
    const xml = manifestXml(version, { id: 'x', title: 'A & B <c>', contentVersion: 2, files: FILES, launch: 'index.html' });
    expect(xml).toContain(version === '1.2' ? '<schemaversion>1.2</schemaversion>' : '<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain(version === '1.2' ? 'adlcp:scormtype="sco"' : 'adlcp:scormType="sco"');
    for (const f of FILES) expect(xml).toContain(`<file href="${f}"/>`);
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(xml).not.toContain('masteryscore');
  });

  it('the validator rejects a broken manifest', async () => {
    const xml = manifestXml(version, { id: 'x', title: 't', contentVersion: 1, files: FILES, launch: 'index.html' }).replace(/<resources>[\s\S]*<\/resources>/, '');
    expect((await manifestProblems(version, xml)).length).toBeGreaterThan(0);
    const wrongType = manifestXml(version, { id: 'x', title: 't', contentVersion: 1, files: FILES, launch: 'index.html' }).replace(/(scorm[tT]ype)="sco"/, '$1="widget"');
    expect((await manifestProblems(version, wrongType)).join()).toMatch(/scorm[tT]ype/);
  });
});
