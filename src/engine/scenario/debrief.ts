/**
 * The debrief of a run as data: the learner's path laid over the expert path, per
 * afweging moment what the afwegingskader decides on the learner's own answers and on
 * the key, the critical errors with their reasons, and the reference pages for each point.
 * Components only render this; all Dutch wording that is not in the case file is made here.
 */
import { decide, QUESTION_ORDER, type Decision } from '../afwegingskader';
import { explainDecision, OUTCOME_LABELS, QUESTIONS } from '../afwegingskader';
import type { Feedback, LoadedScenario, PlayState, ScenarioNode, Verdict } from './model';
import { routeOf, type CaseRoute } from './case-graph';
import { optionPoints } from './scoring/max-score';
import { getNode, hasOptions, keyAnswers, momentContext, visibleOptions } from './nodes';
import { expertRun } from './play';
import { replayOrThrow } from './replay';
import { OUTCOME_MATCH_LABELS } from './text';
import { questionResults, scoreRun, type CriticalError, type QuestionResult, type RunScore } from './scoring/score';

/** One question at one moment: the learner's answer against the key, with the question's reference. */
export interface DebriefQuestion extends QuestionResult {
  number: number;
  /** The question in Dutch. */
  text: string;
  href: string;
}

/** What the afwegingskader decides on a set of answers, in Dutch. */
export interface DebriefDecision {
  decision: Decision;
  /** e.g. "Melden bij Veilig Thuis". */
  outcomeLabel: string;
  explanation: string;
}

/** One afweging moment: the questions, and the decision on the learner's answers and on the key. */
export interface DebriefMoment {
  moment: string;
  label: string;
  /** True when this walk is made while a report to Veilig Thuis already stands (`context: melding-staat`). */
  meldingStaat: boolean;
  questions: DebriefQuestion[];
  /** decide() on the learner's own answers; null when the learner did not reach this moment. */
  learner: DebriefDecision | null;
  /** "Op jouw antwoorden zou het afwegingskader besluiten: …" (empty when not reached). */
  learnerSentence: string;
  expert: DebriefDecision;
  /** True when both decisions have the same outcome. */
  sameOutcome: boolean;
}

/** One choice the learner made, with the expert's choice where it differs. */
export interface DebriefStep {
  nodeId: string;
  title: string;
  /** Meldcode step of the node. */
  step: number;
  choiceId: string;
  choiceText: string;
  feedback: string;
  verdict: Verdict;
  /** Points earned here (0 on a second visit: a node scores once). */
  points: number;
  /** The most this node offered at that moment. */
  maxPoints: number;
  revisit: boolean;
  /** Set when the expert would have chosen differently. */
  expert?: { choiceId: string; text: string; feedback: string };
  critical?: CriticalError;
  refs: string[];
}

/** A step of the expert path, marked when the learner was there too. */
export interface ExpertStep {
  nodeId: string;
  title: string;
  choiceId: string;
  choiceText: string;
  feedback: string;
  visitedByLearner: boolean;
}

/** The learner's ending against the expert's: the box at the end of a case is coloured and labelled by this. */
export interface DebriefOutcome {
  outcome: string;
  /** e.g. "Uitkomst: Afsluiten". */
  heading: string;
  /** True when the learner's ending has the same outcome as the expert's. */
  matchesExpert: boolean;
  /** "Dezelfde uitkomst als de expert" or "Een andere uitkomst dan de expert". */
  verdict: string;
  /** On a different outcome: "De expert komt uit bij: Melden bij Veilig Thuis."; empty when they match. */
  expertSentence: string;
}

/** Everything the debrief screen shows. */
export interface Debrief {
  scenarioId: string;
  finished: boolean;
  ending: { nodeId: string; title: string; text: string; outcome: string; outcomeLabel: string } | null;
  expertEnding: { nodeId: string; title: string; outcome: string; outcomeLabel: string };
  /** The learner's outcome against the expert's; null while the run is not finished. */
  outcome: DebriefOutcome | null;
  score: RunScore;
  moments: DebriefMoment[];
  path: DebriefStep[];
  expertPath: ExpertStep[];
  criticalErrors: CriticalError[];
  /** The nodes and edges the learner passed, to mark on the case map. */
  route: CaseRoute;
  /** Every reference page named anywhere in this debrief, once. */
  refs: string[];
}

function describe(decision: Decision): DebriefDecision {
  return { decision, outcomeLabel: OUTCOME_LABELS[decision.outcome], explanation: explainDecision(decision) };
}

function questionOf(r: QuestionResult): DebriefQuestion {
  const q = QUESTIONS[r.question];
  return { ...r, number: q.number, text: q.question, href: q.href };
}

function buildMoments(s: LoadedScenario, st: PlayState, expert: PlayState): DebriefMoment[] {
  const results = questionResults(s, st);
  return s.expertKey
    .filter((m) => st.answers[m.moment] !== undefined || expert.answers[m.moment] !== undefined)
    .map((m) => {
      const given = st.answers[m.moment];
      const key = keyAnswers(s, m.moment);
      const context = momentContext(s, m.moment);
      const learner = given ? describe(decide(given, context)) : null;
      const expertDecision = describe(decide(key, context));
      // Not reached by the learner: show the key's questions, unanswered.
      const questions = given
        ? results.filter((r) => r.moment === m.moment).map(questionOf)
        : QUESTION_ORDER.filter((q) => key[q] !== undefined).map((question) =>
            questionOf({ moment: m.moment, question, answer: undefined, expected: key[question], matches: false }),
          );
      const learnerSentence = learner ? `Op jouw antwoorden zou het afwegingskader besluiten: ${learner.outcomeLabel}.` : '';
      const sameOutcome = learner?.decision.outcome === expertDecision.decision.outcome;
      return { moment: m.moment, label: m.label ?? m.moment, meldingStaat: context.meldingStaat === true, questions, learner, learnerSentence, expert: expertDecision, sameOutcome };
    });
}

