/**
 * npm run package:scorm: one SCORM package per case, one for the privacy self-test and one
 * per learning path, each in SCORM 1.2 and SCORM 2004 4th edition, in dist-scorm/.
 *
 * The player (src/scorm-player/, the site's own CasePlayer and QuizRunner with the LMS
 * glue) is built once with Vite into one script and one stylesheet; each package gets
 * those two files, its own data.js (the content, as the site's loaders read it), an
 * index.html and an imsmanifest.xml, zipped with fflate. Nothing in a package loads from
 * outside it. Set VH_SITE_URL (e.g. https://veilighandelen.example) to turn the links to
 * reference pages into links to the public website; without it they become plain text.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readRuleCatalogue, readScenario } from '../src/content/case-loader';
import type { LoadedScenario } from '../src/engine/scenario';
import { validateQuizFiles, type RouteIndex } from '../src/engine/quiz/server';
import { DEFAULT_TEST_LENGTH, type QuizBank } from '../src/engine/quiz';
import { type ResolvedPath } from '../src/engine/learning-path';
import { resolvePaths } from '../src/engine/learning-path/server';
import { TOOLS } from '../src/engine/learning-path';
import { MODULE_TYPE_LABELS } from '../src/engine/learning-path';
import { pathSchema } from '../src/schemas/path';
import { entryHref } from '../src/lib/navigation';
import { linkTitles, referenceLinks } from '../src/components/case/case-refs';
import type { ScormVersion } from '../src/scorm/cmi';
import { manifestXml } from '../src/scorm/manifest';
import { manifestProblems } from './validate-manifest';
import type { PackageData, PackageModule } from '../src/scorm/package-model';

const ROOT = resolve('.');
const OUT = resolve(process.env['SCORM_OUT'] ?? 'dist-scorm');
const PLAYER_DIR = join(OUT, '.player');
const SITE_URL = process.env['VH_SITE_URL']?.trim() || null;
const VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Reference pages: route → title (from the front matter). */
function referencePages(): Map<string, { title: string }> {
  const base = join(ROOT, 'content/reference');
  const pages = new Map<string, { title: string }>();
  for (const file of walk(base).filter((f) => f.endsWith('.mdx'))) {
    const id = relative(base, file).replace(/\.mdx$/, '').split('\\').join('/');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    const title = (parseYaml(front) as { title?: unknown } | null)?.title;
    pages.set(entryHref(id), { title: typeof title === 'string' ? title : id });
  }
  return pages;
}

function readCases(): LoadedScenario[] {
  const catalogue = readRuleCatalogue();
  return readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readScenario(`scenarios/${f}`, catalogue));
}

/**
 * The question bank, checked as the site checks it. Its links to reference pages are
 * checked against their headings by `npm run build`; here only the routes are known, so
 * every anchor on a known route is accepted.
 */
function readQuizBank(pages: ReadonlyMap<string, unknown>): QuizBank {
  const dir = join(ROOT, 'content/quiz');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `content/quiz/${f}`, data: parseYaml(readFileSync(join(dir, f), 'utf8')) as unknown }));
  const anyAnchor: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;
  const routes: RouteIndex = new Map([...pages.keys()].map((route) => [route, anyAnchor]));
  const { bank, errors } = validateQuizFiles(files, routes);
  if (errors.length > 0) throw new Error(`content/quiz:\n${errors.join('\n')}`);
  return bank;
}

function readPaths(pages: Map<string, { title: string }>, cases: readonly LoadedScenario[]): ResolvedPath[] {
  const exercisesDir = join(ROOT, 'content/exercises');
  const exercises = new Map(
    walk(exercisesDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const id = relative(exercisesDir, f).replace(/\.yaml$/, '').split(/[\\/]/).join('-');
        const title = (parseYaml(readFileSync(f, 'utf8')) as { title?: unknown }).title;
        return [id, { title: typeof title === 'string' ? title : id }] as const;
      }),
  );
  const catalog = {
    pages,
    cases: new Map(cases.map((c) => [c.id, { title: c.title, version: c.version }])),
    exercises,
    tools: TOOLS,
  };
  const dir = join(ROOT, 'content/paths');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `content/paths/${f}`, slug: f.replace(/\.yaml$/, ''), data: pathSchema.parse(parseYaml(readFileSync(join(dir, f), 'utf8'))) }));
  return resolvePaths(files, catalog);
}

/** Page titles of the case's reference links (sections are named by the site build; here the page title is enough). */
function refTitles(s: LoadedScenario, pages: ReadonlyMap<string, { title: string }>): Record<string, string> {
  const withHeadings = new Map([...pages].map(([route, p]) => [route, { title: p.title, headings: [] }]));
  return linkTitles(referenceLinks(s), withHeadings);
}

