import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { buildSearchData, type StoredDoc } from '../../../src/engine/search/build-index';
import { loadSearchData, search } from '../../../src/engine/search/search';
import { readAllDocs } from '../../../bench/search-content';

// Search must never give away an answer of the privacy test: a quiz result shows its topic and the
// question, framed as a test question, and links to the test. Checked on the index built from the
// real content (the built index is checked end to end in tests/e2e/search.spec.ts).

interface QuizQuestionFile {
  id: string;
  kind: string;
  question: string;
  correct: unknown;
  explanation: string;
  options?: { id: string; text: string }[];
}

const questions: QuizQuestionFile[] = readdirSync('content/quiz')
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parse(readFileSync(join('content/quiz', f), 'utf8')) as { questions: QuizQuestionFile[] }).questions);

/** The texts that give a question's answer away: its explanation and the text of each correct option. */
function answerTexts(q: QuizQuestionFile): string[] {
  const correct = new Set(Array.isArray(q.correct) ? q.correct : [q.correct]);
  const options = (q.options ?? []).filter((o) => correct.has(o.id)).map((o) => o.text);
  return [q.explanation, ...options].map((t) => t.replace(/\s+/g, ' ').trim());
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Every stored quiz document that shows an answer: the problem named per document. */
function leaks(docs: readonly StoredDoc[]): string[] {
  const quizDocs = docs.filter((d) => d.kind === 'quiz');
  const problems: string[] = [];
  for (const d of quizDocs) {
    const shown = `${d.section ?? ''} ${d.text}`;
    if (d.url !== '/privacytest/') problems.push(`${d.text}: links to ${d.url}, not the privacy test`);
    if (!d.text.startsWith('Toetsvraag')) problems.push(`${d.text}: not framed as a test question`);
    if (/(goede|juiste) antwoord is|antwoord: (niet )?waar|\bniet waar\.|klopt( niet)?\./i.test(d.text)) problems.push(`${d.text}: holds a verdict`);
    for (const q of questions) {
      // No explanation appears in any quiz result.
      if (shown.includes(squash(q.explanation))) problems.push(`${d.text}: shows the explanation of ${q.id}`);
      // The result of a question does not show its correct option(s).
      if (d.text.includes(squash(q.question))) {
        for (const answer of answerTexts(q)) if (shown.replace(squash(q.question), '').includes(answer)) problems.push(`${d.text}: shows the answer of ${q.id}`);
      }
    }
  }
  return problems;
}

describe('quiz questions in the search index', () => {
  const data = buildSearchData(readAllDocs());

  test('there is one quiz document per question, and none shows an answer', () => {
    expect(data.docs.filter((d) => d.kind === 'quiz')).toHaveLength(questions.length);
    expect(leaks(data.docs)).toEqual([]);
  });

  test('"leerling vertelt" finds no quiz result with its answer', () => {
    const loaded = loadSearchData(JSON.parse(JSON.stringify(data)));
    const results = search(loaded, 'leerling vertelt').results.map((r) => r.doc);
    expect(leaks(results)).toEqual([]);
  });
});
