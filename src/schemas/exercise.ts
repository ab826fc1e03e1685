import { z } from 'astro/zod';
import { RECORDING_CATEGORIES } from './recording-categories';
import { SOURCE_IDS } from './sources';

/**
 * Practice exercises ("oefeningen"): one YAML file per exercise in
 * content/exercises/<kind>/. Today there is one kind, `vastleggen`: a short
 * situation and statements the learner sorts by the recording rules of the
 * school route (seed 003). The scoring is in src/engine/exercise/recording.ts.
 */

export { RECORDING_CATEGORIES, type RecordingCategory } from './recording-categories';

/** Where the learner works; learning paths pick exercises by this. */
export const EXERCISE_SETTINGS = [
  'school',
  'kinderopvang',
  'geboortezorg',
  'jgz',
  'jongerenwerk',
  'sociaal-team',
  'algemeen',
] as const;

/** A short id: lowercase letters, digits and hyphens. */
const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes');

/** One statement to sort. */
export const recordingStatementSchema = z.object({
  /** Unique within the exercise; answers refer to it. */
  id: idSchema,
  /** The note as someone might write it in the file. */
  text: z.string().min(10),
  /** The right category. */
  answer: z.enum(RECORDING_CATEGORIES),
  /** Why this is the right category, shown after "Controleer". */
  feedback: z.string().min(20),
});

/** A vastleggen exercise file. */
export const recordingExerciseSchema = z
  .object({
    /** The kind of exercise; decides how the page plays it. */
    kind: z.literal('vastleggen'),
    /** Title shown in the list and as the page's h1. */
    title: z.string().min(5),
    /** Where the situation happens. */
    setting: z.enum(EXERCISE_SETTINGS),
    /** One sentence for the list of exercises. */
    summary: z.string().min(10),
    /** The situation, a few short sentences. */
    situation: z.string().min(40),
    /** Order in the list (low first). */
    order: z.number().int().default(0),
    /** The source documents the exercise is written from. */
    sources: z.array(z.enum(SOURCE_IDS)).min(1),
    /** The statements to sort: 6 to 10. */
    statements: z.array(recordingStatementSchema).min(6).max(10),
  })
  .superRefine((exercise, ctx) => {
    const seen = new Set<string>();
    exercise.statements.forEach((statement, index) => {
      if (seen.has(statement.id)) {
        ctx.addIssue({ code: 'custom', path: ['statements', index, 'id'], message: `id "${statement.id}" komt twee keer voor` });
      }
      seen.add(statement.id);
    });
    // Every category at least once, so each exercise practises all four rules.
    for (const category of RECORDING_CATEGORIES) {
      if (!exercise.statements.some((s) => s.answer === category)) {
        ctx.addIssue({ code: 'custom', path: ['statements'], message: `geen uitspraak met antwoord "${category}"` });
      }
    }
  });

/** One statement. */
export type RecordingStatement = z.infer<typeof recordingStatementSchema>;
/** A whole vastleggen exercise file. */
export type RecordingExercise = z.infer<typeof recordingExerciseSchema>;
