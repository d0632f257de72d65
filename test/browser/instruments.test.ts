import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  answerOtherComment,
  answerQuestion,
  elementsOf,
  localise,
  questionLocator,
  readDefinition,
  visibleRequiredQuestions,
  type QuestionJson,
  type SurveyDefinition } from '../support/answer-survey.ts';
import { axeViolations } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';

// The five research instruments as shipped, each answered end to end in the browser along a plan
// that walks its skip logic, and each checked in English.
const surveysDir = fileURLToPath(new URL('../../surveys/', import.meta.url));

/** What a respondent does on one survey page, in order. */
interface PagePlan {
  page: string;
  /** Question name -> answer, as SurveyJS stores it; `<name>-Comment` is the text of an "other" choice. */
  answers: Record<string, unknown>;
  /** Answers given afterwards on the same page: the respondent changes their mind. */
  revise?: Record<string, unknown>;
  /** Questions that skip logic must hide by the time the page is left (their answers are not stored). */
  hidden?: string[];
}

const agree = 4;
const plans: Record<string, PagePlan[]> = {
  toegankelijkheid: [
    {
      page: 'p_sociaal',
      answers: { toeg_soc_welkom: 5, toeg_soc_vragen: agree, toeg_soc_rekening: 4, toeg_soc_overleg: 3, toeg_soc_leidinggevende: 2 },
    },
    // All optional: answer two, skip three.
    { page: 'p_fysiek', answers: { toeg_fys_binnenkomen: 5, toeg_fys_rustig: 1 } },
    { page: 'p_digitaal', answers: { toeg_dig_systemen: 3, toeg_dig_documenten: 2, toeg_dig_online_overleg: 4, toeg_dig_hulp: 3 } },
    {
      page: 'p_voorzieningen',
      // Needs an adjustment, first says they did not ask (why not?), then corrects to asked (granted? how long?).
      answers: { vz_weet_waar: 'twijfel', vz_nodig: 'ja', vz_soort: ['hulpmiddel', 'werktijden', 'other'], 'vz_soort-Comment': 'Een vaste plek bij het raam', vz_gevraagd: 'nee', vz_niet_gevraagd_reden: ['bang_voor_reactie'] },
      revise: { vz_gevraagd: 'ja', vz_gekregen: 'ja_deels', vz_duur: '3_6_maanden' },
      hidden: ['vz_niet_gevraagd_reden'],
    },
    {
      page: 'p_afsluiting',
      answers: { toeg_rapportcijfer: 6, toeg_verbetering: 'Meer stille ruimtes.', beperking: 'ja', beperking_soort: ['horen', 'chronische_ziekte'], directie: 'noord' },
    },
  ],
  inclusie: [
    {
      page: 'p_inclusie',
      answers: { incl_erbij_horen: 4, incl_mezelf_zijn: 5, incl_mening_telt: 3, incl_gelijke_kansen: 2, incl_verschillen_gewaardeerd: 4, incl_buitengesloten: 1 },
    },
    { page: 'p_veiligheid', answers: { veil_fouten: 4, veil_lastige_onderwerpen: 3, veil_aanspreken: 5, veil_leidinggevende_treedt_op: 2 } },
    {
      page: 'p_ervaren',
      // Experienced discrimination: grounds and source appear; no unwanted behaviour, so no forms.
      answers: { disc_ervaren: 'ja', disc_gronden: ['herkomst', 'religie', 'other'], 'disc_gronden-Comment': 'Mijn accent', ongewenst_ervaren: 'nee', ervaren_bron: ['collega', 'klant_burger'] },
      hidden: ['ongewenst_vormen'],
    },
    {
      // Only shown because of disc_ervaren = ja. First "not reported" (why not?), then corrected to reported.
      page: 'p_melden',
      answers: { gemeld: 'nee', niet_gemeld_reden: ['helpt_niet', 'bang_voor_gevolgen'] },
      revise: { gemeld: 'ja', gemeld_waar: ['vertrouwenspersoon', 'meldpunt_integriteit'], melding_serieus: 2 },
      hidden: ['niet_gemeld_reden'],
    },
    { page: 'p_gezien', answers: { getuige_discriminatie: 'ja', getuige_ongewenst: 'zeg_ik_liever_niet', getuige_actie: ['steun_geboden', 'gemeld'] } },
    { page: 'p_meldingsbereidheid', answers: { meld_bereid: 4, meld_weet_waar: 3, meld_vertrouwen: 2, incl_verbetering: 'Meer gesprekken in het team.' } },
    { page: 'p_over_jou', answers: { directie: 'ruimte_en_duurzaamheid', schaalgroep: '12_plus', leeftijdsgroep: 'jonger_dan_35', herkomst: 'buiten_europa', beperking: 'nee' } },
  ],
  onboarding: [
    { page: 'p_start', answers: { onb_periode: '3_6_maanden', onb_instroom: 'extern' } },
    { page: 'p_voor_start', answers: { onb_voor_contact: 'ja', onb_voor_verwachting: agree, onb_voor_spullen: 'deels', onb_voor_aanpassing: 'niet_nodig' } },
    {
      page: 'p_begeleiding',
      // A buddy and the programme: both follow-up ratings appear.
      answers: { onb_eerste_dag_welkom: 5, onb_kennismaking: 'ja', onb_buddy: 'ja', onb_buddy_steun: 4, onb_lg_tijd: 3, onb_verwachtingen_duidelijk: 4, onb_programma: 'ja', onb_programma_nut: 2, onb_centraal: 'nog_niet' },
    },
    { page: 'p_erbij_horen', answers: { onb_erbij_horen: 4, onb_mezelf_zijn: 4, onb_gewaardeerd: 3, onb_deel_organisatie: 5, onb_buitenstaander: 2, onb_blijven: 4 } },
    { page: 'p_afsluiting', answers: { onb_rapportcijfer: 8, onb_tip: 'Een buddy vanaf dag een.', directie: 'bedrijfsvoering', schaalgroep: 't_m_8' } },
  ],
  exit: [
    {
      page: 'p_vertrek',
      answers: { exit_initiatief: 'other', 'exit_initiatief-Comment': 'Mijn project is afgelopen', exit_dienstjaren: '5_10_jaar', exit_bestemming: 'andere_overheid' },
    },
    {
      page: 'p_redenen',
      answers: { exit_redenen_weg: ['werkdruk', 'cultuur', 'other'], 'exit_redenen_weg-Comment': 'Lange reistijd', exit_redenen_trek: ['none'], exit_zwaarst: 'weg_van_gemeente', exit_te_voorkomen: 'misschien', exit_te_voorkomen_wat: 'Minder werkdruk.' },
    },
    { page: 'p_inclusie', answers: { exit_inclusie_rol: 'ja_kleine_rol', exit_ongewenst_rol: 'ja_grote_rol', exit_ongewenst_gemeld: 'nee' } },
    {
      page: 'p_gesprek',
      answers: { exit_gesprek_aangeboden: 'ja', exit_gesprek_gevoerd: 'ja', exit_gesprek_met: 'po_adviseur', exit_gesprek_open: agree, exit_terugkomen: 'misschien', exit_aanbevelen: 7, exit_tip: 'Vraag eerder door.' },
    },
    { page: 'p_over_jou', answers: { directie: 'sociaal', schaalgroep: '9_11', leeftijdsgroep: '35_54', herkomst: 'zeg_ik_liever_niet' } },
  ],
  'mystery-guest': [
    {
      // An interview for an external vacancy: the pay-scale question appears; the vacancy and application pages are skipped.
      page: 'p_opdracht',
      answers: { paar_id: 'MG-2026-07', testprofiel: 'b', opdracht_soort: 'vacature_extern', procedure_ref: 'V-12345', opdracht_directie: 'dienstverlening', vacature_schaalgroep: '9_11', stap: 'gesprek' },
    },
    {
      page: 'p_gesprek',
      answers: { gesprek_vorm: 'online', systeem_toegankelijk: 'deels', gesprek_minuten: 45, beh_respectvol: 'ja', beh_gelijkwaardig: 'deels', beh_informatie: 'nee', beh_ongepaste_vragen: ['herkomst', 'taal_accent'], beh_toelichting: 'Vraag naar mijn accent.' },
      hidden: ['gebouw_toegankelijk'],
    },
    { page: 'p_uitkomst', answers: { uitkomst: 'afgewezen', afwijzing_reden: 'nee' }, hidden: ['reactie_werkdagen', 'reactie_persoonlijk'] },
    { page: 'p_afronding', answers: { opmerkingen: 'Geen bijzonderheden.' } },
  ],
};

