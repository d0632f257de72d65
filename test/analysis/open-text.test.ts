import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { closeWave, createWave } from '../../server/waves/waves.ts';
import type { Wave } from '../../survey-format/wave.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { main } from '../../server/cli/analyse.ts';
import { monitorReport } from '../../analysis/report/index.ts';
import { openAnswersSection } from '../../analysis/report/open-answers.ts';
import { NAME_REMOVED, scrubNames } from '../../analysis/open-text/names.ts';
import { openTexts, type OpenTextQuestion } from '../../analysis/open-text/open-text.ts';
import { databaseAnswerSource } from '../../server/db/answer-source.ts';

// The exit survey has comment questions (exit_tip, exit_te_voorkomen_wat) and "other, namely" texts
// (exit_gesprek_met-Comment among them). Answers are written straight into the table with ids in
// submission order, so that storage order is submission order and the shuffle has to do the work.

let db: TestDatabase;
let wave: Wave;
let strict: Wave;

// exit_tip: 12 answers (one too short to show); exit_te_voorkomen_wat: 10 (exactly k);
// exit_gesprek_met-Comment: 9 (one below k).
const tips = [
  'Mail me gerust op jan.jansen@amsterdam.nl als je vragen hebt.',
  'Mijn BSN is 111222333, dat stond zomaar in het dossier.',
  'Mijn collega Sanne heeft me enorm geholpen.',
  'ok',
  ...Array.from({ length: 8 }, (_, i) => `Tip nummer ${i + 1}: meer aandacht voor inwerken.`),
];
const prevent = Array.from({ length: 10 }, (_, i) => `Voorkomen ${i + 1}: beter luisteren.`);
const others = Array.from({ length: 9 }, (_, i) => `GEHEIM-ANDERS-${i + 1} met de ombudsman gesproken`);

async function fieldWave(period: string, opensOn: string, closesOn: string, kSpecial: number): Promise<Wave> {
  const now = new Date(`${opensOn}T12:00:00Z`);
  const created = await createWave(db.client, loadCatalog('surveys'), 'exit', { period, opensOn, closesOn, kSpecial }, now);
  const rows = tips.map((tip, i) => {
    const answers: Record<string, unknown> = { exit_tip: tip };
    if (i < prevent.length) answers.exit_te_voorkomen_wat = prevent[i];
    if (i < others.length) Object.assign(answers, { exit_gesprek_met: 'other', 'exit_gesprek_met-Comment': others[i] });
    return {
      sql: 'INSERT INTO responses (id, survey_id, survey_version, wave, answers, attributes) VALUES (?, ?, ?, ?, ?, ?)',
      args: [`${period}-${String(i).padStart(3, '0')}`, 'exit', created.surveyVersion, period, JSON.stringify(answers), '{}'],
    };
  });
  await db.client.batch(rows, 'write');
  return closeWave(db.client, created.id);
}

const entry = (list: OpenTextQuestion[], key: string): OpenTextQuestion => {
  const found = list.find((q) => q.key === key);
  if (!found) throw new Error(`no entry ${key}`);
  return found;
};

beforeAll(async () => {
  db = await freshDatabase();
  wave = await fieldWave('2026-H1', '2026-01-01', '2026-06-30', 10);
  strict = await fieldWave('2026-H2', '2026-07-01', '2026-12-31', 13);
});

afterAll(async () => {
  await db?.destroy();
});

describe('openTexts', () => {
  it('shows nothing while the wave still takes answers', async () => {
    // The same wave, reopened: a copy of it with today inside its dates and not closed.
    const live = { ...wave, closed: false, opensOn: '2026-01-01', closesOn: '2099-12-31' };
    const list = await openTexts(databaseAnswerSource(db.client), live);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((q) => !q.shown && q.texts.length === 0 && q.n === null)).toBe(true);
  });

  it('lists every comment question and other-text of the wave, in the survey order', async () => {
    const list = await openTexts(databaseAnswerSource(db.client), wave);
    expect(list.map((q) => q.key)).toEqual(
      expect.arrayContaining(['exit_tip', 'exit_te_voorkomen_wat', 'exit_gesprek_met-Comment', 'exit_initiatief-Comment']),
    );
    expect(entry(list, 'exit_tip')).toMatchObject({ kind: 'comment', question: 'exit_tip' });
    expect(entry(list, 'exit_gesprek_met-Comment')).toMatchObject({ kind: 'other', question: 'exit_gesprek_met' });
  });

  it('shows a question answered by exactly kSpecial respondents, hides one answered by one fewer', async () => {
    const list = await openTexts(databaseAnswerSource(db.client), wave);
    expect(entry(list, 'exit_te_voorkomen_wat')).toMatchObject({ shown: true, reason: null, n: 10 });
    expect(entry(list, 'exit_te_voorkomen_wat').texts).toHaveLength(10);
    expect(entry(list, 'exit_gesprek_met-Comment')).toEqual(expect.objectContaining({ shown: false, reason: 'te weinig antwoorden', n: null, texts: [] }));
    expect(entry(list, 'exit_initiatief-Comment')).toMatchObject({ shown: false, n: null, texts: [] });
  });

  it("uses the wave's own kSpecial", async () => {
    const list = await openTexts(databaseAnswerSource(db.client), strict);
    expect(entry(list, 'exit_tip')).toMatchObject({ shown: false, n: null, texts: [] });
  });

  it('never lets texts of hidden questions out', async () => {
    const json = JSON.stringify(await openTexts(databaseAnswerSource(db.client), wave));
    expect(json).not.toContain('GEHEIM-ANDERS');
    expect(json).not.toContain('ombudsman');
    expect(JSON.stringify(await openTexts(databaseAnswerSource(db.client), strict))).not.toContain('inwerken');
  });

  it('scrubs e-mail addresses, BSNs and names, and drops texts shorter than 3 characters', async () => {
    const tip = entry(await openTexts(databaseAnswerSource(db.client), wave), 'exit_tip');
    expect(tip).toMatchObject({ shown: true, n: 12 });
    expect(tip.texts).toHaveLength(11);
    expect(tip.texts).not.toContain('ok');
    const all = tip.texts.join('\n');
    expect(all).not.toContain('jan.jansen');
    expect(all).not.toContain('111222333');
    expect(all).not.toContain('Sanne');
    expect(tip.texts).toContain('Mail me gerust op [verwijderd] als je vragen hebt.');
    expect(tip.texts).toContain('Mijn BSN is [verwijderd], dat stond zomaar in het dossier.');
    expect(tip.texts).toContain(`Mijn collega ${NAME_REMOVED} heeft me enorm geholpen.`);
  });

  it('returns the texts in random order, not in submission order', async () => {
    const first = entry(await openTexts(databaseAnswerSource(db.client), wave), 'exit_te_voorkomen_wat').texts;
    const second = entry(await openTexts(databaseAnswerSource(db.client), wave), 'exit_te_voorkomen_wat').texts;
    expect([...first].sort()).toEqual([...prevent].sort());
    // 10! orders: the chance that a uniform shuffle gives back either fixed order is about 3 in 10 million.
    expect(first).not.toEqual(prevent);
    expect(first).not.toEqual(second);
    // The shuffle is the one given: always drawing 0 rotates the first text to the end, and so on.
    const fixed = entry(await openTexts(databaseAnswerSource(db.client), wave, { randomInt: () => 0 }), 'exit_te_voorkomen_wat').texts;
    expect(fixed).toEqual([...prevent.slice(1), prevent[0]]);
  });
});

