/**
 * The rule catalogue (content/rules.yaml) inside the engine: the lookups cases and tools
 * use, and the Dutch labels of a rule's kind and source. Browser-safe: parsing the YAML
 * with its zod schema lives in rules-parse.ts, so neither yaml nor zod reaches an island
 * (zod's Function probe would also break the CSP).
 */
import type { Rule, RuleKind } from '../../schemas/rule';
import { SOURCES } from '../../schemas/sources';

export type { Rule, RuleKind } from '../../schemas/rule';

/** Dutch label of each kind, shown with every rule. */
export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  regel: 'Regel uit de Meldcode of de wet',
  'goede-praktijk': 'Goede praktijk (staat niet zo in de bronnen)',
};

/** The rule with this id in a list of rules (the catalogue, or the rules a loaded case carries). */
export function ruleById(rules: readonly Rule[], id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

/** A rule as the learner sees it next to a critical error or a flag. */
export interface RuleView {
  id: string;
  /** The breach, shown after "Kritieke fout:". */
  title: string;
  /** The rule itself. */
  statement: string;
  kind: RuleKind;
  /** "Regel uit de Meldcode of de wet" or "Goede praktijk (staat niet zo in de bronnen)". */
  kindLabel: string;
  /** Each source as "<short title>, <section>". */
  sources: string[];
  /** "Bron: …" line, all sources joined. */
  sourceLine: string;
  ref: string;
}

/** The view of a rule; an unknown id (which the build prevents) gives a plain fallback, never a throw. */
export function ruleView(rules: readonly Rule[], id: string): RuleView {
  const rule = ruleById(rules, id);
  if (!rule) return { id, title: id, statement: '', kind: 'regel', kindLabel: '', sources: [], sourceLine: '', ref: '/regels/' };
  const sources = rule.sources.map((s) => `${SOURCES[s.source].short}, ${s.section}`);
  return {
    id,
    title: rule.title,
    statement: rule.statement,
    kind: rule.kind,
    kindLabel: RULE_KIND_LABELS[rule.kind],
    sources,
    sourceLine: sources.length > 0 ? `Bron: ${sources.join('; ')}.` : '',
    ref: rule.ref,
  };
}
