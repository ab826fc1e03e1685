/**
 * A case as a graph for the case map: every node with its Meldcode step, every edge a
 * choice can take (whatever the conditions), and the expert path through it. Pure data:
 * the layout (src/lib/case-map-layout.ts) and the SVG (CaseMap.astro) are built from this
 * at build time; in the browser only the learner's route (routeOf) is marked on the SVG.
 */
import { OUTCOME_LABELS } from '../afwegingskader';
import type { LoadedScenario, PlayState } from './model';
import { successors } from './nodes';
import { expertRun } from './play';

export type CaseGraphKind = 'situation' | 'choice' | 'afweging' | 'ending';

export interface CaseGraphNode {
  id: string;
  title: string;
  kind: CaseGraphKind;
  /** Meldcode step 1-5; 0 for an ending. */
  step: number;
  /** For an ending: its outcome. */
  outcome?: 'afsluiten' | 'melden' | 'hulp';
  /** For an ending: its outcome label, e.g. "Melden bij Veilig Thuis". */
  outcomeLabel?: string;
  onExpertPath: boolean;
}

export interface CaseGraphEdge {
  /** `from>to`, the key the SVG carries in data-edge. */
  key: string;
  from: string;
  to: string;
  onExpertPath: boolean;
}

export interface CaseGraph {
  caseId: string;
  title: string;
  nodes: CaseGraphNode[];
  edges: CaseGraphEdge[];
  /** The node ids the expert passes, in order (start to ending). */
  expertPath: string[];
}

/** The nodes and edges a run passed, as the SVG names them. */
export interface CaseRoute {
  nodes: string[];
  edges: string[];
}

/** The data-edge key of the edge from one node to another. */
export function edgeKey(from: string, to: string): string {
  return `${from}>${to}`;
}

/** The nodes a run passed, in order, ending with the node it stands at; and the edges between them. */
export function routeOf(st: Pick<PlayState, 'path' | 'nodeId'>): CaseRoute {
  const nodes = [...st.path.map((p) => p.nodeId), st.nodeId];
  const edges: string[] = [];
  for (let i = 1; i < nodes.length; i++) edges.push(edgeKey(nodes[i - 1]!, nodes[i]!));
  return { nodes: [...new Set(nodes)], edges: [...new Set(edges)] };
}

/** The case as a graph with the expert path marked; throws ScenarioError when the expert walk fails. */
export function caseGraph(s: LoadedScenario): CaseGraph {
  const expert = routeOf(expertRun(s));
  const expertNodes = new Set(expert.nodes);
  const expertEdges = new Set(expert.edges);
  const ids = new Set(s.nodes.map((n) => n.id));
  const nodes: CaseGraphNode[] = s.nodes.map((n) => {
    const node: CaseGraphNode = {
      id: n.id,
      title: n.title,
      kind: n.type,
      step: n.type === 'ending' ? 0 : n.step,
      onExpertPath: expertNodes.has(n.id),
    };
    if (n.type === 'ending') {
      node.outcome = n.outcome;
      node.outcomeLabel = OUTCOME_LABELS[n.outcome];
    }
    return node;
  });
  const edges: CaseGraphEdge[] = [];
  const seen = new Set<string>();
  for (const n of s.nodes) {
    for (const to of successors(n)) {
      const key = edgeKey(n.id, to);
      if (seen.has(key) || !ids.has(to)) continue;
      seen.add(key);
      edges.push({ key, from: n.id, to, onExpertPath: expertEdges.has(key) });
    }
  }
  return { caseId: s.id, title: s.title, nodes, edges, expertPath: [...new Set(expert.nodes)] };
}
