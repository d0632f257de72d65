import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import { analyseProcedures } from '../procedures/analyse-procedures.ts';
import { memoryProcedureSource } from '../procedures/memory-procedure-source.ts';
import type { ProcedureRecord } from '../procedures/procedure-source.ts';
import { renderMonitorHtml } from './page.ts';
import { fillChoices } from '../../survey-format/organisation/choices-from.ts';

const procedures = ZSurveyDefinition.parse(fillChoices(JSON.parse(readFileSync(new URL('../../surveys/procedures.json', import.meta.url), 'utf8'))).json);
const record = (directorate: string, biws: string): ProcedureRecord => ({ period: '2026-H2', directorate, answers: { directie: directorate, schaalgroep: '12_plus', werving: 'extern', biws_gevolgd: biws } });

describe('the report section "Prestatieafspraken"', () => {
  it('shows per register and agreement the share of procedures per directorate, hiding small ones', async () => {
    const data = [...Array.from({ length: 9 }, () => record('sociaal', 'ja')), ...Array.from({ length: 3 }, () => record('sociaal', 'nee')), record('veiligheid', 'ja')];
    // Veiligheid (1 procedure) is hidden, and Dienstverlening (the next smallest) with it, so Sociaal stays shown.
    data.push(...Array.from({ length: 4 }, () => record('dienstverlening', 'ja')), ...Array.from({ length: 2 }, () => record('dienstverlening', 'nee')));
    const reports = await analyseProcedures(memoryProcedureSource([procedures], { procedures: data }), '2026-H2');
    const html = renderMonitorHtml({ wave: '2026-H2', surveys: [], procedures: reports, generatedOn: '2026-12-01', confidence: 0.95, significance: 0.05 });
    expect(html).toContain('<h2 id="prestatieafspraken">Prestatieafspraken</h2>');
    expect(html).toContain('<a href="#prestatieafspraken">Prestatieafspraken</a>');
    expect(html).toContain('Register van vacatureprocedures');
    expect(html).toMatch(/<th scope="row">Sociaal[^<]*<\/th><td class="num">12<\/td><td class="num">75(,0)?%<\/td>/);
    expect(html).toMatch(/<th scope="row">Openbare Orde en Veiligheid<\/th><td colspan="4" class="hidden-cell">/);
    // The bundled working targets for 2026, beside the figures: Sociaal's BIWS 75% (interval below 90%) is not reached.
    expect(html).toContain('<caption>Afspraken 2026: Register van vacatureprocedures</caption>');
    expect(html).toMatch(/BIWS-procedure gevolgd: Sociaal[^<]*<\/th><td class="num">ten minste 90%<\/td><td class="num">75%<\/td><td>[^<]+<\/td><td>niet gehaald<\/td>/);
    expect(renderMonitorHtml({ wave: '2026-H2', surveys: [], generatedOn: '2026-12-01', confidence: 0.95, significance: 0.05 })).not.toContain('Prestatieafspraken');
  });
});
