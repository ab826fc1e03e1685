/**
 * The case as the player island gets it: one JSON data block on the page (`<script
 * type="application/json">`, never executed), instead of HTML-escaped island props. Only what
 * playing, scoring and the debrief need goes in: the texts for the page around the player
 * (summary, role, goals, sources) and the trainer's prompts stay out.
 */
import type { LoadedScenario } from '~/engine/scenario';

/** The id of the data block. */
export const CASE_DATA_ID = 'case-data';

/** The JSON for the data block: `<` is escaped, so no text can close the script element. */
export function caseData(s: LoadedScenario): string {
  const { summary: _summary, role: _role, goals: _goals, sources: _sources, ...rest } = s;
  const nodes = rest.nodes.map((n) => {
    const { prompts: _prompts, ...node } = n as typeof n & { prompts?: unknown };
    return node;
  });
  return JSON.stringify({ ...rest, nodes }).replace(/</g, '\\u003c');
}

/** Reads the case from the page; null when the block is missing or not valid JSON. */
export function readCaseData(doc: Document = document): LoadedScenario | null {
  const text = doc.getElementById(CASE_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as LoadedScenario;
  } catch {
    return null;
  }
}
