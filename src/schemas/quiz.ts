import { z } from 'astro/zod';

/**
 * The privacy self-test's question bank: one YAML file per topic in
 * content/quiz/. Cross-checks that need more than one question or the site's
 * routes (correct answer among the options, unique ids, live links) are in
 * src/engine/quiz/validate.ts.
 */

/** The kinds of question; `case` is a single choice about a short situation ("Mag je dit delen?"). */
export const QUESTION_KINDS = ['single', 'multiple', 'true-false', 'case'] as const;

/** A lowercase slug: letters, digits and single hyphens. */
const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes, bijvoorbeeld toestemming-12-jaar');

/** A link to a section of the reference: a route with a trailing slash and an optional #anchor. */
export const sectionLinkSchema = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'een link is een route zoals /privacy/toestemming/ of /privacy/toestemming/#toestemming-per-leeftijd');

/** One answer option. */
export const quizOptionSchema = z.object({
  /** Short id, unique within the question (a, b, c …); `correct` refers to it. */
  id: z.string().min(1),
  /** The option as the learner reads it. */
  text: z.string().min(1),
});

/** Fields every question has. */
const questionBase = {
  /** Unique id over the whole bank; results and the saved attempt refer to it. */
  id: slugSchema,
  /** The question (for true-false: the statement to judge). */
  question: z.string().min(5),
  /** Why the right answer is right, shown after answering. */
  explanation: z.string().min(10),
  /** The reference section that covers this, opened by "Lees meer". */
  link: sectionLinkSchema,
};

const options = z.array(quizOptionSchema).min(2, 'een vraag heeft minstens twee opties');

/** One right answer out of the options. */
const singleSchema = z.object({
  kind: z.literal('single'),
  ...questionBase,
  /** The answer options, shown in random order. */
  options,
  /** Id of the right option. */
  correct: z.string().min(1),
});

/** One or more right answers; the learner ticks every one that applies. */
const multipleSchema = z.object({
  kind: z.literal('multiple'),
  ...questionBase,
  /** The answer options, shown in random order. */
  options: z.array(quizOptionSchema).min(3, 'een vraag met meer antwoorden heeft minstens drie opties'),
  /** Ids of all right options. */
  correct: z.array(z.string().min(1)).min(1, 'noem minstens één juist antwoord'),
});

/** A statement that is true or not. */
const trueFalseSchema = z.object({
  kind: z.literal('true-false'),
  ...questionBase,
  /** Whether the statement is true. */
  correct: z.boolean(),
});

/** A short situation followed by a single-choice question. */
const caseSchema = z.object({
  kind: z.literal('case'),
  ...questionBase,
  /** The situation, in a few sentences. */
  case: z.string().min(20),
  /** The answer options, shown in random order. */
  options,
  /** Id of the right option. */
  correct: z.string().min(1),
});

/** One question; the kind decides which fields it has. */
export const quizQuestionSchema = z.discriminatedUnion('kind', [singleSchema, multipleSchema, trueFalseSchema, caseSchema]);

/** A topic file: content/quiz/<topic>.yaml. */
export const quizTopicFileSchema = z.object({
  /** Topic id; scores are reported per topic. */
  topic: slugSchema,
  /** Dutch name of the topic, shown on the result page. */
  title: z.string().min(3),
  /** Position of the topic on the result page (1 first). */
  order: z.number().int().min(1),
  /** The section to read again when this topic goes badly. */
  readMore: sectionLinkSchema,
  /** The questions of this topic. */
  questions: z.array(quizQuestionSchema).min(1, 'een onderwerp heeft minstens één vraag'),
});

/** One answer option. */
export type QuizOption = z.infer<typeof quizOptionSchema>;
/** One question as written in a topic file. */
export type QuizQuestionData = z.infer<typeof quizQuestionSchema>;
/** A whole topic file. */
export type QuizTopicFile = z.infer<typeof quizTopicFileSchema>;
/** The kind of a question. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * What the content collection accepts: any YAML mapping. The full check is
 * `validateQuizFiles` (src/engine/quiz/validate.ts), run when the privacytest
 * page is built, so that every message names both the file and the question id.
 */
export const quizSourceSchema = z.record(z.string(), z.unknown());
