/** A group session (the trainer's projector view): phases, votes, timer, prompts, summary, handout, checks, wording. */
export * from './model';
export * from './phases';
export * from './votes';
export * from './timer';
export * from './prompts';
export * from './summary';
export * from './markdown';
export * from './validate';
export * from './text';
export * from './live-record';
