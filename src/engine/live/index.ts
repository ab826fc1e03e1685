/**
 * Live voting: the messages between the trainer's page, the phones and the relay (plain types),
 * join codes and tokens, the room logic the relay runs, and what the phones are shown. Pure
 * TypeScript. The zod schemas that check every incoming message are in ./server.ts: the relay
 * imports them, the browser never does (zod breaks the CSP there).
 */
export * from './protocol';
export * from './code';
export * from './position';
export * from './view';
export * from './room';
export * from './rate-limit';
