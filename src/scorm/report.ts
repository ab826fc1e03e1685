/**
 * From what the learner did (a Snapshot) to what the LMS records: new interactions since
 * the last report, the score and the status. Pure and replayable: the case engine replays
 * each path to find every choice's verdict, exactly as the site's own feedback does.
 */
import { QUESTION_ORDER } from '../engine/afwegingskader';
import { correctIds } from '../engine/quiz';
import type { Attempt, QuizBank } from '../engine/quiz';
import { isFullyCorrect, scoreQuestion } from '../engine/quiz';
import type { LoadedScenario, PathEntry } from '../engine/scenario';
import { initialState, step } from '../engine/scenario';
import type { Interaction, Score, Status } from './cmi';
import { moduleKey, type PackageData, type Snapshot } from './package-model';

/** The objective id of an afwegingskader question: `afwegingskader-vraag-1` … `-5`. */
export function questionObjective(question: (typeof QUESTION_ORDER)[number]): string {
  return `afwegingskader-vraag-${QUESTION_ORDER.indexOf(question) + 1}`;
}

/** Interactions for path entries `from` onwards (situations, "Verder", are not choices and are skipped). */
export function caseInteractions(s: LoadedScenario, path: readonly PathEntry[], from = 0): Interaction[] {
  const out: Interaction[] = [];
  let state = initialState(s);
  path.forEach((entry, i) => {
    const { state: next, feedback } = step(s, state, entry.choiceId);
    state = next;
    if (i < from || feedback.verdict === 'verder') return;
    const objectives = feedback.afweging ? [questionObjective(feedback.afweging.question)] : [];
    const parts = [`Meldcode stap ${entry.step}`];
    if (feedback.afweging) parts.push(`afwegingskader vraag ${QUESTION_ORDER.indexOf(feedback.afweging.question) + 1}`);
    if (feedback.critical) parts.push('kritieke fout');
    out.push({
      id: `${s.id}.${entry.nodeId}`,
      response: [entry.choiceId],
      correct: feedback.expertChoiceId ? [feedback.expertChoiceId] : [],
      result: feedback.verdict === 'goed' ? 'correct' : feedback.verdict === 'deels' ? 'partial' : 'wrong',
      objectives,
      description: parts.join(', '),
    });
  });
  return out;
}

/** The interaction of one answered quiz question. */
export function quizInteraction(bank: QuizBank, questionId: string, chosen: readonly string[]): Interaction | null {
  const q = bank.questions.find((x) => x.id === questionId);
  if (!q) return null;
  const points = scoreQuestion(q, chosen);
  return {
    id: `privacytoets.${q.id}`,
    response: [...chosen],
    correct: correctIds(q),
    result: isFullyCorrect(q, chosen) ? 'correct' : points > 0 ? 'partial' : 'wrong',
    objectives: [`privacytoets-${q.topic}`],
    description: `Privacytoets, onderwerp ${q.topic}`,
  };
}

/** The path a case snapshot shows: the run in progress, else the last finished run. */
function visiblePath(c: Snapshot['cases'][string] | undefined): readonly PathEntry[] {
  return c?.current?.path ?? c?.lastPath ?? [];
}

function extends_(prev: readonly PathEntry[], next: readonly PathEntry[]): boolean {
  return prev.length <= next.length && prev.every((e, i) => e.nodeId === next[i]?.nodeId && e.choiceId === next[i]?.choiceId);
}

/**
 * The interactions that are new between two snapshots, in order: the choices a run added,
 * or every choice of a new run (after "opnieuw spelen"), and every newly answered question.
 */
export function newInteractions(data: PackageData, prev: Snapshot, next: Snapshot): Interaction[] {
  const out: Interaction[] = [];
  for (const m of data.modules) {
    if (m.kind === 'case') {
      const before = visiblePath(prev.cases[m.scenario.id]);
      const after = visiblePath(next.cases[m.scenario.id]);
      if (after.length === 0) continue;
      const from = extends_(before, after) ? before.length : 0;
      if (from < after.length) out.push(...caseInteractions(m.scenario, after, from));
    } else {
      const a: Attempt | null | undefined = next.quiz?.attempt;
      if (!a) continue;
      const b = prev.quiz?.attempt;
      const sameTest = !!b && b.questionIds.join() === a.questionIds.join();
      for (const id of a.questionIds) {
        const chosen = a.answers[id];
        if (!chosen || (sameTest && b.answers[id])) continue;
        const i = quizInteraction(m.bank, id, chosen);
        if (i) out.push(i);
      }
    }
  }
  return out;
}

/** Score and status of the package: one module reports its own best result; a path counts passed modules. */
export function packageResult(data: PackageData, snap: Snapshot): { score: Score | null; status: Status } {
  const results = data.modules.map((m) => {
    if (m.kind === 'case') {
      const c = snap.cases[m.scenario.id];
      return { finished: !!c?.finished, best: c?.best ?? null };
    }
    return { finished: !!snap.quiz?.best, best: snap.quiz?.best ?? null };
  });
  const completed = results.length > 0 && results.every((r) => r.finished);
  const passedCount = results.filter((r) => r.best?.passed).length;
  if (data.kind !== 'path') {
    const best = results[0]?.best ?? null;
    const score = best ? { raw: best.score, max: best.max, percent: best.percent } : null;
    return { score, status: { completed, passed: !!best?.passed } };
  }
  const max = results.length;
  const score = { raw: passedCount, max, percent: max > 0 ? Math.floor((passedCount / max) * 100) : 0 };
  return { score, status: { completed, passed: completed && passedCount === max } };
}

/** Module keys in a package, in order. */
export function moduleKeys(data: PackageData): string[] {
  return data.modules.map(moduleKey);
}
