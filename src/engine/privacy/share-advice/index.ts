/** "Kan ik delen?": the advice on sharing information, its questions, wording and the dossier note. */
export * from './model';
export * from './advice';
export * from './questions';
export * from './text';
export * from './note';
