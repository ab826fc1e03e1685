/**
 * The session summary as a Markdown file for the casusbespreking report. Every piece of
 * text is escaped: the trainer's notes are free text, and a note like `<img onerror=…>`
 * must stay text in whatever Markdown viewer opens the file, never become HTML or a link.
 * The date comes from an injected clock, so the output is deterministic.
 */
import type { LoadedScenario } from '../scenario';
import type { SessionState } from './model';
import { buildSessionSummary, type SessionSummary, type SummaryDecision } from './summary';
import { dutchDate, isoDay } from '../shared';
import { AFWEGING_WORDS, OUTCOME_MATCH_LABELS, afwegingColumns, afwegingQuestionLabel, answerWord } from '../scenario';
import { FOLLOW_LABELS, verdictLine, votesLabel } from './text';
import { liveLine, type LiveRecord } from './live-record';

// Characters that start Markdown syntax or raw HTML anywhere in a line (CommonMark allows a backslash before each).
// `@` is among them so that no GFM e-mail autolink (`naam@voorbeeld.nl`) can form.
const INLINE_SYNTAX = /[\\`*_{}[\]<>#|~&!@]/g;
// Line starts that would make a list, heading underline or numbered list.
const LINE_START = /^(\s*)([-+=]|\d+[.)])/;
// A URI scheme right before its colon (`javascript:`, `data:`, `https:`, `mailto:`): escaping that colon stops
// every GFM and CommonMark autolink, whatever the scheme or its letter case. A colon before a space stays as it is.
const SCHEME_COLON = /([A-Za-z][A-Za-z0-9+.-]*):(?=\S)/g;
// GFM also links a bare `www.` domain.
const WWW_DOT = /(www)\./gi;

/**
 * Escapes text for one line of Markdown (also inside a table cell): no markup, no HTML, no links.
 * The export carries no active link at all: link and image syntax, reference definitions, raw HTML,
 * `<…>` autolinks and GFM's bare URL, `www.` and e-mail autolinks all stay visible text, and encoded
 * variants (`&#106;avascript:`) stay encoded because `&` is escaped too.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return oneLine
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(SCHEME_COLON, '$1\\:')
    .replace(WWW_DOT, '$1\\.')
    .replace(LINE_START, (_m, space: string, mark: string) => `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}`);
}

/** Escapes free text of several lines as a Markdown blockquote, keeping its line breaks. */
export function quoteBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdown(line)}  `))
    .join('\n');
}

/** The file name of the handout: casusbespreking-<slug>-<YYYY-MM-DD>.md. */
export function markdownFileName(scenarioId: string, now: Date): string {
  return `casusbespreking-${scenarioId.replace(/[^a-z0-9-]/g, '')}-${isoDay(now)}.md`;
}

function decisionLines(d: SummaryDecision, n: number, live: LiveRecord | undefined): string[] {
  const e = escapeMarkdown;
  const lines = [`### ${n}. ${e(d.title)} (stap ${d.step})`, ''];
  if (d.question) lines.push(`Afwegingskader, vraag ${d.question.number}: ${e(d.question.text)}`, '');
  lines.push('| Keuze | Stemmen | Deel |', '| --- | ---: | ---: |');
  for (const o of d.options) {
    const marks = [o.chosen ? 'groep volgt' : '', o.expert ? 'expert' : ''].filter(Boolean).join(', ');
    lines.push(`| ${o.letter}. ${e(o.text)}${marks ? ` (${marks})` : ''} | ${o.count} | ${o.percent}% |`);
  }
  const liveText = liveLine(live, n - 1);
  lines.push('', ...(liveText ? [`- ${liveText}`] : []), `- De groep volgde **${d.chosen.letter}** (${FOLLOW_LABELS[d.reason]}; ${votesLabel(d.total)} in totaal).`);
  const verdict = verdictLine(d.verdict, d.feedback);
  lines.push(`- Oordeel: **${e(verdict.verdict)}**${verdict.rest ? ` ${e(verdict.rest)}` : ''}`);
  if (d.expert) lines.push(`- De expert kiest **${d.expert.option.letter}**: ${e(d.expert.option.text)}`, `  Waarom: ${e(d.expert.why)}`);
  else lines.push('- De expert kiest hetzelfde.');
  if (d.note.trim() !== '') lines.push('', 'Notitie van de trainer:', '', quoteBlock(d.note));
  return [...lines, ''];
}

