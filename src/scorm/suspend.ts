/**
 * Suspend data: what a package needs to resume, small enough for SCORM 1.2 (4,096 characters).
 * Never a history and never text: per case the node the run is at and its choices as one
 * character each (the option's index at its node, base 36; "0" for "Verder"), plus the best
 * result; for the privacy test the drawn questions, option orders and answers as indices.
 * Decoding replays the choices through the case engine; anything that no longer fits the
 * package (a newer case version, a changed question bank, damaged data) is dropped for that
 * module only, so the learner starts that module again and loses nothing else.
 *
 *   {"v":1,
 *    "c":{"bram-klas-3":{"sv":2,"n":"gesprek-mentor","r":"0102","f":1,"b":[14,18,78,1]}},
 *    "q":{"a":{"q":[3,17],"o":["102","10"],"a":["1",""],"p":1},"b":[12,15,80,1]}}
 */
import { type Attempt, type QuizBank, fitsBank, optionsOf } from '../engine/quiz';
import type { LoadedScenario, PlayState } from '../engine/scenario';
import { currentNode, initialState, step } from '../engine/scenario';
import { isRecord } from '../engine/shared';
import type { BestResult, CaseSnapshot, PackageData, QuizSnapshot, Snapshot } from './package-model';

export const SUSPEND_VERSION = 1;

type BestTuple = [number, number, number, 0 | 1];

interface CaseRecord {
  sv: number;
  n?: string;
  r?: string;
  f?: 1;
  b?: BestTuple;
}

interface QuizRecord {
  a?: { q: number[]; o: string[]; a: string[]; p: number };
  b?: BestTuple;
}

function bestTuple(b: BestResult): BestTuple {
  return [b.score, b.max, b.percent, b.passed ? 1 : 0];
}

function readBest(v: unknown): BestResult | null {
  if (!Array.isArray(v) || v.length !== 4 || !v.slice(0, 3).every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)) return null;
  const [score, max, percent, passed] = v as number[];
  if (passed !== 0 && passed !== 1) return null;
  return { score: score ?? 0, max: max ?? 0, percent: percent ?? 0, passed: passed === 1 };
}

/** The choices of a run as one base-36 character per step. */
export function encodeRun(s: LoadedScenario, state: PlayState): string {
  return state.path
    .map((entry) => {
      const node = s.nodes.find((n) => n.id === entry.nodeId);
      if (!node || node.type === 'situation' || node.type === 'ending') return '0';
      const i = node.options.findIndex((o) => o.id === entry.choiceId);
      if (i < 0 || i > 35) throw new RangeError(`case "${s.id}", node "${node.id}": option "${entry.choiceId}" cannot be encoded`);
      return i.toString(36);
    })
    .join('');
}

/** Replays an encoded run; null when it no longer replays on this case or does not end at `nodeId`. */
export function decodeRun(s: LoadedScenario, run: string, nodeId: string | undefined): PlayState | null {
  try {
    let state = initialState(s);
    for (const ch of run) {
      const node = currentNode(s, state);
      const i = parseInt(ch, 36);
      let choiceId = 'verder';
      if (node.type === 'choice' || node.type === 'afweging') {
        const option = node.options[i];
        if (!option) return null;
        choiceId = option.id;
      } else if (node.type !== 'situation' || i !== 0) return null;
      state = step(s, state, choiceId).state;
    }
    if (nodeId !== undefined && state.nodeId !== nodeId) return null;
    return state.finished ? null : state;
  } catch {
    return null;
  }
}

function encodeAttempt(bank: QuizBank, a: Attempt): NonNullable<QuizRecord['a']> {
  const index = new Map(bank.questions.map((q, i) => [q.id, i]));
  const q = a.questionIds.map((id) => index.get(id) ?? -1);
  const options = (id: string) => {
    const question = bank.questions[index.get(id) ?? -1];
    return question ? optionsOf(question).map((o) => o.id) : [];
  };
  const o = a.questionIds.map((id) => (a.optionOrder[id] ?? []).map((x) => options(id).indexOf(x).toString(36)).join(''));
  const ans = a.questionIds.map((id) => (a.answers[id] ?? []).map((x) => options(id).indexOf(x).toString(36)).join(''));
  return { q, o, a: ans, p: a.position };
}

