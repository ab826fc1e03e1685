/**
 * The site works under any base path only if no page writes a root-relative URL by hand: every
 * internal URL in a page or component goes through `href()` (src/lib/url.ts), and every link in
 * MDX is a Markdown link, which the build passes through the same rule (src/lib/base-links-plugin.ts).
 * This test reads the source files and names each line that breaks that rule.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseLinksPlugin, rebased } from '../../src/lib/base-links-plugin';

const ROOT = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext))) found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/** Attributes that hold a URL. */
const URL_ATTRIBUTE = String.raw`\b(?:href|src|action|formaction|poster|srcset)`;

/**
 * Expressions an URL attribute may hold without `href()`: fragments, phone links, and URLs that
 * are absolute by nature (a region's website, the canonical URL built from SITE_URL).
 */
const ALLOWED_EXPRESSIONS = [/^`#/, /^`tel:/, /^telHref\(/, /^contact\.url$/, /^canonical$/];

/** Every place in a page or component where a URL does not go through `href()`. */
export function unsafeUrls(source: string): string[] {
  const problems: string[] = [];
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    const where = `line ${i + 1}: ${line.trim()}`;
    for (const m of line.matchAll(new RegExp(`${URL_ATTRIBUTE}=(["'])(.*?)\\1`, 'g'))) {
      if (m[2]?.startsWith('/')) problems.push(where);
    }
    for (const m of line.matchAll(new RegExp(`${URL_ATTRIBUTE}=\\{([^}]*)`, 'g'))) {
      const expression = (m[1] ?? '').trim();
      if (!expression.startsWith('href(') && !ALLOWED_EXPRESSIONS.some((re) => re.test(expression))) problems.push(where);
    }
    // Svelte's shorthand <a {href}> passes a value through unchanged.
    if (/<a\b[^>]*\{href\}/.test(line)) problems.push(where);
    // Navigation and requests from scripts.
    if (/\b(?:location\.assign|location\.replace|fetch|new Worker|open)\(\s*['"`]\//.test(line)) problems.push(where);
    if (/\blocation(?:\.href)?\s*=\s*['"`]\//.test(line)) problems.push(where);
  });
  return problems;
}

describe('no hand-written root-relative URLs', () => {
  it('finds the mistakes it is meant to find', () => {
    expect(unsafeUrls('<a href="/casussen/">x</a>')).toHaveLength(1);
    expect(unsafeUrls("<a href='/'>x</a>")).toHaveLength(1);
    expect(unsafeUrls('<form action="/zoeken/">')).toHaveLength(1);
    expect(unsafeUrls('<a href={link.href}>x</a>')).toHaveLength(1);
    expect(unsafeUrls('<a href={`/sessie/${slug}/`}>x</a>')).toHaveLength(1);
    expect(unsafeUrls('<a {href}>x</a>')).toHaveLength(1);
    expect(unsafeUrls("window.location.assign('/voortgang/');")).toHaveLength(1);
    expect(unsafeUrls("const r = await fetch('/search-index.json');")).toHaveLength(1);
    expect(unsafeUrls('<img src="/favicon.svg" alt="">')).toHaveLength(1);
  });

  it('lets through what is safe', () => {
    expect(unsafeUrls("<a href={href('/casussen/')}>x</a>")).toEqual([]);
    expect(unsafeUrls('<a href={href(link.href)}>x</a>')).toEqual([]);
    expect(unsafeUrls('<a href="#inhoud">x</a> <a href="https://example.org/">y</a> <a href="tel:112">z</a>')).toEqual([]);
    expect(unsafeUrls('<a href={`#${item.slug}`}>x</a>')).toEqual([]);
  });

  const components = filesUnder('src', ['.astro', '.svelte', '.ts']).filter((f) => !f.endsWith('src/lib/url.ts'));
  it.each(components.map((f) => [relative(ROOT, f), f]))('%s writes every URL through href()', (_name, file) => {
    expect(unsafeUrls(readFileSync(file, 'utf8'))).toEqual([]);
  });

  const mdx = filesUnder('content', ['.mdx']);
  it('content has MDX pages to check', () => expect(mdx.length).toBeGreaterThan(10));
  it.each(mdx.map((f) => [relative(ROOT, f), f]))('%s uses Markdown links, not root-relative JSX or HTML attributes', (_name, file) => {
    expect(unsafeUrls(readFileSync(file, 'utf8')).filter((line) => /=["']\//.test(line))).toEqual([]);
  });
});

describe('the MDX link plugin', () => {
  const plugin = baseLinksPlugin('/opleiding/');
  function visit(tagName: string, properties: Record<string, unknown>): Record<string, unknown> {
    const set: Record<string, unknown> = {};
    plugin.element.visit({ tagName, properties }, { setProperty: (_node, key, value) => (set[key] = value) });
    return set;
  }

  it('puts site paths in links and images under the base', () => {
    expect(visit('a', { href: '/handelingswijzer/stap-2/#overleg' })).toEqual({ href: '/opleiding/handelingswijzer/stap-2/#overleg' });
    expect(visit('img', { src: '/favicon.svg', alt: '' })).toEqual({ src: '/opleiding/favicon.svg' });
  });

  it('leaves other links alone', () => {
    expect(visit('a', { href: 'https://wetten.overheid.nl/' })).toEqual({});
    expect(visit('a', { href: '#stap-2' })).toEqual({});
    expect(visit('a', { href: '/opleiding/casussen/' })).toEqual({});
    expect(visit('a', {})).toEqual({});
  });

  it('changes nothing at the root', () => {
    expect(rebased({ tagName: 'a', properties: { href: '/casussen/' } }, 'href', '/')).toBeNull();
  });

  it('asks only for the elements it rewrites', () => {
    expect(plugin.element.filter).toEqual(['a', 'img', 'source']);
  });
});
