/**
 * imsmanifest.xml for one package: one organisation with one item, launching one SCO
 * (index.html) that lists every file of the package. SCORM 1.2 uses the IMS CP 1.1.2 and
 * ADL CP 1.2 namespaces; SCORM 2004 4th edition the IMS CP 1.1 and ADL CP 1.3 namespaces.
 * No sequencing rules: the SCO sets completion and success itself. No mastery score either:
 * an LMS would then decide pass or fail from the score alone, and a critical error fails a
 * case whatever its score.
 */
import type { ScormVersion } from './cmi';

export interface ManifestInput {
  /** Package id, e.g. `casus-bram-klas-3`; made into an XML ID. */
  id: string;
  title: string;
  /** Content version (the case version, or 1). */
  contentVersion: number;
  /** Every file in the package except imsmanifest.xml, relative, with '/' separators. */
  files: readonly string[];
  launch: string;
}

/** Escapes text and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An xsd:ID: starts with a letter, then letters, digits, '-', '_' or '.'. */
function xmlId(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(clean) ? clean : `vh-${clean}`;
}

/** The files of the resource, sorted, one per line. */
function fileList(files: readonly string[], indent: string): string {
  return [...files]
    .sort()
    .map((f) => `${indent}<file href="${xmlEscape(f)}"/>`)
    .join('\n');
}

export function manifestXml(version: ScormVersion, m: ManifestInput): string {
  const id = xmlId(`veilig-handelen-${m.id}`);
  const title = xmlEscape(m.title);
  const launch = xmlEscape(m.launch);
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${m.contentVersion}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${title}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${launch}">
${fileList(m.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${m.contentVersion}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${title}</title>
      <item identifier="item" identifierref="sco">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="${launch}">
${fileList(m.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
