import { describe, expect, it } from 'vitest';
import type { MonitorCell } from './model.ts';
import { sparkline } from './sparkline.ts';
import { cellText, changeText, placeName, trendText } from './words.ts';

const shown = (over: Partial<MonitorCell>): MonitorCell => ({
  status: 'shown', reason: null, n: 40, value: 0.25, lower: 0.15, upper: 0.35, change: 0.052, direction: 'up', judgement: 'worse', trend: [], goal: null, ...over,
});

describe("the monitor's words", () => {
  it('says a change with an arrow and a word in either language, never by colour alone', () => {
    expect(changeText({ unit: 'share' }, shown({}), 'nl')).toBe('↑ gestegen (+5,2 procentpunt), slechter');
    expect(changeText({ unit: 'share' }, shown({}), 'en')).toBe('↑ rose (+5.2 percentage points), worse');
    expect(changeText({ unit: 'score' }, shown({ value: 61, change: -1.25, direction: 'same', judgement: null }), 'nl')).toBe('→ geen duidelijke verandering (−1,3)');
    expect(changeText({ unit: 'count' }, shown({ value: 12, change: null, direction: null }), 'nl')).toBe('niet te vergelijken');
    expect(changeText({ unit: 'score' }, shown({ value: 61, change: -0.04, direction: 'same', judgement: null }), 'nl')).toBe('→ geen duidelijke verandering (±0,0)');
    expect(changeText({ unit: 'count' }, shown({ value: 12, change: -3, direction: 'down', judgement: null }), 'en')).toBe('↓ fell (−3)');
  });

  it('marks a hidden cell with its reason and gives no change for it', () => {
    const hidden = shown({ status: 'hidden', reason: 'te weinig antwoorden', value: null, change: null, direction: null });
    expect(cellText('share', hidden, 'nl')).toBe('verborgen: te weinig antwoorden');
    expect(cellText('share', hidden, 'en')).toBe('hidden: too few answers');
    expect(changeText({ unit: 'share' }, hidden, 'nl')).toBe('');
  });

  it('names a directorate by its label and gives the trend as text', () => {
    expect(placeName('werk_en_inkomen', 'nl')).toBe('Werk en Inkomen');
    expect(placeName(null, 'en')).toBe('Whole city');
    expect(trendText('percent', ['2026-H1', '2026-H2'], [5.25, null], 'nl')).toBe('Verloop: 2026-H1 5,3%, 2026-H2 geen cijfer');
  });
});

describe('a sparkline', () => {
  it('leaves a gap where a point is hidden and scales to its own range', () => {
    const s = sparkline([1, 2, null, 3], 80, 20);
    // x at 2, 27.3, 52.7 and 78 of 80; the hidden third point splits the line (a lone point is drawn by its dot).
    expect(s.segments).toEqual(['2,18 27.3,10', '78,2']);
    expect(s.last).toEqual({ x: 78, y: 2 });
    expect(sparkline([4, 4]).segments).toEqual(['2,10 78,10']);
  });
});
