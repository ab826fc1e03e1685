/**
 * The Dutch words of a group session, shared by the projector view and the Markdown
 * handout so both say the same thing. Dates are written in Dutch from an injected time.
 */
import type { Verdict } from './scenario/model';
import type { SessionPhase } from './session';
import type { FollowReason } from './session-summary';

/** The verdict on the group's choice, in words (never by colour alone). */
export const GROUP_VERDICT_LABELS: Record<Verdict, string> = {
  goed: 'Goed',
  deels: 'Deels goed',
  'niet-goed': 'Niet goed',
  kritiek: 'Kritieke fout',
  verder: 'Verder',
};

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

/** A date as Dutch words, e.g. "31 januari 2025", in the device's time zone. */
export function dutchDate(time: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(time);
}

/** A date as YYYY-MM-DD in the device's time zone, for file names. */
export function isoDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}
