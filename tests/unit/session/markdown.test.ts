import { describe, expect, test } from 'vitest';
import { chooseOption, advance, setNote, setVotes, startSession } from '~/engine/session';
import { escapeMarkdown, markdownFileName, quoteBlock, sessionMarkdown } from '~/engine/session/markdown';
import { buildSessionSummary } from '~/engine/session/summary';
import { at, kleineCasus, playByVotes } from '../support/session-fixture';

// `marked` is in node_modules as a dependency of a dev tool, not of this project: when it
// is there, the handout is also rendered by a real Markdown parser to prove no HTML gets through.
const marked = await import('marked').catch(() => null);

const s = kleineCasus();
const XSS = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert("x")</script>';
const expertRounds = [{ feiten: 8, mening: 2 }, { collega: 6, delen: 1 }, { open: 7 }, { ja: 9 }, { nee: 5, ja: 4 }, { ja: 9 }, { ja: 9 }];

/** A whole session along the expert path, with notes on the first two decisions. */
function finished() {
  let st = startSession(s, at());
  st = advance(s, st, at(1));
  st = setNote(st, 0, `${XSS}\n${SCRIPT}\n\n- geen lijst\n# geen kop\n[link](javascript:alert(1))`);
  st = playByVotes(s, expertRounds.slice(0, 1), st);
  st = setNote(st, 1, 'Collega twijfelt | over *melden*');
  return playByVotes(s, expertRounds.slice(1), st);
}

/** True when some `<` in the text is not escaped with a backslash. */
const rawAngle = (text: string) => /(^|[^\\])</m.test(text);

describe('escaping for Markdown', () => {
  test('turns HTML and Markdown syntax into escaped text', () => {
    expect(escapeMarkdown(XSS)).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('*vet* _schuin_ [a](b) `code` a|b')).toBe('\\*vet\\* \\_schuin\\_ \\[a\\](b) \\`code\\` a\\|b');
    expect(escapeMarkdown('# kop')).toBe('\\# kop');
    expect(escapeMarkdown('- lijst')).toBe('\\- lijst');
    expect(escapeMarkdown('12. lijst')).toBe('12\\. lijst');
    expect(escapeMarkdown('&lt;b&gt;')).toBe('\\&lt;b\\&gt;');
  });

  test('keeps a single line for table cells', () => {
    expect(escapeMarkdown('een\ntwee\r\n drie')).toBe('een twee drie');
  });

  test('quotes a note of several lines, escaping every line and keeping blank lines', () => {
    expect(quoteBlock(`${XSS}\n\n- twee`)).toBe('> \\<img src=x onerror=alert(1)\\>  \n>\n> \\- twee  ');
  });
});

