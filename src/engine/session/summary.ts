/**
 * The summary of a group session as data, for the end screen and the Markdown handout:
 * per decision the votes, what the group followed (majority, tie, or the trainer's
 * override) and what the expert chooses and why; then the case engine's debrief (the
 * group's afweging answers against the key, critical errors, the expert path) and the notes.
 */
import { QUESTIONS } from '../afwegingskader';
import { buildDebrief, type Debrief } from '../scenario';
import type { LoadedScenario, Verdict } from '../scenario';
import { hasOptions, replayOrThrow, visibleOptions } from '../scenario';
import type { OutcomeMatch } from '../scenario';
import type { FollowReason, SessionDecision, SessionState } from './model';
import { optionLetter, tally } from './votes';

/** One option at a decision, with its votes. */
export interface SummaryOption {
  id: string;
  /** A, B, C … as the room called it. */
  letter: string;
  text: string;
  count: number;
  percent: number;
  expert: boolean;
  chosen: boolean;
}

/** One decision of the session. */
export interface SummaryDecision {
  nodeId: string;
  title: string;
  step: number;
  /** The afwegingskader question at an afweging node. */
  question: { number: number; text: string } | null;
  options: SummaryOption[];
  total: number;
  chosen: SummaryOption;
  reason: FollowReason;
  verdict: Verdict;
  /** The feedback on the option the group followed. */
  feedback: string;
  /** The expert's option and its feedback (the why), when the group followed another. */
  expert: { option: SummaryOption; why: string } | null;
  note: string;
}

/** Everything the summary shows. */
export interface SessionSummary {
  scenarioId: string;
  title: string;
  startedAt: string;
  decisions: SummaryDecision[];
  /** The case engine's debrief with the group as the learner. */
  debrief: Debrief;
  /** Whether the group's outcome is the expert's; null while the case is not finished. */
  outcomeMatch: OutcomeMatch | null;
}

/** Compares outcomes, not ending nodes: two endings may both be "melden". */
function outcomeMatch(debrief: Debrief): OutcomeMatch | null {
  if (!debrief.ending) return null;
  return debrief.ending.outcome === debrief.expertEnding.outcome ? 'zelfde' : 'anders';
}

function followReason(decision: SessionDecision, majority: string | null, tie: boolean, total: number): FollowReason {
  if (total === 0) return 'geen-stemmen';
  if (decision.overridden) return 'trainer';
  if (tie || majority === null) return 'gelijke-stand';
  return 'meerderheid';
}

/** Builds the summary of a session (normally finished); throws ScenarioError when its path does not replay. */
export function buildSessionSummary(s: LoadedScenario, session: SessionState): SessionSummary {
  const decisions: SummaryDecision[] = [];
  let index = 0;
  for (const { entry, node, before: st, feedback } of replayOrThrow(s, session.play.path).steps) {
    const decision = session.decisions[index];
    if (hasOptions(node) && decision) {
      index++;
      const shown = visibleOptions(node, st.vars);
      const result = tally(shown.map((o) => o.id), decision.votes);
      const options = shown.map((o, i) => ({
        id: o.id,
        letter: optionLetter(i),
        text: o.text,
        count: result.rows[i]?.count ?? 0,
        percent: result.rows[i]?.percent ?? 0,
        expert: o.id === feedback.expertChoiceId,
        chosen: o.id === entry.choiceId,
      }));
      const chosen = options.find((o) => o.chosen)!;
      const expertOption = options.find((o) => o.expert && !o.chosen);
      const why = shown.find((o) => o.id === expertOption?.id)?.feedback ?? '';
      decisions.push({
        nodeId: node.id,
        title: node.title,
        step: node.step,
        question: node.type === 'afweging' ? { number: QUESTIONS[node.question].number, text: QUESTIONS[node.question].question } : null,
        options,
        total: result.total,
        chosen,
        reason: followReason(decision, result.majority, result.tie, result.total),
        verdict: feedback.verdict,
        feedback: feedback.text,
        expert: expertOption ? { option: expertOption, why } : null,
        note: decision.note,
      });
    }
  }
  const debrief = buildDebrief(s, session.play);
  return { scenarioId: s.id, title: s.title, startedAt: session.startedAt, decisions, debrief, outcomeMatch: outcomeMatch(debrief) };
}
