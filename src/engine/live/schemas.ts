/**
 * The zod schemas of the relay's incoming messages (see ./protocol.ts for the types).
 * SERVER ONLY: zod in browser code breaks the CSP. Strings have small maximum lengths so a
 * message can never grow a room's memory much; anything else is refused and counted.
 */
import { z } from 'astro/zod';
import { JOIN_ALPHABET, JOIN_CODE_LENGTH, type HostMessage, type JoinMessage, type VoteMessage } from './protocol';

const code = z.string().length(JOIN_CODE_LENGTH).refine((c) => [...c].every((ch) => JOIN_ALPHABET.includes(ch)));
const id = z.string().min(1).max(80);
const participant = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const token = z.string().regex(/^[A-Za-z0-9_-]{22,128}$/); // 22 base64url characters = 128 bits
const key = z.string().min(1).max(120);
const short = z.string().max(2000);
const long = z.string().max(8000);
const paragraphs = z.array(long).max(40);

const option = z.strictObject({ id, letter: z.string().max(4), text: short });
const revealOption = z.strictObject({
  id,
  count: z.number().int().min(0).max(100_000),
  verdict: z.string().max(200),
  feedback: paragraphs,
  critical: long.optional(),
});

const view = z.discriminatedUnion('phase', [
  z.strictObject({ phase: z.literal('wachten'), key, title: short }),
  z.strictObject({
    phase: z.enum(['bespreken', 'stemmen']),
    key,
    position: z.string().max(200),
    title: short,
    text: paragraphs,
    question: short.optional(),
    options: z.array(option).min(1).max(12),
  }),
  z.strictObject({
    phase: z.literal('uitkomst'),
    key,
    position: z.string().max(200),
    title: short,
    options: z.array(option).min(1).max(12),
    reveal: z.array(revealOption).max(12),
    expertChoiceId: id.nullable(),
    chosenId: id.nullable(),
  }),
  z.strictObject({ phase: z.literal('einde'), key, title: short, text: paragraphs, outcome: long }),
]);

export const hostSchema: z.ZodType<HostMessage> = z.strictObject({ code, token, view });
export const joinSchema: z.ZodType<JoinMessage> = z.strictObject({ code, participant });
export const voteSchema: z.ZodType<VoteMessage> = z.strictObject({ code, participant, key, optionId: id });
