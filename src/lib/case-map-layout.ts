/**
 * Build-time layout of a case map: places the nodes and routes the edges of a CaseGraph
 * with dagre (a layered graph layout). Runs only while the site is built (CaseMap.astro
 * imports it in its frontmatter); dagre never reaches the browser.
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { CaseGraph, CaseGraphEdge, CaseGraphNode } from '../engine/scenario';

export const NODE_WIDTH = 176;
const LINE_HEIGHT = 17;
const MAX_CHARS = 22;
const MAX_LINES = 3;
const PADDING_Y = 10;

export interface PlacedNode extends CaseGraphNode {
  /** Centre of the node. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The small first line, e.g. "Stap 3" or "Einde: Melden bij Veilig Thuis". */
  kicker: string;
  /** The title, wrapped. */
  lines: string[];
}

export interface PlacedEdge extends CaseGraphEdge {
  /** The SVG path of the edge. */
  d: string;
}

export interface CaseMapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Breaks a title into lines of at most MAX_CHARS characters (a longer word stands alone), at most MAX_LINES. */
export function wrapTitle(title: string): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= MAX_CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= MAX_LINES) return lines;
  const kept = lines.slice(0, MAX_LINES);
  kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]!.replace(/[\s.,;:]+$/, '')}…`;
  return kept;
}

/** Short outcome words that fit the node's first line. */
const ENDING_KICKERS: Record<string, string> = { afsluiten: 'Einde: afsluiten', melden: 'Einde: melden', hulp: 'Einde: hulp' };

function kickerOf(n: CaseGraphNode): string {
  return n.kind === 'ending' ? (ENDING_KICKERS[n.outcome ?? ''] ?? 'Einde') : `Stap ${n.step}`;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Lays the graph out top to bottom; the result holds everything the SVG needs. */
export function layoutCaseGraph(graph: CaseGraph): CaseMapLayout {
  const g = new Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', align: 'UL', nodesep: 28, ranksep: 44, edgesep: 12, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const sized = graph.nodes.map((n) => {
    const lines = wrapTitle(n.title);
    const kicker = kickerOf(n);
    const height = PADDING_Y * 2 + LINE_HEIGHT * (lines.length + 1);
    return { node: n, lines, kicker, height };
  });
  for (const s of sized) g.setNode(s.node.id, { width: NODE_WIDTH, height: s.height });
  for (const e of graph.edges) if (e.from !== e.to) g.setEdge(e.from, e.to);
  layout(g);
  const nodes: PlacedNode[] = sized.map(({ node, lines, kicker, height }) => {
    const pos = g.node(node.id);
    return { ...node, x: round(pos.x), y: round(pos.y), width: NODE_WIDTH, height, kicker, lines };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: PlacedEdge[] = graph.edges.map((e) => {
    if (e.from === e.to) {
      // A choice that stays at the same node: a small loop on its right side.
      const n = byId.get(e.from)!;
      const x = n.x + n.width / 2;
      return { ...e, d: `M${round(x)},${round(n.y - 8)} C${round(x + 30)},${round(n.y - 24)} ${round(x + 30)},${round(n.y + 24)} ${round(x)},${round(n.y + 8)}` };
    }
    const points = g.edge(e.from, e.to).points ?? [];
    return { ...e, d: pathOf(points) };
  });
  const size = g.graph();
  return { width: Math.ceil(size.width ?? 0) + 24, height: Math.ceil(size.height ?? 0), nodes, edges };
}

/** A smooth path through dagre's edge points (straight segments with rounded corners via quadratic curves). */
function pathOf(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${round(first!.x)},${round(first!.y)}`;
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i]!;
    const next = rest[i + 1];
    if (next) {
      const mx = (p.x + next.x) / 2;
      const my = (p.y + next.y) / 2;
      d += ` Q${round(p.x)},${round(p.y)} ${round(mx)},${round(my)}`;
    } else d += ` L${round(p.x)},${round(p.y)}`;
  }
  return d;
}