describe('scrubNames', () => {
  it.each([
    ['Mijn collega Sanne de Vries pest me.', `Mijn collega ${NAME_REMOVED} pest me.`],
    ['Mevrouw Jansen zei niets.', `Mevrouw ${NAME_REMOVED} zei niets.`],
    ['mijn leidinggevende Kees van der Berg', `mijn leidinggevende ${NAME_REMOVED}`],
    ['de heer El Amrani en Teamleider Piet', `de heer ${NAME_REMOVED} en Teamleider ${NAME_REMOVED}`],
    ['ik sprak met Jan Jansen over HR.', `ik sprak met ${NAME_REMOVED} over HR.`],
    ['Jan Jansen zei dat.', `${NAME_REMOVED} zei dat.`],
    ['Ik werk graag hier. Dank!', 'Ik werk graag hier. Dank!'],
    ['Mijn BSN en HR ICT zijn afkortingen', 'Mijn BSN en HR ICT zijn afkortingen'],
    ['ik heb JANSEN PIETERS gesproken', `ik heb ${NAME_REMOVED} gesproken`],
  ])('%s', (input, expected) => {
    expect(scrubNames(input)).toBe(expected);
  });

  it('over-removes rather than under-removes: places after a cue go too', () => {
    expect(scrubNames('de gemeente van Amsterdam')).toBe(`de gemeente van ${NAME_REMOVED}`);
  });
});

describe('open answers in the outputs', () => {
  it('the JSON of the CLI carries each survey\'s open answers, hidden texts absent', async () => {
    let out = '';
    const code = await main(['--wave', '2026-H1', '--survey', 'exit'], { out: (t) => (out += t), err: () => {}, env: { DATABASE_URL: db.url } });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { surveys: { openTexts: OpenTextQuestion[] }[] };
    expect(entry(json.surveys[0]!.openTexts, 'exit_te_voorkomen_wat')).toMatchObject({ shown: true, n: 10 });
    expect(entry(json.surveys[0]!.openTexts, 'exit_gesprek_met-Comment')).toMatchObject({ shown: false, texts: [] });
    expect(out).not.toContain('GEHEIM-ANDERS');
    expect(out).not.toContain('jan.jansen');
  });

  it('the HTML report has an "Open antwoorden" subsection with scrubbed texts in a list', async () => {
    const html = await monitorReport(databaseAnswerSource(db.client), '2026-H1', 'exit');
    expect(html).toContain('<h3 id="exit-open-antwoorden">Open antwoorden</h3>');
    expect(html).toContain('ten minste 10 mensen');
    expect(html).toContain(`<li>Mijn collega ${NAME_REMOVED} heeft me enorm geholpen.</li>`);
    expect(html).toMatch(/Te weinig antwoorden: [^<]*anders, namelijk/);
    for (const secret of ['GEHEIM-ANDERS', 'jan.jansen', '111222333', 'Sanne']) expect(html).not.toContain(secret);
  });

  it('escapes the texts', () => {
    const html = openAnswersSection(
      [{ key: 'tip', question: 'tip', kind: 'comment', title: 'Tip <b>', shown: true, reason: null, n: 10, texts: ['<script>alert(1)</script> & "zo"'] }],
      10,
      'proef-open-antwoorden',
    );
    expect(html).toContain('<h4>Tip &lt;b&gt;</h4>');
    expect(html).toContain('<li>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;zo&quot;</li>');
    expect(html).not.toContain('<script>');
    expect(openAnswersSection([], 10, 'x')).toBe('');
  });
});
