import { describe, expect, test } from 'vitest';
import { breadcrumbs, entryHref, isActive, prevNext } from '../../src/lib/navigation';
import { buildToc } from '../../src/lib/toc';

const entry = (id: string, order: number, section: 'handelingswijzer' | 'privacy' = 'handelingswijzer') => ({
  id,
  data: { title: id, order, section },
});

describe('navigation', () => {
  test('an index entry maps to its folder route', () => {
    expect(entryHref('handelingswijzer/index')).toBe('/handelingswijzer/');
    expect(entryHref('handelingswijzer/stap-1')).toBe('/handelingswijzer/stap-1/');
    expect(entryHref('afwegingskader')).toBe('/afwegingskader/');
  });

  test('prev and next follow the order within a section only', () => {
    const all = [entry('handelingswijzer/stap-2', 2), entry('handelingswijzer/stap-1', 1), entry('privacy/index', 0, 'privacy')];
    const { prev, next } = prevNext(all[1]!, all);
    expect(prev).toBeUndefined();
    expect(next?.href).toBe('/handelingswijzer/stap-2/');
  });

  test('breadcrumbs link home and the section, but not the section overview to itself', () => {
    expect(breadcrumbs(entry('handelingswijzer/stap-1', 1)).map((c) => c.href)).toEqual(['/', '/handelingswijzer/']);
    expect(breadcrumbs(entry('handelingswijzer/index', 0)).map((c) => c.href)).toEqual(['/']);
  });

  test('a header link is active on its own pages only', () => {
    expect(isActive('/privacy/', '/privacy/tips/')).toBe(true);
    expect(isActive('/privacy/', '/privacytest/')).toBe(false);
  });
});

describe('buildToc', () => {
  test('nests level-3 headings under the level-2 heading before them', () => {
    const toc = buildToc([
      { depth: 3, slug: 'orphan', text: 'Orphan' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((t) => [t.slug, t.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1']],
      ['b', []],
    ]);
  });
});
