/**
 * The layer rule of docs/architecture.md, checked on the import graph of src/:
 * pages and components -> stores -> engine -> schemas, never back up.
 *
 * - src/engine imports only itself, src/schemas, the pure src/lib/navigation.ts and
 *   packages that are not UI (no astro:*, svelte, nanostores) and uses no DOM globals.
 * - A feature (a folder of src/engine) reaches another feature only through its public
 *   face: index.ts (browser-safe), server.ts (build time) or lazy.ts (loaded on demand).
 * - Code outside src/engine does the same; browser code (Svelte, stores, components,
 *   client scripts) never imports a server.ts.
 * - index.ts and lazy.ts never reach zod, yaml or node:* (zod breaks the CSP in the browser).
 * - There is no import circle anywhere in src/ (type-only imports count too).
 * - src/engine and src/schemas run nothing when imported (only declarations at the top level):
 *   astro.config.mjs tells the bundler so, and a page then gets only the modules whose exports it uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const ENGINE = join(SRC, 'engine');
const PUBLIC_FACES = new Set(['index.ts', 'server.ts', 'lazy.ts']);
/** Files outside engine and schemas that the engine may use: pure, no DOM, no framework. */
const ENGINE_MAY_IMPORT = new Set(['src/lib/navigation.ts']);
const UI_PACKAGES = /^(astro:|astro$|svelte($|\/)|nanostores$|@nanostores\/)/;
const SERVER_ONLY = /^(astro\/zod$|zod($|\/)|yaml$|node:|astro\/loaders$)/;
const DOM_GLOBALS = /\b(window|document|localStorage|sessionStorage|navigator)\s*[.[]/;

export interface Import {
  /** Absolute path of the imported file, or the bare package name. */
  target: string;
  bare: boolean;
  typeOnly: boolean;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    return /\.(ts|svelte|astro|mdx)$/.test(name) ? [path] : [];
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function resolveSpec(from: string, specifier: string): string | null {
  // A Vite query (`?raw`, `?url`) names the same file.
  const spec = specifier.replace(/\?.*$/, '');
  const base = spec.startsWith('~/') ? join(SRC, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : null;
  if (base === null) return null;
  for (const ext of ['', '.ts', '.js', '.svelte', '.astro', '/index.ts']) if (isFile(base + ext)) return base + ext;
  throw new Error(`${relative(ROOT, from)}: cannot resolve import "${spec}"`);
}

/** The code of a file without its comments, so a comment naming `window.` is no violation. */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Every import and re-export of a file's code. */
export function importsOf(file: string, text: string): Import[] {
  const code = stripComments(text);
  const found: Import[] = [];
  const re = /(?:^|[\s;])(import|export)(\s+type)?\s+(?:[^'"`;]*?\s+from\s+)?(['"])([^'"\n]+)\3|import\(\s*(['"])([^'"\n]+)\5\s*\)/g;
  for (const m of code.matchAll(re)) {
    const spec = m[4] ?? m[6];
    if (spec === undefined) continue;
    if (m[1] === 'export' && !/from\s*['"]/.test(m[0])) continue;
    const target = resolveSpec(file, spec);
    found.push({ target: target ?? spec, bare: target === null, typeOnly: m[2] !== undefined });
  }
  return found;
}

export interface Graph {
  files: string[];
  imports: Map<string, Import[]>;
  texts: Map<string, string>;
}

export function buildGraph(files: readonly string[]): Graph {
  const imports = new Map<string, Import[]>();
  const texts = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    texts.set(file, text);
    imports.set(file, importsOf(file, text));
  }
  return { files: [...files], imports, texts };
}

/** The feature folder of an engine file (`scenario`, `shared`, …), or null outside the engine. */
function featureOf(file: string): string | null {
  if (!file.startsWith(ENGINE + '/')) return null;
  const parts = relative(ENGINE, file).split('/');
  return parts.length > 1 ? (parts[0] ?? null) : null;
}

function isPublicFace(file: string): boolean {
  const parts = relative(ENGINE, file).split('/');
  return parts.length === 2 && PUBLIC_FACES.has(parts[1] ?? '');
}

function isBrowserCode(file: string): boolean {
  const rel = relative(SRC, file);
  return file.endsWith('.svelte') || /^(components|stores|client|lib)\//.test(rel);
}

/** Every rule broken in the graph, one line each; empty when the architecture holds. */
export function violations(graph: Graph): string[] {
  const out: string[] = [];
  const rel = (file: string) => relative(ROOT, file);
  for (const file of graph.files) {
    const own = featureOf(file);
    const inEngine = file.startsWith(ENGINE + '/');
    if (inEngine && DOM_GLOBALS.test(stripComments(graph.texts.get(file) ?? ''))) out.push(`${rel(file)} uses a DOM global`);
    if (inEngine && own === null) out.push(`${rel(file)} is at the top of src/engine: put it in a feature folder`);
    for (const imp of graph.imports.get(file) ?? []) {
      if (imp.bare) {
        if (inEngine && UI_PACKAGES.test(imp.target)) out.push(`${rel(file)} imports "${imp.target}": the engine is pure TypeScript`);
        continue;
      }
      const target = imp.target;
      const feature = featureOf(target);
      if (inEngine && !target.startsWith(ENGINE + '/') && !target.startsWith(join(SRC, 'schemas') + '/') && !ENGINE_MAY_IMPORT.has(rel(target))) {
        out.push(`${rel(file)} imports ${rel(target)}: the engine imports only itself and src/schemas`);
      }
      if (feature !== null && feature !== own && !isPublicFace(target)) {
        out.push(`${rel(file)} imports ${rel(target)}: use the public face of engine/${feature} (index.ts, server.ts or lazy.ts)`);
      }
      if (feature !== null && !inEngine && isBrowserCode(file) && target.endsWith('/server.ts') && !imp.typeOnly) {
        out.push(`${rel(file)} is browser code and imports ${rel(target)} (build-time only)`);
      }
    }
  }
  for (const face of graph.files.filter((f) => isPublicFace(f) && !f.endsWith('/server.ts'))) {
    const reached = serverOnlyReach(graph, face);
    if (reached) out.push(`${rel(face)} reaches "${reached}", which must not run in the browser`);
  }
  for (const cycle of cycles(graph)) out.push(`import circle: ${cycle.map(rel).join(' -> ')}`);
  return out;
}

/** The first server-only package a file reaches through value imports, or null. */
function serverOnlyReach(graph: Graph, start: string): string | null {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imp of graph.imports.get(file) ?? []) {
      if (imp.typeOnly) continue;
      if (imp.bare) {
        if (SERVER_ONLY.test(imp.target)) return `${imp.target} (via ${relative(ROOT, file)})`;
      } else stack.push(imp.target);
    }
  }
  return null;
}

/** The import circles of the graph (each found once, from a depth-first walk). */
export function cycles(graph: Graph): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const imp of graph.imports.get(file) ?? []) {
      if (imp.bare || !graph.imports.has(imp.target)) continue;
      const s = state.get(imp.target);
      if (s === 'open') found.push([...stack.slice(stack.indexOf(imp.target)), imp.target]);
      else if (s === undefined) visit(imp.target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.files) if (!state.has(file)) visit(file);
  return found;
}

describe('architecture', () => {
  const graph = buildGraph(listFiles(SRC));

  test('the import graph of src/ is read (the test can see imports at all)', () => {
    const player = join(SRC, 'components/case/CasePlayer.svelte');
    expect(graph.imports.get(player)?.some((i) => i.target === join(ENGINE, 'scenario/index.ts'))).toBe(true);
  });

  test('the layer rule holds: no violation, no import circle', () => {
    expect(violations(graph)).toEqual([]);
  });

  test('src/engine has no file at its top level', () => {
    expect(readdirSync(ENGINE).filter((name) => isFile(join(ENGINE, name)))).toEqual([]);
  });

  test('src/engine and src/schemas run nothing on import: only declarations at the top level', () => {
    const DECLARATIONS = new Set([
      ts.SyntaxKind.ImportDeclaration,
      ts.SyntaxKind.ImportEqualsDeclaration,
      ts.SyntaxKind.ExportDeclaration,
      ts.SyntaxKind.ExportAssignment,
      ts.SyntaxKind.FunctionDeclaration,
      ts.SyntaxKind.ClassDeclaration,
      ts.SyntaxKind.InterfaceDeclaration,
      ts.SyntaxKind.TypeAliasDeclaration,
      ts.SyntaxKind.EnumDeclaration,
      ts.SyntaxKind.ModuleDeclaration,
      ts.SyntaxKind.VariableStatement,
    ]);
    const files = [...listFiles(ENGINE), ...listFiles(join(SRC, 'schemas'))].filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(50);
    const statements = files.flatMap((file) => {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      return source.statements
        .filter((st) => !DECLARATIONS.has(st.kind))
        .map((st) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(st.getStart()).line + 1}: ${st.getText().slice(0, 60)}`);
    });
    expect(statements).toEqual([]);
  });

  test('every feature folder has an index.ts', () => {
    const features = readdirSync(ENGINE).filter((name) => !isFile(join(ENGINE, name)));
    expect(features.filter((name) => !isFile(join(ENGINE, name, 'index.ts')))).toEqual([]);
  });
});
