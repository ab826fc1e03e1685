/**
 * The model of a group session: the stored shape (plain JSON) and the words it is made of.
 * Everything else in session/ builds on these types.
 */
import type { PlayState } from '../scenario';

/** Shape version of a stored session; bump it when the shape changes. */
export const SESSION_VERSION = 1;

/** The longest note kept per decision; enough for a page of text, small enough for storage. */
export const MAX_NOTE_LENGTH = 5000;

/** Where the group is at the current node. */
export type SessionPhase = 'situatie' | 'stemmen' | 'feedback' | 'einde';

/** What the group did at one decision. */
export interface SessionDecision {
  nodeId: string;
  /** Hands raised per option id (the options shown at that moment). */
  votes: Record<string, number>;
  /** The option the group follows; null until the votes are revealed (and on a tie until the trainer picks). */
  chosen: string | null;
  /** True when the trainer chose another option than the majority, to explore that path. */
  overridden: boolean;
  /** The trainer's note (free text, kept on this device only). */
  note: string;
  /** When the votes were revealed (ISO time), from the injected clock. */
  revealedAt?: string;
}

/** A whole session; plain JSON. */
export interface SessionState {
  version: typeof SESSION_VERSION;
  scenarioId: string;
  scenarioVersion: number;
  play: PlayState;
  decisions: SessionDecision[];
  phase: SessionPhase;
  /** When the session started (ISO time). */
  startedAt: string;
}

/** Why the session cannot go forward now. */
export type BlockReason = 'kies-eerst' | 'einde';

/** How the group came to the option it followed. */
export type FollowReason = 'meerderheid' | 'gelijke-stand' | 'trainer' | 'geen-stemmen';
