/** Privacy: who must consent, and the advice on sharing information (share-advice/). */
export * from './consent';
export * from './share-advice';
