/**
 * The messages between the trainer's page, the participants' phones and the live relay
 * (server/relay.ts), as plain types. The browser imports only this file; the relay checks
 * every incoming message against the zod schemas in ./schemas.ts (server only: zod in the
 * browser breaks the CSP). Everything a participant sees is sent by the trainer's page,
 * which stays the source of truth of the session; the relay only passes it on and counts.
 */

/** Limits of one room and one connection; the relay enforces them, the tests use them too. */
export const LIVE_LIMITS = {
  /** Largest message in bytes (socket.io maxHttpBufferSize): a view with a long feedback text fits. */
  maxPayloadBytes: 64 * 1024,
  /** Participants per room (distinct devices). */
  maxParticipants: 200,
  /** Rooms per relay process. */
  maxRooms: 2000,
  /** A room is forgotten this long after its last activity. */
  roomTtlMs: 4 * 60 * 60 * 1000,
  /** Messages per connection: burst and refill per second. */
  perConnection: { burst: 30, perSecond: 10 },
  /** Join attempts (right or wrong code) per address: burst and refill per second (about 20 a minute). */
  joinsPerAddress: { burst: 20, perSecond: 1 / 3 },
} as const;

/** Length of a join code (characters of JOIN_ALPHABET). */
export const JOIN_CODE_LENGTH = 8;
/** Letters and digits that cannot be mistaken for each other when read from a screen (no 0/O, 1/I/L, 5/S, 2/Z). */
export const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789';

/** One option as the phones show it. */
export interface LiveOption {
  id: string;
  letter: string;
  text: string;
}

/** One option after the reveal: its votes, its verdict and feedback as the projector shows them. */
export interface LiveRevealOption {
  id: string;
  count: number;
  verdict: string;
  feedback: string[];
  /** The rule broken, at a critical error. */
  critical?: string | undefined;
}

/**
 * What the phones show now, set by the trainer's page. `key` names the decision
 * (its number and node id); votes are kept per key, so a vote never counts for another decision.
 */
export type LiveView =
  | { phase: 'wachten'; key: string; title: string }
  | {
      phase: 'bespreken' | 'stemmen';
      key: string;
      /** "Beslissing 3 van 10". */
      position: string;
      title: string;
      text: string[];
      question?: string | undefined;
      options: LiveOption[];
    }
  | {
      phase: 'uitkomst';
      key: string;
      position: string;
      title: string;
      options: LiveOption[];
      reveal: LiveRevealOption[];
      expertChoiceId: string | null;
      chosenId: string | null;
    }
  | { phase: 'einde'; key: string; title: string; text: string[]; outcome: string };

/** Messages from the trainer's page. Every one carries the room's code and its secret token. */
export interface HostMessage {
  code: string;
  /** At least 128 random bits from the trainer's browser, base64url. */
  token: string;
  view: LiveView;
}

/** A participant joins (or rejoins) a room with the anonymous id of the device. */
export interface JoinMessage {
  code: string;
  participant: string;
}

/** A participant votes (or changes the vote) on the open decision. */
export interface VoteMessage {
  code: string;
  participant: string;
  key: string;
  optionId: string;
}

/** The live counts the trainer's page shows: no one's vote, only numbers. */
export interface LiveCounts {
  key: string;
  joined: number;
  voted: number;
  /** Votes per option id of the decision `key`. */
  votes: Record<string, number>;
}

/** What a participant learns on joining: the view, and their own vote on it if any. */
export interface JoinReply {
  ok: true;
  view: LiveView;
  myVote: string | null;
}

/** Why the relay refused a message (in words for the participant where they see it). */
export type LiveRefusal =
  | 'onbekend' // code unknown or expired
  | 'vol' // room full
  | 'te-snel' // rate limit
  | 'ongeldig' // wrong shape, unknown type, too large
  | 'niet-toegestaan' // wrong token: not the trainer
  | 'gesloten' // voting is closed for this decision
  | 'andere-beslissing' // the vote names a decision that is not open
  | 'geen-keuze' // no such option
  | 'niet-aangemeld' // voted without joining
  | 'bezet' // the code is in use by another trainer
  | 'te-veel-kamers';

export interface RefusedReply {
  ok: false;
  error: LiveRefusal;
}

/** Event names on the socket. */
export const LIVE_EVENTS = {
  host: 'host',
  join: 'join',
  vote: 'vote',
  /** Relay → phones: the view changed. */
  view: 'view',
  /** Relay → trainer: the counts changed. */
  counts: 'counts',
} as const;

/** The path of the relay's health check (under the site's base path): JSON `{ "live": true }`. */
export const LIVE_HEALTH_PATH = '/live/health';
/** The socket.io path (under the site's base path). */
export const LIVE_SOCKET_PATH = '/live/socket.io/';

/** What a participant reads for a refusal. */
export const REFUSAL_TEXT: Record<LiveRefusal, string> = {
  onbekend: 'Code onbekend of verlopen. Kijk of je de code goed hebt overgenomen.',
  vol: 'Deze sessie is vol. Stem met je hand mee.',
  'te-snel': 'Even wachten: te veel pogingen achter elkaar. Probeer het over een minuut opnieuw.',
  ongeldig: 'Dit bericht kon de server niet lezen.',
  'niet-toegestaan': 'Alleen de trainer kan de sessie besturen.',
  gesloten: 'Het stemmen is gesloten. Je stem telt niet meer mee.',
  'andere-beslissing': 'Deze vraag is niet meer open. Kijk op het scherm welke vraag nu open staat.',
  'geen-keuze': 'Deze keuze bestaat niet.',
  'niet-aangemeld': 'Je bent niet aangemeld. Laad de pagina opnieuw.',
  bezet: 'Deze code is al in gebruik.',
  'te-veel-kamers': 'De server is vol. Tel de handen.',
};
