import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { countedReads } from '../fixtures/counted-source.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { memoryAnswerSource } from '../memory-source.ts';
import { openTexts } from '../open-text/open-text.ts';
import { collectMonitor } from './collect.ts';

// The report's open answers come from the pass that tallies the wave (decision 025): the wave is
// read once for its figures and its texts, and the texts are those openTexts reads on its own.
const exit = memoryWave(loadCatalog('surveys'), 'exit', { period: '2026-H1', opensOn: '2026-03-01', closesOn: '2026-06-30', mode: 'open', kSpecial: 10 });
exit.answers = Array.from({ length: 24 }, (_, i) => ({
  answers: { directie: i % 2 === 0 ? 'sociaal' : 'veiligheid', exit_tip: i % 4 === 3 ? '' : `Tip ${i}: meer aandacht voor inwerken.`, ...(i < 6 ? { exit_te_voorkomen_wat: `Voorkomen ${i}` } : {}) },
  attributes: {},
}));
exit.wave.closed = true;

describe('the report reads a wave once', () => {
  it('collects the open answers in the figures pass: one read, the same texts as openTexts alone', async () => {
    const memory = memoryAnswerSource([exit]);
    const { source, reads } = countedReads(memory);
    const texts = (await collectMonitor(source, '2026-H1', 'exit', { pageSize: 5 })).surveys[0]!.openTexts!;
    expect(Object.fromEntries(reads)).toEqual({ 'exit 2026-H1': 1 });
    const alone = await openTexts(memory, exit.wave);
    const sorted = (list: typeof alone) => list.map((q) => ({ ...q, texts: [...q.texts].sort() }));
    expect(sorted(texts)).toEqual(sorted(alone));
    // 18 tips (every fourth left empty) shown; 6 answers to the other question are below kSpecial.
    expect(texts.find((q) => q.key === 'exit_tip')).toMatchObject({ shown: true, n: 18 });
    expect(texts.find((q) => q.key === 'exit_te_voorkomen_wat')).toMatchObject({ shown: false, n: null });
  });
});
