import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogFrom } from '../../survey-format/catalog/catalog.ts';
import { buildExport, changesSincePrevious } from '../../server/exports/export.ts';
import { closeWave, createWave } from '../../server/waves/waves.ts';
import { fixtureSurveysDir, testApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp(new Date('2026-09-15T10:00:00Z'), false);
});
afterEach(async () => {
  await t.db.destroy();
});

describe("the codebook's changes since the previous wave", () => {
  it('names added and removed variables and changed values', async () => {
    // The previous wave fielded an older werkplek: no comment question, and a choice that was dropped since.
    const current = JSON.parse(readFileSync(join(fixtureSurveysDir, 'werkplek.json'), 'utf8'));
    const older = structuredClone(current);
    older.version = '1.1.0';
    older.survey.pages[1].elements = older.survey.pages[1].elements.filter((e: { name: string }) => e.name !== 'toelichting');
    older.survey.pages[0].elements[2].choices.push({ value: 'thuiswerk', text: { default: 'Thuiswerken', en: 'Working from home' } });
    const first = await createWave(t.db.client, catalogFrom([{ file: 'werkplek.json', json: older }]), 'werkplek', { period: '2026-H1', opensOn: '2026-01-01', closesOn: '2026-06-30' }, new Date('2026-02-01T10:00:00Z'));
    await closeWave(t.db.client, first.id);
    const second = await createWave(t.db.client, t.catalog, 'werkplek', { period: '2026-H2', opensOn: '2026-07-01', closesOn: '2026-12-31' }, new Date('2026-09-15T10:00:00Z'));

    const data = await buildExport(t.db.client, second);
    const changes = await changesSincePrevious(t.db.client, second, data.columns);
    expect(changes.previousWave).toBe('2026-H1');
    expect(changes.previousVersion).toBe('1.1.0');
    expect(changes.added).toEqual(['toelichting']);
    expect(changes.removed).toEqual(['aanpassing_soort__thuiswerk']);
  });
});
