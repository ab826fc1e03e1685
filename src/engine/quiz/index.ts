/** The privacy test (quiz): drawing and answering an attempt, and scoring it. Checking the bank is in ./server.ts. */
export * from './attempt';
export * from './score';
