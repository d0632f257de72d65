import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { memoryAnswerSource } from '../memory-source.ts';
import { collectMonitor } from './collect.ts';
import { renderMonitorHtml } from './page.ts';

// The report's sections for reasons (exit) and crossings (onboarding), from real analyses of small
// closed waves.

const catalog = loadCatalog('surveys');
const exit = memoryWave(catalog, 'exit', { period: '2026-H1', opensOn: '2026-03-01', closesOn: '2026-06-30', mode: 'open' });
// 30 leavers of sociaal and 12 of veiligheid: werkdruk named by 20, cultuur by 17, the rest by nobody.
exit.answers = Array.from({ length: 42 }, (_, i) => {
  const named = [...(i < 30 && i % 3 !== 2 ? ['werkdruk'] : []), ...(i % 7 < 2 || i >= 36 ? ['cultuur'] : [])];
  return { answers: { directie: i < 30 ? 'sociaal' : 'veiligheid', exit_redenen_weg: named.length > 0 ? named : ['none'] }, attributes: {} };
});
exit.wave.closed = true;
const onboarding = memoryWave(catalog, 'onboarding', { period: '2026-H1', opensOn: '2026-03-01', closesOn: '2026-06-30', mode: 'open' });
const CELLS: Record<string, Record<string, number>> = { sociaal: { t_m_8: 10, '12_plus': 12, zeg_ik_liever_niet: 6 }, veiligheid: { t_m_8: 9, '12_plus': 2, zeg_ik_liever_niet: 6 } };
for (const [directie, row] of Object.entries(CELLS)) {
  for (const [schaalgroep, n] of Object.entries(row)) {
    for (let j = 0; j < n; j++) onboarding.answers.push({ answers: { directie, schaalgroep, onb_programma: j % 3 === 2 ? 'nee' : 'ja' }, attributes: {} });
  }
}
onboarding.wave.closed = true;

describe('the report shows reasons and crossings', () => {
  it('ranks the reasons for leaving, with a table per group', async () => {
    const html = renderMonitorHtml(await collectMonitor(memoryAnswerSource([exit]), '2026-H1', 'exit'));
    expect(html).toContain('<h3 id="exit-vertrekredenen_weg">Redenen om weg te gaan: aandeel dat elke reden noemt</h3>');
    // werkdruk first (20 of 42), then cultuur; every unnamed reason after them, sharing a place.
    expect(html).toMatch(/<tr><td class="num">1<\/td><th scope="row">Te hoge werkdruk<\/th><td class="num">47,6%<\/td>/);
    expect(html).toMatch(/<tr><td class="num">2<\/td><th scope="row">De sfeer of cultuur in mijn team of de organisatie<\/th>/);
    expect(html).toContain('<caption>Redenen om weg te gaan: aandeel dat elke reden noemt: per directie, meting 2026-H1</caption>');
    // One section per list, not one per reason.
    expect(html).not.toContain('id="exit-vertrekredenen_weg.werkdruk"');
  });

  it('shows a crossing as a table per indicator, the small cell and the cells that protect it marked', async () => {
    const html = renderMonitorHtml(await collectMonitor(memoryAnswerSource([onboarding]), '2026-H1', 'onboarding'));
    expect(html).toContain('<h3 id="onboarding-directie-x-schaalgroep">Gekruist: ');
    const table = html.slice(html.indexOf('<caption>Aandeel aan wie de directie een welkomstprogramma aanbood: per directie en schaalgroep'));
    const sociaal = table.slice(table.indexOf('<tr><th scope="row">Sociaal'), table.indexOf('</tr>', table.indexOf('<tr><th scope="row">Sociaal')));
    expect(sociaal).toMatch(/<td class="num">70,0%<br>/); // t_m_8: 7 of 10
    expect(table.slice(0, table.indexOf('</table>')).match(/hidden-cell/g)?.length).toBeGreaterThanOrEqual(2);
  });
});
