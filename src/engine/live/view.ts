/**
 * What the phones show, made from the trainer's session: the same situation, options,
 * reveal and ending as the projector. Pure; the trainer's page sends the result to the relay
 * after every step (the relay keeps no case text of its own).
 */
import { QUESTIONS } from '../afwegingskader';
import type { LoadedScenario } from '../scenario';
import { availableChoices, currentNode } from '../scenario';
import { currentDecision, currentTally, revealAll, type SessionState } from '../session';
import { buildSessionSummary } from '../session';
import { feedbackAfterVerdict, verdictText } from '../scenario';
import { paragraphs } from '../shared';
import { optionLetter } from '../session';
import { positionLabel, sessionPosition } from './position';
import type { LiveOption, LiveView } from './protocol';

/** The key of the decision on screen: its number and node id (a node can come back later in a case). */
export function decisionKey(session: SessionState): string {
  return `${session.decisions.length}:${session.decisions.at(-1)?.nodeId ?? 'start'}`;
}

/** The view for the phones; `extraVotes` adds hand-counted votes to the counts at the reveal. */
export function liveView(s: LoadedScenario, session: SessionState | null, now: Date): LiveView {
  if (!session) return { phase: 'wachten', key: 'start', title: s.title };
  if (session.phase === 'einde') {
    const node = currentNode(s, session.play);
    const summary = buildSessionSummary(s, session);
    const group = summary.debrief.ending?.outcomeLabel ?? '';
    const expert = summary.debrief.expertEnding.outcomeLabel;
    return {
      phase: 'einde',
      key: `einde:${session.play.path.length}`,
      title: node.title,
      text: paragraphs(node.type === 'ending' ? node.text : ''),
      outcome: `Uitkomst van de groep: ${group}. Uitkomst van de expert: ${expert}.`,
    };
  }
  const decision = currentDecision(s, session);
  const node = currentNode(s, session.play);
  if (!decision || node.type === 'ending') return { phase: 'wachten', key: `situatie:${session.play.path.length}`, title: node.title };
  const options: LiveOption[] = availableChoices(s, session.play).map((c, i) => ({ id: c.id, letter: optionLetter(i), text: c.text }));
  const key = decisionKey(session);
  const position = positionLabel(sessionPosition(s, session, now));
  if (session.phase === 'feedback') {
    const tally = currentTally(s, session);
    const feedback = revealAll(s, session);
    return {
      phase: 'uitkomst',
      key,
      position,
      title: node.title,
      options,
      reveal: options.map((o, i) => {
        const f = feedback.find((x) => x.choiceId === o.id);
        return {
          id: o.id,
          count: tally?.rows[i]?.count ?? 0,
          verdict: f ? verdictText(f) : '',
          feedback: f ? paragraphs(feedbackAfterVerdict(f.verdict, f.text)) : [],
          ...(f?.critical ? { critical: `${f.critical.explanation} De regel: ${f.critical.view.statement}` } : {}),
        };
      }),
      expertChoiceId: feedback[0]?.expertChoiceId ?? null,
      chosenId: decision.chosen,
    };
  }
  const question = node.type === 'afweging' ? QUESTIONS[node.question] : null;
  return {
    phase: session.phase === 'stemmen' ? 'stemmen' : 'bespreken',
    key,
    position,
    title: node.title,
    text: paragraphs(node.text),
    ...(question ? { question: `Afwegingskader, vraag ${question.number}: ${question.question}` } : {}),
    options,
  };
}