/** Builds player.js and player.css once. */
async function buildPlayer(): Promise<{ js: string; css: string }> {
  await build({
    configFile: false,
    root: ROOT,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: [svelte({ configFile: false, compilerOptions: { css: 'external' } })],
    resolve: { alias: { '~': resolve('src') } },
    define: { 'import.meta.env.BASE_URL': JSON.stringify('/'), 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: PLAYER_DIR,
      emptyOutDir: true,
      target: 'es2022',
      cssCodeSplit: false,
      sourcemap: false,
      lib: { entry: resolve('src/scorm-player/main.ts'), formats: ['iife'], name: 'VeiligHandelenScorm', fileName: () => 'player.js', cssFileName: 'player' },
    },
  });
  const js = readFileSync(join(PLAYER_DIR, 'player.js'), 'utf8');
  const css = readFileSync(join(PLAYER_DIR, 'player.css'), 'utf8');
  // zod in the player would need `new Function` (blocked by the package's CSP) and is never meant to ship.
  if (/new Function\(/.test(js)) throw new Error('player.js contains `new Function(`: something pulls zod (or similar) into the player');
  return { js, css };
}

/** The page of a package. The CSP allows only the package's own files. */
function indexHtml(title: string): string {
  const esc = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; form-action 'none'; base-uri 'none'">
<meta name="referrer" content="no-referrer">
<title>${esc}</title>
<link rel="stylesheet" href="player.css">
</head>
<body>
<div id="app"><p>Deze module heeft JavaScript nodig.</p></div>
<script src="data.js"></script>
<script src="player.js"></script>
</body>
</html>
`;
}

/** data.js: the package data as one JSON value (JSON is valid JavaScript; nothing in it is executed). */
function dataJs(data: PackageData): string {
  const json = JSON.stringify(data).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `window.VH_SCORM_PACKAGE = ${json};\n`;
}

interface PackageSpec {
  id: string;
  title: string;
  kind: PackageData['kind'];
  contentVersion: number;
  modules: PackageModule[];
  outside: PackageData['outside'];
  summary: string;
}

async function writePackage(spec: PackageSpec, version: ScormVersion, player: { js: string; css: string }): Promise<{ file: string; bytes: number }> {
  const data: PackageData = { id: spec.id, title: spec.title, version, kind: spec.kind, modules: spec.modules, outside: spec.outside, summary: spec.summary, siteUrl: SITE_URL };
  const files: Record<string, Uint8Array> = {
    'index.html': strToU8(indexHtml(spec.title)),
    'player.js': strToU8(player.js),
    'player.css': strToU8(player.css),
    'data.js': strToU8(dataJs(data)),
  };
  const manifest = manifestXml(version, { id: spec.id, title: spec.title, contentVersion: spec.contentVersion, files: Object.keys(files), launch: 'index.html' });
  const problems = await manifestProblems(version, manifest);
  if (problems.length > 0) throw new Error(`${spec.id} (SCORM ${version}): imsmanifest.xml is invalid:\n${problems.join('\n')}`);
  files['imsmanifest.xml'] = strToU8(manifest);
  const name = `${spec.id}-scorm${version === '1.2' ? '12' : '2004'}.zip`;
  // A fixed date keeps the zip the same for the same content.
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { mtime: new Date('2026-01-01T00:00:00Z') }]])), { level: 9 });
  writeFileSync(join(OUT, name), zip);
  return { file: name, bytes: zip.length };
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const pages = referencePages();
  const cases = readCases();
  const bank = readQuizBank(pages);
  const paths = readPaths(pages, cases);
  const player = await buildPlayer();
  const caseModule = (s: LoadedScenario): PackageModule => ({ kind: 'case', scenario: s, refTitles: refTitles(s, pages) });
  const quizModule: PackageModule = { kind: 'quiz', bank, count: DEFAULT_TEST_LENGTH };
  const specs: PackageSpec[] = [
    ...cases.map((s) => ({ id: `casus-${s.id}`, title: `Casus: ${s.title}`, kind: 'case' as const, contentVersion: s.version, modules: [caseModule(s)], outside: [], summary: s.summary })),
    { id: 'privacytoets', title: 'Privacytoets: mag je dit delen?', kind: 'quiz', contentVersion: 1, modules: [quizModule], outside: [], summary: '' },
    ...paths.map((p) => {
      const byId = new Map(cases.map((c) => [c.id, c]));
      const modules: PackageModule[] = p.modules.flatMap((m): PackageModule[] => {
        if (m.type === 'case') {
          const s = byId.get(m.ref);
          return s ? [caseModule(s)] : [];
        }
        return m.type === 'privacy-test' ? [quizModule] : [];
      });
      const outside = p.modules.filter((m) => m.type !== 'case' && m.type !== 'privacy-test').map((m) => ({ title: m.title, typeLabel: MODULE_TYPE_LABELS[m.type] }));
      return { id: `leerroute-${p.slug}`, title: `Leerroute ${p.title}: casussen en toets`, kind: 'path' as const, contentVersion: 1, modules, outside, summary: p.summary };
    }),
  ];
  const rows: string[] = [];
  for (const spec of specs) {
    for (const version of VERSIONS) {
      const { file, bytes } = await writePackage(spec, version, player);
      rows.push(`${(bytes / 1024).toFixed(1).padStart(8)} kB  ${file}`);
    }
  }
  rmSync(PLAYER_DIR, { recursive: true, force: true });
  console.log(`SCORM packages in ${relative(ROOT, OUT)}/ (player.js ${(player.js.length / 1024).toFixed(1)} kB, player.css ${(player.css.length / 1024).toFixed(1)} kB):`);
  console.log(rows.join('\n'));
}

await main();
