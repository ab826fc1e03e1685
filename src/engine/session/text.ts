/**
 * The Dutch words of a group session, shared by the projector view and the Markdown
 * handout so both say the same thing. Dates are written in Dutch from an injected time.
 */
import { VERDICT_LABELS, type Verdict } from '../scenario';
import type { FollowReason, SessionPhase } from './model';

/** The verdict and the feedback on it, split so the verdict can be bold and is said only once. */
export interface VerdictLine {
  /** The verdict as it opens the line, e.g. "Goed." (bold on screen and in Markdown). */
  verdict: string;
  /** The feedback after it; may be empty. */
  rest: string;
}

/** The opening of `feedback` when it is the verdict label itself (whole words), with the punctuation after it. */
function verdictOpening(verdict: Verdict, feedback: string): string | null {
  const label = VERDICT_LABELS[verdict].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${label}(?![\\p{L}\\p{N}])[.!:;,]?`, 'iu').exec(feedback)?.[0] ?? null;
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

/**
 * The feedback under a verdict that is shown on its own line: without an opening sentence
 * that only repeats it ("Goed. Je luistert…" under "Goed" becomes "Je luistert…").
 * An opening that goes on ("Goed dat je…") is kept whole.
 */
export function feedbackAfterVerdict(verdict: Verdict, feedback: string): string {
  const text = feedback.trim();
  const opening = verdictOpening(verdict, text);
  const rest = opening === null ? '' : text.slice(opening.length).trim();
  return opening !== null && /[.!]$/.test(opening) && rest !== '' ? rest : text;
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