function afwegingLines(summary: SessionSummary): string[] {
  const e = escapeMarkdown;
  const moments = summary.debrief.moments;
  if (moments.length === 0) return [];
  const columns = afwegingColumns('group');
  const head = [`| ${columns.join(' | ')} |`, `|${columns.map(() => ' --- |').join('')}`];
  const lines = ['## Het afwegingskader', ''];
  for (const m of moments) {
    lines.push(`### ${e(m.label)}`, '', ...head);
    for (const q of m.questions) lines.push(`| ${afwegingQuestionLabel(q.number)}: ${e(q.text)} | ${answerWord(q.answer)} | ${answerWord(q.expected)} |`);
    lines.push('');
    if (m.learner) lines.push(`${AFWEGING_WORDS.group.decision(`**${e(m.learner.outcomeLabel)}**`)} ${e(m.learner.explanation)}`);
    else lines.push(AFWEGING_WORDS.group.notReached);
    if (!m.sameOutcome) lines.push('', `Op de antwoorden van de expert: **${e(m.expert.outcomeLabel)}**. ${e(m.expert.explanation)}`);
    lines.push('');
  }
  return lines;
}

function criticalLines(summary: SessionSummary): string[] {
  const errors = summary.debrief.criticalErrors;
  if (errors.length === 0) return [];
  const e = escapeMarkdown;
  const line = (c: (typeof errors)[number]) =>
    `- **Kritieke fout: ${e(c.label)}.** ${e(c.explanation)} De regel: ${e(c.rule)} (${e(c.view.kindLabel)}. ${e(c.view.sourceLine)})`;
  return ['## Kritieke fouten', '', ...errors.map(line), ''];
}

function expertPathLines(summary: SessionSummary): string[] {
  const steps = summary.debrief.expertPath.map(
    (x, i) => `${i + 1}. ${escapeMarkdown(x.title)} – ${escapeMarkdown(x.choiceText)}${x.visitedByLearner ? '' : ' (hier kwam de groep niet)'}`,
  );
  return ['## Het pad van de expert', '', ...steps, ''];
}

/** The whole handout as Markdown text, with its file name; `now` dates the file. */
/** `live`: the counts of the decisions voted live (src/stores/live-host.ts), if any. */
export function sessionMarkdown(s: LoadedScenario, session: SessionState, now: Date, live?: LiveRecord): { fileName: string; text: string } {
  const summary = buildSessionSummary(s, session);
  const { ending, expertEnding } = summary.debrief;
  const match = summary.outcomeMatch;
  const e = escapeMarkdown;
  const head = [
    `# Groepssessie: ${e(s.title)}`,
    '',
    `- Datum: ${dutchDate(new Date(session.startedAt))}`,
    `- Rol in de casus: ${e(s.role)}`,
    `- Uitkomst van de groep: ${ending ? `**${e(ending.outcomeLabel)}** (${e(ending.title)})` : 'niet afgerond'}`,
    `- Uitkomst van de expert: **${e(expertEnding.outcomeLabel)}**`,
    ...(match ? [`- ${OUTCOME_MATCH_LABELS[match]}`] : []),
    `- Aantal beslissingen: ${summary.decisions.length}`,
    '',
    '## De beslissingen van de groep',
    '',
  ];
  const body = summary.decisions.flatMap((d, i) => decisionLines(d, i + 1, live));
  const foot = [
    '---',
    '',
    `Gemaakt met Veilig Handelen op ${dutchDate(now)}. Er staan geen namen van deelnemers in. De casus is verzonnen.`,
    '',
  ];
  const text = [...head, ...body, ...afwegingLines(summary), ...criticalLines(summary), ...expertPathLines(summary), ...foot].join('\n');
  return { fileName: markdownFileName(s.id, now), text };
}