function decodeAttempt(bank: QuizBank, r: unknown): Attempt | null {
  if (!isRecord(r) || !Array.isArray(r['q']) || !Array.isArray(r['o']) || !Array.isArray(r['a']) || typeof r['p'] !== 'number') return null;
  const qs = r['q'] as unknown[];
  const os = r['o'] as unknown[];
  const as = r['a'] as unknown[];
  if (os.length !== qs.length || as.length !== qs.length) return null;
  const attempt: Attempt = { questionIds: [], optionOrder: {}, answers: {}, position: r['p'] };
  for (let k = 0; k < qs.length; k++) {
    const question = typeof qs[k] === 'number' ? bank.questions[qs[k] as number] : undefined;
    const order = os[k];
    const answer = as[k];
    if (!question || typeof order !== 'string' || typeof answer !== 'string') return null;
    const ids = optionsOf(question).map((o) => o.id);
    const pick = (text: string) => [...text].map((ch) => ids[parseInt(ch, 36)] ?? '');
    attempt.questionIds.push(question.id);
    attempt.optionOrder[question.id] = pick(order);
    if (answer !== '') attempt.answers[question.id] = pick(answer);
  }
  return fitsBank(bank, attempt) ? attempt : null;
}

/** The suspend data of a snapshot. */
export function encodeSuspend(data: PackageData, snap: Snapshot): string {
  const c: Record<string, CaseRecord> = {};
  let q: QuizRecord | undefined;
  for (const m of data.modules) {
    if (m.kind === 'case') {
      const cs = snap.cases[m.scenario.id];
      if (!cs) continue;
      const rec: CaseRecord = { sv: m.scenario.version };
      if (cs.current && !cs.current.finished) {
        rec.n = cs.current.nodeId;
        rec.r = encodeRun(m.scenario, cs.current);
      }
      if (cs.finished) rec.f = 1;
      if (cs.best) rec.b = bestTuple(cs.best);
      c[m.scenario.id] = rec;
    } else if (snap.quiz) {
      q = {};
      if (snap.quiz.attempt) q.a = encodeAttempt(m.bank, snap.quiz.attempt);
      if (snap.quiz.best) q.b = bestTuple(snap.quiz.best);
    }
  }
  return JSON.stringify(q ? { v: SUSPEND_VERSION, c, q } : { v: SUSPEND_VERSION, c });
}

/** An empty snapshot for a package: nothing done yet. */
export function emptySnapshot(data: PackageData): Snapshot {
  return { cases: {}, quiz: data.modules.some((m) => m.kind === 'quiz') ? { attempt: null, best: null } : null };
}

/** Reads suspend data; whatever does not fit the package is left out, module by module. Never throws. */
export function decodeSuspend(data: PackageData, text: string): Snapshot {
  const snap = emptySnapshot(data);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return snap;
  }
  if (!isRecord(parsed) || parsed['v'] !== SUSPEND_VERSION) return snap;
  const cases = isRecord(parsed['c']) ? parsed['c'] : {};
  for (const m of data.modules) {
    if (m.kind === 'case') {
      const rec = cases[m.scenario.id];
      if (!isRecord(rec) || rec['sv'] !== m.scenario.version) continue;
      const current = typeof rec['r'] === 'string' ? decodeRun(m.scenario, rec['r'], typeof rec['n'] === 'string' ? rec['n'] : undefined) : null;
      const best = readBest(rec['b']);
      const cs: CaseSnapshot = { current, lastPath: [], finished: rec['f'] === 1 && best !== null, best };
      snap.cases[m.scenario.id] = cs;
    } else if (isRecord(parsed['q'])) {
      const rec = parsed['q'];
      const quiz: QuizSnapshot = { attempt: decodeAttempt(m.bank, rec['a']), best: readBest(rec['b']) };
      snap.quiz = quiz;
    }
  }
  return snap;
}
