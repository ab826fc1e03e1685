/**
 * How a statement belongs in the file (or not), following the recording rules.
 *
 * Kept apart from `exercise.ts` on purpose: this module has no zod import, so the browser code of the
 * vastleggen exercise can use the categories without bundling zod (zod's `new Function` probe is a CSP
 * violation under the site's policy).
 */
export const RECORDING_CATEGORIES = ['feit', 'hypothese', 'derden', 'hoort-niet'] as const;

/** One of the four categories. */
export type RecordingCategory = (typeof RECORDING_CATEGORIES)[number];
