/** Live voting on the relay: the zod schemas of every incoming message. Never import this from browser code. */
export * from './schemas';
