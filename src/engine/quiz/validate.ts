/**
 * Checks the question bank like code: every problem names the file and the
 * question id, so a trainer can find it. The build calls `loadQuizBank` and
 * fails on the first bad bank; the unit tests call `validateQuizFiles`.
 */
import { z } from 'astro/zod';
import { type QuizTopicFile, quizQuestionSchema, quizTopicFileSchema } from '../../schemas/quiz';
import type { QuizBank, QuizQuestion } from './attempt';

/** A topic file as loaded: its path (used in messages) and its parsed YAML. */
export interface QuizSourceFile {
  file: string;
  data: unknown;
}

/** The site's routes (`/privacy/toestemming/`), each with the heading ids on that page. */
export type RouteIndex = ReadonlyMap<string, ReadonlySet<string>>;

/** The bank built from the valid parts, and every problem found. */
export interface QuizValidation {
  bank: QuizBank;
  errors: string[];
}

/**
 * Thrown by `loadQuizBank`; the message lists every problem, one per line.
 * (Not named `errors`: Astro treats an `errors` array on a thrown error as nested Error objects.)
 */
export class QuizBankError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`De vragenbank van de privacytoets klopt niet:\n${problems.map((e) => `- ${e}`).join('\n')}`);
    this.name = 'QuizBankError';
  }
}

// The envelope is checked first, so each question can be checked (and named) on its own.
const envelopeSchema = quizTopicFileSchema.extend({ questions: z.array(z.unknown()).min(1, 'een onderwerp heeft minstens één vraag') });
const dutch = { error: z.locales.nl().localeError };

/** The value at `path` inside `data`, to tell a missing field from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** One schema problem in plain Dutch: "veld correct: ontbreekt". */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const field = issue.path.join('.');
  if (issue.code === 'invalid_union' && field === 'kind') return `kind moet single, multiple, true-false of case zijn`;
  const message = valueAt(data, issue.path) === undefined && issue.code === 'invalid_type' ? 'ontbreekt' : issue.message;
  return field ? `veld ${field}: ${message}` : message;
}

/** How a question is named in messages: its id, or its position when the id is missing. */
function questionLabel(raw: unknown, index: number): string {
  const id = valueAt(raw, ['id']);
  return typeof id === 'string' && id !== '' ? `vraag "${id}"` : `vraag nr. ${index + 1} (zonder id)`;
}

/** Problems with the options and right answer of one schema-valid question. */
function answerProblems(q: z.infer<typeof quizQuestionSchema>): string[] {
  if (q.kind === 'true-false') return [];
  const ids = q.options.map((o) => o.id);
  const problems = ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `optie-id "${id}" komt twee keer voor`);
  const right = q.kind === 'multiple' ? q.correct : [q.correct];
  for (const id of right.filter((id) => !ids.includes(id))) problems.push(`het juiste antwoord "${id}" staat niet bij de opties`);
  if (new Set(right).size !== right.length) problems.push('een juist antwoord staat twee keer in correct');
  return problems;
}

/** Why a link is dead, or undefined when the route (and its #anchor) exists. */
export function linkProblem(link: string, routes: RouteIndex): string | undefined {
  const [route = '', anchor] = link.split('#');
  const anchors = routes.get(route);
  if (!anchors) return `dode link ${link}: de pagina ${route} bestaat niet`;
  if (anchor !== undefined && !anchors.has(anchor)) return `dode link ${link}: op ${route} staat geen kop met id "${anchor}"`;
  return undefined;
}

/** Checks one topic file; returns its valid questions and its problems. */
function checkFile(source: QuizSourceFile, routes: RouteIndex): { topic?: QuizTopicFile; questions: QuizQuestion[]; errors: string[] } {
  const errors: string[] = [];
  const envelope = envelopeSchema.safeParse(source.data, dutch);
  if (!envelope.success) {
    const shown = envelope.error.issues.filter((i) => i.path[0] !== 'questions' || i.path.length === 1);
    return { questions: [], errors: shown.map((i) => `${source.file}: ${describeIssue(i, source.data)}`) };
  }
  const { topic, readMore } = envelope.data;
  const readMoreProblem = linkProblem(readMore, routes);
  if (readMoreProblem) errors.push(`${source.file}: readMore: ${readMoreProblem}`);
  const questions: QuizQuestion[] = [];
  envelope.data.questions.forEach((raw, index) => {
    const label = `${source.file}, ${questionLabel(raw, index)}`;
    const parsed = quizQuestionSchema.safeParse(raw, dutch);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((i) => `${label}: ${describeIssue(i, raw)}`));
      return;
    }
    const problems = answerProblems(parsed.data);
    const dead = linkProblem(parsed.data.link, routes);
    if (dead) problems.push(dead);
    errors.push(...problems.map((p) => `${label}: ${p}`));
    if (problems.length === 0) questions.push({ ...parsed.data, topic });
  });
  const file: QuizTopicFile = { ...envelope.data, questions };
  return { topic: file, questions, errors };
}

/** Validates every topic file and the bank as a whole (unique ids and topics, live links). */
export function validateQuizFiles(files: readonly QuizSourceFile[], routes: RouteIndex): QuizValidation {
  const errors: string[] = [];
  const bank: QuizBank = { topics: [], questions: [] };
  const questionFile = new Map<string, string>();
  const topicFile = new Map<string, string>();
  for (const source of files) {
    const result = checkFile(source, routes);
    errors.push(...result.errors);
    if (result.topic) {
      const { topic, title, readMore } = result.topic;
      const other = topicFile.get(topic);
      if (other) errors.push(`${source.file}: onderwerp "${topic}" staat ook in ${other}`);
      else {
        topicFile.set(topic, source.file);
        bank.topics.push({ id: topic, title, readMore });
      }
    }
    for (const q of result.questions) {
      const other = questionFile.get(q.id);
      if (other) errors.push(`${source.file}, vraag "${q.id}": dit id staat ook in ${other}; elk id mag maar één keer voorkomen`);
      else {
        questionFile.set(q.id, source.file);
        bank.questions.push(q);
      }
    }
  }
  if (files.length === 0) errors.push('content/quiz: er zijn geen vragenbestanden gevonden');
  const order = new Map(files.map((f) => [valueAt(f.data, ['topic']), Number(valueAt(f.data, ['order']))]));
  bank.topics.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) || a.id.localeCompare(b.id));
  return { bank, errors };
}

/** The validated bank; throws a QuizBankError listing every problem (this fails the build). */
export function loadQuizBank(files: readonly QuizSourceFile[], routes: RouteIndex): QuizBank {
  const { bank, errors } = validateQuizFiles(files, routes);
  if (errors.length > 0) throw new QuizBankError(errors);
  return bank;
}
