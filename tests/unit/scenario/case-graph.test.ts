import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { caseGraph, edgeKey, routeOf } from '../../../src/engine/scenario/case-graph';
import { buildDebrief, expertRun, initialState, step, type PlayState } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { layoutCaseGraph, wrapTitle } from '../../../src/lib/case-map-layout';
import { RULES } from '../support/rules';

const s = parseScenarioFile(readFileSync('tests/fixtures/scenarios/kleine-casus.yaml', 'utf8'), 'scenarios/kleine-casus.yaml', RULES);
const play = (choices: string[]): PlayState => choices.reduce((st, c) => step(s, st, c).state, initialState(s));

describe('caseGraph', () => {
  const g = caseGraph(s);

  test('has every node once, with its Meldcode step (0 for endings) and kind', () => {
    expect(g.nodes.map((n) => n.id)).toEqual(s.nodes.map((n) => n.id));
    expect(g.nodes.find((n) => n.id === 'vastleggen')).toMatchObject({ kind: 'choice', step: 1 });
    expect(g.nodes.find((n) => n.id === 'einde-melden')).toMatchObject({ kind: 'ending', step: 0, outcomeLabel: 'Melden bij Veilig Thuis' });
  });

  test('has one edge per pair of nodes, even when two options lead to the same node', () => {
    const keys = g.edges.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k === edgeKey('vastleggen', 'overleg'))).toHaveLength(1);
    expect(keys).toContain(edgeKey('week-later', 'overleg'));
  });

  test('marks the expert path, start to ending', () => {
    const expert = expertRun(s);
    expect(g.expertPath[0]).toBe(s.nodes[0]!.id);
    expect(g.expertPath.at(-1)).toBe(expert.nodeId);
    expect(g.nodes.filter((n) => n.onExpertPath).map((n) => n.id).sort()).toEqual([...g.expertPath].sort());
    expect(g.edges.find((e) => e.key === edgeKey('overleg', 'week-later'))?.onExpertPath).toBe(false);
    for (const e of g.edges.filter((e) => e.onExpertPath)) {
      expect(g.expertPath).toContain(e.from);
      expect(g.expertPath).toContain(e.to);
    }
  });
});

describe('routeOf', () => {
  test('lists the nodes passed (once) and the edges between them, ending at the current node', () => {
    const st = play(['verder', 'mening', 'afwachten', 'verder', 'delen']);
    const r = routeOf(st);
    expect(r.nodes).toEqual(['signalen', 'vastleggen', 'overleg', 'week-later', 'gesprek']);
    expect(r.edges).toEqual([
      edgeKey('signalen', 'vastleggen'),
      edgeKey('vastleggen', 'overleg'),
      edgeKey('overleg', 'week-later'),
      edgeKey('week-later', 'overleg'),
      edgeKey('overleg', 'gesprek'),
    ]);
  });

  test('every edge of a route is an edge of the graph, and the debrief carries the route', () => {
    const st = play(['verder', 'mening', 'afwachten', 'verder', 'delen', 'beschuldigen', 'ja', 'ja']);
    const keys = new Set(caseGraph(s).edges.map((e) => e.key));
    for (const e of routeOf(st).edges) expect(keys).toContain(e);
    expect(buildDebrief(s, st).route).toEqual(routeOf(st));
  });
});

describe('layoutCaseGraph', () => {
  test('places every node inside the drawing, without overlaps, and routes every edge', () => {
    const map = layoutCaseGraph(caseGraph(s));
    for (const n of map.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(map.width);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(map.height);
    }
    for (const a of map.nodes)
      for (const b of map.nodes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    expect(map.edges.every((e) => e.d.startsWith('M'))).toBe(true);
  });

  test('lays out every real case', () => {
    for (const f of readdirSync('scenarios').filter((f) => f.endsWith('.yaml'))) {
      const c = parseScenarioFile(readFileSync(`scenarios/${f}`, 'utf8'), `scenarios/${f}`, RULES);
      const map = layoutCaseGraph(caseGraph(c));
      expect(map.nodes).toHaveLength(c.nodes.length);
      expect(map.width).toBeGreaterThan(0);
    }
  });

  test('wraps long titles into at most three lines', () => {
    expect(wrapTitle('Hoe reageer je?')).toEqual(['Hoe reageer je?']);
    expect(wrapTitle('Vraag 2: acute of structurele onveiligheid?')).toEqual(['Vraag 2: acute of', 'structurele', 'onveiligheid?']);
    const long = wrapTitle('een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien');
    expect(long).toHaveLength(3);
    expect(long[2]!.endsWith('…')).toBe(true);
  });
});
