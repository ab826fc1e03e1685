/**
 * Validates an imsmanifest.xml against the SCORM schemas in tests/fixtures/scorm-xsd/
 * (see the README there for what they cover) with xmllint-wasm. Used by the unit test and
 * by scripts/package-scorm.ts, so no package is written with an invalid manifest.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import type { ScormVersion } from '../src/scorm/cmi';

const DIR = resolve('tests/fixtures/scorm-xsd');
const read = (name: string) => ({ fileName: name, contents: readFileSync(join(DIR, name), 'utf8') });

/** SCORM 2004 has no schema that imports both namespaces: this driver imports them. */
const DRIVER_2004 = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:veilig-handelen:scorm2004-driver">
  <xs:import namespace="http://www.imsglobal.org/xsd/imscp_v1p1" schemaLocation="imscp_v1p1.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_v1p3" schemaLocation="adlcp_v1p3.xsd"/>
</xs:schema>`;

/** The schema problems of a manifest; an empty list when it is valid. */
export async function manifestProblems(version: ScormVersion, xml: string): Promise<string[]> {
  const options =
    version === '1.2'
      ? { schema: [read('adlcp_rootv1p2.xsd')], preload: [read('imscp_rootv1p1p2.xsd'), read('ims_xml.xsd')] }
      : { schema: [{ fileName: 'driver.xsd', contents: DRIVER_2004 }], preload: [read('imscp_v1p1.xsd'), read('adlcp_v1p3.xsd'), read('ims_xml.xsd')] };
  const result = await validateXML({ xml: [{ fileName: 'imsmanifest.xml', contents: xml }], ...options });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
