/**
 * Small pure helpers of the case player: what saved progress offers when the page
 * opens, replaying a saved path, and the texts of options. No DOM, no storage writes:
 * CasePlayer.svelte calls these and does the saving.
 */
import { isValidState, replay } from '~/engine/scenario';
import type { LoadedScenario, PathEntry, PlayState } from '~/engine/scenario';
import type { BestResult, CaseProgress } from '~/stores/case-progress';

/** What the start panel can offer, read from the stored progress of this case. */
export interface StartOffer {
  /** A run in progress that still fits the case. */
  resume: PlayState | null;
  /** The last finished run, replayed, to show its debrief again. */
  last: PlayState | null;
  best: BestResult | null;
  /** True when a saved run in progress no longer fits the case (and should be dropped). */
  discarded: boolean;
}

/** The state a stored path replays to; null when the path is stale (no longer fits the case). */
function replayedState(s: LoadedScenario, path: readonly PathEntry[]): PlayState | null {
  const result = replay(s, path);
  return result.fits ? result.state : null;
}

/** Reads stored progress into what the start panel offers; never throws. */
export function startOffer(s: LoadedScenario, progress: CaseProgress | undefined): StartOffer {
  if (!progress) return { resume: null, last: null, best: null, discarded: false };
  const saved = progress.current;
  const fits = saved !== null && isValidState(s, saved) && !saved.finished;
  const last = progress.finished && progress.lastPath.length > 0 ? replayedState(s, progress.lastPath) : null;
  return {
    resume: fits ? saved : null,
    last: last?.finished ? last : null,
    best: progress.best,
    discarded: saved !== null && !fits,
  };
}

/** The text of an option of a node (or "Verder"), for "Jouw keuze" and the expert's choice. */
export function optionText(s: LoadedScenario, nodeId: string, choiceId: string | null): string | null {
  if (choiceId === null) return null;
  const node = s.nodes.find((n) => n.id === nodeId);
  if (!node || (node.type !== 'choice' && node.type !== 'afweging')) return choiceId === 'verder' ? 'Verder' : null;
  return node.options.find((o) => o.id === choiceId)?.text ?? null;
}

/** Number variables the case declares, with their current value: shown as a quiet meter. */
export function numberMeters(s: LoadedScenario, st: PlayState): { name: string; label: string; value: number; min: number; max: number }[] {
  const meters = [];
  for (const [name, v] of Object.entries(s.state)) {
    if (v.type !== 'number') continue;
    const value = st.vars[name];
    meters.push({ name, label: v.label, value: typeof value === 'number' ? value : v.initial, min: v.min, max: v.max });
  }
  return meters;
}