/** The answers the server should store: everything the plan entered, later answers winning, minus what skip logic hid. */
function expectedAnswers(plan: PagePlan[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const step of plan) Object.assign(out, step.answers, step.revise);
  for (const step of plan) for (const name of step.hidden ?? []) delete out[name];
  return out;
}

/** The validation messages SurveyJS shows when it refuses to move on, if any. */
async function validationErrors(page: Page): Promise<string | undefined> {
  const errors = (await page.locator('.sd-question__erbox, .sd-element__erbox').allTextContents()).filter((e) => e.trim());
  return errors.length > 0 ? `validation errors: ${errors.join(' | ')}` : undefined;
}

/** The h2 of the survey page on screen, or the validation messages. */
async function pageState(page: Page): Promise<string> {
  const title = await page.locator('h2.sd-page__title').first().textContent({ timeout: 1000 }).catch(() => '');
  return (await validationErrors(page)) ?? (title ?? '').trim();
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  // Soft: the walk goes on, so one run reports every page's violations and still checks the stored row.
  expect.soft(violations, `axe violations on ${where}:\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function answerAll(page: Page, questions: Map<string, QuestionJson>, answers: Record<string, unknown>): Promise<void> {
  for (const [name, value] of Object.entries(answers)) {
    if (name.endsWith('-Comment')) {
      await answerOtherComment(page, questions.get(name.slice(0, -'-Comment'.length))!, String(value));
      continue;
    }
    const q = questions.get(name);
    if (!q) throw new Error(`the plan answers ${name}, which is not on this page`);
    await answerQuestion(page, q, value);
  }
}

/** Answers every page of the plan, checking axe and the page order on the way, and submits. */
async function completeAlongPlan(page: Page, def: SurveyDefinition, plan: PagePlan[]): Promise<void> {
  const pages = new Map(def.survey.pages.map((p) => [p.name, p]));
  for (const [i, step] of plan.entries()) {
    const pageJson = pages.get(step.page);
    if (!pageJson) throw new Error(`${def.id} has no page ${step.page}`);
    // Skip logic decides which page comes next: it must be the one the plan expects.
    await expect.poll(() => pageState(page), { timeout: 10_000 }).toBe(localise(pageJson.title, 'nl'));
    const questions = new Map(elementsOf(pageJson).map((q) => [q.name, q]));
    await answerAll(page, questions, step.answers);
    if (step.revise) await answerAll(page, questions, step.revise);
    for (const name of step.hidden ?? []) await questionLocator(page, name).waitFor({ state: 'hidden' });

    const answered = new Set([...Object.keys(step.answers), ...Object.keys(step.revise ?? {})]);
    const unanswered = (await visibleRequiredQuestions(page)).filter((name) => !answered.has(name));
    expect(unanswered, `required questions on ${step.page} the plan leaves open`).toEqual([]);
    await expectNoAxeViolations(page, `${def.id}/${step.page}`);

    const last = i === plan.length - 1;
    await page.getByRole('button', { name: last ? 'Verzenden' : 'Volgende', exact: true }).click();
    if (!last) await expect.poll(() => pageState(page), { timeout: 10_000 }).not.toBe(localise(pageJson.title, 'nl'));
  }
}

/** The heading and the remaining text of a survey's closing HTML (a heading, then paragraphs). */
function closingText(html: string): { heading: string; rest: string } {
  const m = /^<h\d>(.*?)<\/h\d>(.*)$/s.exec(html)!;
  return { heading: m[1]!, rest: m[2]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() };
}

const env = serverAndBrowser(() => startServer(surveysDir));

for (const [id, plan] of Object.entries(plans)) {
  describe(`instrument ${id}`, () => {
    const def = readDefinition(surveysDir, id);

    it('is completed along a plan through its skip logic, passes axe on every page, and the server stores the plan', async () => {
      const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${env.server.url}/s/${id}`);
        await expect.poll(() => page.locator('h1').textContent()).toBe(def.survey.title.default);
        await expectNoAxeViolations(page, `${id} start page`);
        await page.getByRole('button', { name: 'Beginnen', exact: true }).click();

        await completeAlongPlan(page, def, plan);

        // The thank-you page is the survey's own closing text: its heading, then the rest of it.
        const closing = closingText(def.survey.completedHtml!.default);
        await expect
          .poll(async () => (await validationErrors(page)) ?? (await page.locator('h1').textContent()), { timeout: 10_000 })
          .toBe(closing.heading);
        expect((await page.locator('main').innerText()).replace(/\s+/g, ' ')).toContain(closing.rest);
        await expectNoAxeViolations(page, `${id} thank-you page`);

        const rows = (await env.server.db.client.execute({ sql: 'SELECT * FROM responses WHERE survey_id = ?', args: [id] })).rows;
        expect(rows).toHaveLength(1);
        expect(rows[0]!.survey_version).toBe(def.version);
        expect(JSON.parse(String(rows[0]!.answers))).toEqual(expectedAnswers(plan));
      } finally {
        await context.close();
      }
    });

    it('shows its first page in English after switching language', async () => {
      const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${env.server.url}/s/${id}`);
        await expect.poll(() => page.locator('h1').textContent()).toBe(def.survey.title.default);
        await page.getByRole('button', { name: 'Read this page in English' }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(def.survey.title.en);
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        await page.getByRole('button', { name: 'Start', exact: true }).click();

        const first = def.survey.pages[0]!;
        await expect.poll(() => pageState(page)).toBe(localise(first.title, 'en'));
        // Questions without a condition are on screen; their titles are the definition's English texts.
        const shown = elementsOf(first).filter((q) => q.type !== 'html' && !('visibleIf' in q));
        expect(shown.length).toBeGreaterThan(0);
        const titles = await Promise.all(
          shown.map((q) => questionLocator(page, q.name).locator('.sd-question__title .sv-string-viewer').first().textContent()),
        );
        expect(titles).toEqual(shown.map((q) => localise(q.title, 'en')));
        expect(await page.getByRole('button', { name: 'Next', exact: true }).count()).toBe(1);
        expect(await page.getByRole('button', { name: 'Volgende' }).count()).toBe(0);
      } finally {
        await context.close();
      }
    });
  });
}
