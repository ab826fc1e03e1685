/**
 * The Dutch words of a group session, shared by the projector view and the Markdown
 * handout so both say the same thing. Dates are written in Dutch from an injected time.
 */
import { VERDICT_LABELS, verdictOpening, type Verdict } from '../scenario';
import type { FollowReason, SessionPhase } from './model';

/** The verdict and the feedback on it, split so the verdict can be bold and is said only once. */
export interface VerdictLine {
  /** The verdict as it opens the line, e.g. "Goed." (bold on screen and in Markdown). */
  verdict: string;
  /** The feedback after it; may be empty. */
  rest: string;
}

/**
 * "Oordeel: Goed. <feedback>" without saying the verdict twice: feedback in the case
 * files often begins with it already ("Goed. Je luistert…", "Goed dat je…"). Then that
 * opening is the verdict; otherwise the label goes first, followed by a full stop.
 */
export function verdictLine(verdict: Verdict, feedback: string): VerdictLine {
  const text = feedback.trim();
  const opening = verdictOpening(verdict, text);
  if (opening !== null) return { verdict: opening, rest: text.slice(opening.length).trim() };
  return { verdict: `${VERDICT_LABELS[verdict]}.`, rest: text };
}

/** What each phase is called on screen. */
export const PHASE_LABELS: Record<SessionPhase, string> = {
  situatie: 'De situatie',
  stemmen: 'Stemmen',
  feedback: 'De uitkomst',
  einde: 'Einde',
};

/** Why the group followed the option it did. */
export const FOLLOW_LABELS: Record<FollowReason, string> = {
  meerderheid: 'de meeste stemmen',
  'gelijke-stand': 'gelijke stand, de trainer koos',
  trainer: 'de trainer koos een ander pad om dat te verkennen',
  'geen-stemmen': 'er werd niet gestemd, de trainer koos',
};

/** "1 stem" / "3 stemmen". */
export function votesLabel(count: number): string {
  return count === 1 ? '1 stem' : `${count} stemmen`;
}