describe('the handout', () => {
  test('is named casusbespreking-<slug>-<date>.md, dated by the injected clock', () => {
    const { fileName } = sessionMarkdown(s, finished(), new Date(2025, 2, 4, 9));
    expect(fileName).toBe('casusbespreking-kleine-casus-2025-03-04.md');
    expect(markdownFileName('a/../b', at())).toBe('casusbespreking-ab-2025-01-31.md');
  });

  test('has the decisions with votes, the group path against the expert, the afweging and the notes', () => {
    const { text } = sessionMarkdown(s, finished(), at(30));
    expect(text).toContain('# Groepssessie: Zorgen om Sam');
    expect(text).toContain('- Datum: 31 januari 2025');
    expect(text).toContain('### 1. Wat schrijf je op? (stap 1)');
    expect(text).toContain('| A. Ik schrijf op wat ik zie en hoor, met de datum erbij. (groep volgt, expert) | 8 | 80% |');
    expect(text).toContain('| B. Ik schrijf op dat moeder het vast niet aankan. | 2 | 20% |');
    expect(text).toContain('- De groep volgde **A** (de meeste stemmen; 10 stemmen in totaal).');
    // The feedback opens with "Goed." already: the verdict is said once.
    expect(text).toContain('- Oordeel: **Goed.** Feiten met een datum zijn later het meest bruikbaar.');
    expect(text).not.toMatch(/Goed\.?\*\* Goed/);
    expect(text).toContain('- Oordeel: **Goed.** Juist. Er is zorg, maar geen acuut gevaar.');
    expect(text).toContain('- Uitkomst van de expert: **Hulp bieden of organiseren**\n- Dezelfde uitkomst als de expert\n');
    expect(text).toContain('## Het afwegingskader');
    expect(text).toContain('| Vraag 1: Heb ik, na stap 1 tot en met 4, een vermoeden van huiselijk geweld of kindermishandeling? | Ja | Ja |');
    expect(text).toContain('Op de antwoorden van de groep besluit het afwegingskader: **Hulp bieden of organiseren**.');
    expect(text).toContain('## Het pad van de expert');
    expect(text).toContain('> Collega twijfelt \\| over \\*melden\\*');
    expect(text).toContain('geen namen van deelnemers');
  });

  test("the afwegingskader table has the on-screen table's column heads (the group's)", () => {
    const { text } = sessionMarkdown(s, finished(), at(30));
    expect(text).toContain('| Vraag | Groep | Expert |\n| --- | --- | --- |\n| Vraag 1: ');
  });

  test('never lets a note through as HTML, a heading, a list or a link', () => {
    const { text } = sessionMarkdown(s, finished(), at(30));
    expect(rawAngle(text)).toBe(false);
    expect(text).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(text).toContain('> \\<img src=x onerror=alert(1)\\>');
    expect(text).toContain('> \\# geen kop');
    expect(text).toContain('> \\[link\\](javascript\\:alert(1))');
  });

  test.skipIf(!marked)('rendered by a Markdown parser, the notes stay text: no img, script or link elements', () => {
    const html = marked!.parse(sessionMarkdown(s, finished(), at(30)).text, { async: false });
    expect(html).not.toMatch(/<img|<script|<a /i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('names an override, a tie and the expert with the why', () => {
    let st = advance(s, startSession(s, at()), at(1));
    st = advance(s, st, at(2));
    st = setVotes(s, setVotes(s, st, 'feiten', 4), 'mening', 4);
    st = advance(s, chooseOption(s, advance(s, st, at(3)), 'mening'), at(4));
    st = advance(s, st, at(5));
    st = advance(s, setVotes(s, st, 'collega', 9), at(6));
    st = advance(s, chooseOption(s, st, 'afwachten'), at(7));
    const summary = buildSessionSummary(s, st);
    expect(summary.decisions.map((d) => d.reason)).toEqual(['gelijke-stand', 'trainer']);
    expect(summary.decisions[0]?.expert?.option.letter).toBe('A');
    expect(summary.decisions[0]?.expert?.why).toContain('Feiten met een datum');
    const { text } = sessionMarkdown(s, st, at(9));
    expect(text).toContain('(gelijke stand, de trainer koos; 8 stemmen in totaal)');
    expect(text).toContain('de trainer koos een ander pad om dat te verkennen');
    expect(text).toContain('- De expert kiest **A**: Ik schrijf op wat ik zie en hoor, met de datum erbij.');
    expect(text).toContain('- Uitkomst van de groep: niet afgerond');
    expect(text).not.toContain('uitkomst als de expert');
    expect(text).not.toContain('uitkomst dan de expert');
  });

  test('says when the group ended with another outcome than the expert', () => {
    // Seen a mother who is only tired: no suspicion, the case is closed.
    const st = playByVotes(s, [{ feiten: 8 }, { collega: 6 }, { open: 7 }, { nee: 9 }]);
    const summary = buildSessionSummary(s, st);
    expect(summary.debrief.ending?.outcome).not.toBe(summary.debrief.expertEnding.outcome);
    expect(summary.outcomeMatch).toBe('anders');
    expect(sessionMarkdown(s, st, at(9)).text).toContain('- Een andere uitkomst dan de expert\n');
  });
});

/**
 * Hostile text a trainer's note or an author's case text could hold. The export may carry no active
 * link at all (it has no links of its own), so each must come out as visible text.
 */
const LINK_PAYLOADS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '[klik hier](javascript:alert(1))',
  '[klik](  javascript:alert(1) "titel")',
  '![beeld](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<https://voorbeeld.invalid/pad>',
  '<mailto:iemand@voorbeeld.invalid>',
  '<a href="javascript:alert(1)">klik</a>',
  '<img src=x onerror=alert(1)>',
  '[klik][1]\n\n[1]: javascript:alert(1)',
  '[1]: javascript:alert(1)',
  '[klik]',
  'https://voorbeeld.invalid/pad',
  'http://voorbeeld.invalid',
  'www.voorbeeld.invalid',
  'iemand@voorbeeld.invalid',
  '[x](&#106;avascript:alert(1))',
  '&#106;avascript:alert(1)',
  '[x](java&#x09;script:alert(1))',
  '[x](%6A%61vascript:alert(1))',
  '[x](java\nscript:alert(1))',
  '[x]\n(javascript:alert(1))',
  '[x](<javascript:alert(1)>)',
  '\\[x](javascript:alert(1))',
  'voor [x](javascript:alert(1)) na',
];

// The elements the handout's own Markdown produces; anything else in the HTML came from hostile text.
const HANDOUT_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'strong', 'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

/** Lists every element in rendered HTML that is a link, carries a URL, or is not one the handout makes. */
function activeParts(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*>/gi)]
    .filter((m) => !HANDOUT_TAGS.has(m[1]!.toLowerCase()) || /\s(href|src|action|formaction)\s*=/i.test(m[0]))
    .map((m) => m[0]);
}

describe('no active links in the handout', () => {
  test.each(LINK_PAYLOADS)('escapeMarkdown leaves no link syntax in %j', (payload) => {
    const out = escapeMarkdown(payload);
    expect(out).not.toMatch(/(^|[^\\])[[<@]/); // link, image, reference, raw HTML, autolink, e-mail
    expect(out).not.toMatch(/[A-Za-z0-9+.-]:(?=\S)/); // a scheme with a bare colon
    expect(out).not.toMatch(/www\./i);
    expect(out).not.toMatch(/(^|[^\\])&/); // an entity that would decode to a scheme
  });

  test.skipIf(!marked)('rendered by a Markdown parser, no payload in a note becomes a link, image or tag', () => {
    for (const payload of LINK_PAYLOADS) {
      let st = advance(s, startSession(s, at()), at(1));
      st = setNote(st, 0, payload);
      st = playByVotes(s, expertRounds, st);
      const html = marked!.parse(sessionMarkdown(s, st, at(30)).text, { async: false });
      expect(activeParts(html), payload).toEqual([]);
    }
  });

  test.skipIf(!marked)('rendered by a Markdown parser, no payload in authored case text becomes a link', () => {
    for (const payload of LINK_PAYLOADS) {
      const hostile = { ...s, title: payload, role: payload };
      const html = marked!.parse(sessionMarkdown(hostile, playByVotes(hostile, expertRounds), at(30)).text, { async: false });
      expect(activeParts(html), payload).toEqual([]);
    }
  });

  test('a colon before a space and ordinary words stay readable', () => {
    expect(escapeMarkdown('Waarom: eerst overleggen')).toBe('Waarom: eerst overleggen');
    expect(escapeMarkdown('om 12:30 gebeld')).toBe('om 12:30 gebeld');
  });
});