function optionText(node: ScenarioNode, id: string): { text: string; feedback: string; refs: string[] } {
  const option = hasOptions(node) ? node.options.find((o) => o.id === id) : undefined;
  return { text: option?.text ?? '', feedback: option?.feedback ?? '', refs: option?.refs ?? [] };
}

function buildPath(s: LoadedScenario, st: PlayState, critical: CriticalError[]): DebriefStep[] {
  const steps: DebriefStep[] = [];
  const seen = new Set<string>();
  for (const { node, before, feedback } of replayOrThrow(s, st.path).steps) {
    if (!hasOptions(node)) continue;
    const revisit = seen.has(node.id);
    seen.add(node.id);
    steps.push(pathStep(s, node, before, feedback, revisit, critical));
  }
  return steps;
}

/** The refs of the chosen (and expert) option; at an afweging node also the question's section; otherwise at least the Meldcode step's page. */
function refsFor(node: ScenarioNode, own: string[]): string[] {
  if (node.type === 'afweging') return [...new Set([...own, QUESTIONS[node.question].href])];
  if (own.length > 0 || node.type === 'ending') return [...new Set(own)];
  return [`/handelingswijzer/stap-${node.step}/`];
}

function pathStep(s: LoadedScenario, node: ScenarioNode, before: PlayState, fb: Feedback, revisit: boolean, critical: CriticalError[]): DebriefStep {
  const options = hasOptions(node) ? visibleOptions(node, before.vars) : [];
  const result: DebriefStep = {
    nodeId: node.id,
    title: node.title,
    step: node.type === 'ending' ? 0 : node.step,
    choiceId: fb.choiceId,
    choiceText: optionText(node, fb.choiceId).text,
    feedback: fb.text,
    verdict: fb.verdict,
    points: revisit ? 0 : optionPoints(s, node, fb.choiceId),
    maxPoints: revisit ? 0 : Math.max(0, ...options.map((o) => optionPoints(s, node, o.id))),
    revisit,
    refs: refsFor(node, fb.refs),
  };
  if (fb.expertChoiceId !== null && fb.expertChoiceId !== fb.choiceId) {
    const expert = optionText(node, fb.expertChoiceId);
    result.expert = { choiceId: fb.expertChoiceId, text: expert.text, feedback: expert.feedback };
    result.refs = refsFor(node, [...fb.refs, ...expert.refs]);
  }
  const error = critical.find((c) => c.nodeId === node.id && c.choiceId === fb.choiceId);
  if (error) result.critical = error;
  return result;
}

function buildExpertPath(s: LoadedScenario, expert: PlayState, visited: ReadonlySet<string>): ExpertStep[] {
  return expert.path.flatMap((entry) => {
    const node = getNode(s, entry.nodeId);
    if (!hasOptions(node)) return [];
    const { text, feedback } = optionText(node, entry.choiceId);
    return [{ nodeId: node.id, title: node.title, choiceId: entry.choiceId, choiceText: text, feedback, visitedByLearner: visited.has(node.id) }];
  });
}

function endingOf(s: LoadedScenario, nodeId: string) {
  const node = getNode(s, nodeId);
  if (node.type !== 'ending') return null;
  return { nodeId, title: node.title, text: node.text, outcome: node.outcome, outcomeLabel: OUTCOME_LABELS[node.outcome] };
}

function compareOutcome(own: { outcome: string; outcomeLabel: string }, expert: { outcome: string; outcomeLabel: string }): DebriefOutcome {
  const matchesExpert = own.outcome === expert.outcome;
  return {
    outcome: own.outcome,
    heading: `Uitkomst: ${own.outcomeLabel}`,
    matchesExpert,
    verdict: OUTCOME_MATCH_LABELS[matchesExpert ? 'zelfde' : 'anders'],
    expertSentence: matchesExpert ? '' : `De expert komt uit bij: ${expert.outcomeLabel}.`,
  };
}

/** Builds the debrief of a run (usually finished); throws ScenarioError when the path does not replay. */
export function buildDebrief(s: LoadedScenario, st: PlayState): Debrief {
  const score = scoreRun(s, st);
  const expert = expertRun(s);
  const expertEnding = endingOf(s, expert.nodeId)!;
  const path = buildPath(s, st, score.criticalErrors);
  const moments = buildMoments(s, st, expert);
  const refs = [
    ...path.flatMap((p) => p.refs),
    ...moments.flatMap((m) => m.questions.filter((q) => !q.matches).map((q) => q.href)),
    ...score.criticalErrors.flatMap((c) => c.refs),
  ];
  const ending = st.finished ? endingOf(s, st.nodeId) : null;
  return {
    scenarioId: s.id,
    finished: st.finished,
    ending,
    expertEnding,
    outcome: ending ? compareOutcome(ending, expertEnding) : null,
    score,
    moments,
    path,
    expertPath: buildExpertPath(s, expert, new Set(st.path.map((p) => p.nodeId))),
    criticalErrors: score.criticalErrors,
    route: routeOf(st),
    refs: [...new Set(refs)],
  };
}
