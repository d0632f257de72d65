import { describe, expect, it } from 'vitest';
import { problemsOf, werkplek } from './fixtures/helpers.ts';
import { checkDefinitions } from './index.ts';

describe('indicators', () => {
  it('reports unknown questions, types that do not fit, values that are not answers, ids and kinds', () => {
    expect(problemsOf('bad-indicators.json')).toEqual([
      '$.indicators[0].question: a mean needs a rating or number question; "toelichting" is a free-text question (comment)',
      '$.indicators[1].values[1]: "misschien" is not an answer of "aanpassing_gevraagd" (its values: ja, nee)',
      '$.indicators[2].question: "aanpassing_type" is not a question in this survey',
      '$.indicators[3].questions[1]: a scale needs rating questions; "aanbevelen" is a boolean question',
      '$.indicators[4].id: indicator id "tevredenheid" is already used at $.indicators[0]',
      '$.indicators[4].kind: must be one of: proportion, compliance, mean, reasons, scale, target',
    ]);
  });

  it('wants the items of a scale on the same scale, and reversed items among them', () => {
    expect(problemsOf('scale-mismatch.json')).toEqual([
      '$.indicators[0].questions[1]: "tevredenheid_team" has scale 1, 2, 3, 4, 5, 6, 7, unlike "tevredenheid" (1, 2, 3, 4, 5); a scale needs items on the same scale',
      `$.indicators[0].reversed[0]: "aanbevelen" is not one of this scale's questions`,
    ]);
  });
});

describe('reasons', () => {
  const problems = (indicator: Record<string, unknown>) => {
    const json = werkplek();
    json.indicators.push({ id: 'redenen', kind: 'reasons', title: { default: 'Redenen', en: 'Reasons' }, ...indicator });
    return checkDefinitions([{ file: 'werkplek.json', json }]).map((p) => `${p.path}: ${p.message}`);
  };

  it('accepts a checkbox question with at least two choices', () => {
    expect(problems({ question: 'aanpassing_soort' })).toEqual([]);
  });

  it('wants a checkbox question, and no values (every choice is a reason)', () => {
    expect(problems({ question: 'aanpassing_gevraagd', values: ['ja'] })).toEqual([
      '$.indicators[1].values: unknown property of a reasons indicator (it takes: question)',
      '$.indicators[1].question: reasons need a checkbox question (several answers); "aanpassing_gevraagd" is a radiogroup question',
    ]);
    expect(problems({ question: 'onbekend' })).toEqual(['$.indicators[1].question: "onbekend" is not a question in this survey']);
  });

  it('wants at least two reasons to rank', () => {
    const json = werkplek();
    const soort = json.survey.pages.flatMap((p: { elements: { name: string }[] }) => p.elements).find((e: { name: string }) => e.name === 'aanpassing_soort');
    soort.choices = soort.choices.slice(0, 1);
    json.indicators.push({ id: 'redenen', kind: 'reasons', question: 'aanpassing_soort', title: { default: 'Redenen', en: 'Reasons' } });
    expect(checkDefinitions([{ file: 'werkplek.json', json }]).map((p) => `${p.path}: ${p.message}`)).toEqual([
      '$.indicators[1].question: reasons need a question with at least two choices; "aanpassing_soort" has 1',
    ]);
  });
});

describe('targets', () => {
  /** werkplek with a proportion, the breakdown aanpassing_gevraagd, and the given targets; the checker's problems. */
  const problems = (...targets: Record<string, unknown>[]) => {
    const json = werkplek();
    json.breakdowns = ['aanpassing_gevraagd'];
    json.indicators.push({ id: 'aanbevolen', kind: 'proportion', question: 'aanbevelen', values: [true], title: { default: 'Aanbevolen', en: 'Recommended' } });
    targets.forEach((t, i) => json.indicators.push({ id: `doel_${i}`, kind: 'target', title: { default: 'Doel', en: 'Target' }, ...t }));
    return checkDefinitions([{ file: 'werkplek.json', json }]).map((p) => `${p.path}: ${p.message}`);
  };
  const good = {
    indicator: 'aanbevolen',
    group: { breakdown: 'aanpassing_gevraagd', value: 'ja' },
    baseline: { period: '2024' },
    change: { relative: 0.25 },
    by: '2026',
    source: { default: 'Programmaplan', en: 'Programme plan' },
  };

  it('accepts an entered baseline with a relative change, and a baseline wave with an absolute one', () => {
    expect(problems(good, { indicator: 'tevredenheid', baseline: { wave: '2025-H1' }, change: { absolute: -0.5 }, by: '2026-H2', source: good.source })).toEqual([]);
  });

  it('wants an indicator of this survey that is not a target, and a group of a listed breakdown', () => {
    expect(
      problems(
        { ...good, indicator: 'onbekend' },
        { ...good, indicator: 'doel_0' },
        { ...good, group: { breakdown: 'aanpassing_soort', value: 'bureau' } },
        { ...good, group: { breakdown: 'aanpassing_gevraagd', value: 'misschien', extra: 1 } },
        { ...good, group: 'ja' },
      ),
    ).toEqual([
      '$.indicators[2].indicator: "onbekend" is not an indicator of this survey',
      '$.indicators[3].indicator: "doel_0" is a target itself; a target follows a proportion, compliance, mean or scale',
      '$.indicators[4].group.breakdown: "aanpassing_soort" is not listed in this survey\'s breakdowns',
      '$.indicators[5].group.extra: unknown property of a target group (it takes: breakdown, value)',
      '$.indicators[5].group.value: "misschien" is not a group of "aanpassing_gevraagd" (its groups: ja, nee)',
      '$.indicators[6].group: must be { "breakdown": <a question listed in breakdowns>, "value": <one of its answers> }',
    ]);
  });

  it('wants a baseline period or a wave, never a figure in the definition, and the source of the goal in both languages', () => {
    const baseline = (b: unknown) => ({ ...good, baseline: b });
    const shape = '$.indicators[%].baseline: must be { "wave": "2025-H1" } (a wave of this survey) or { "period": "2024" } (a figure a researcher enters in the workspace with its source)';
    expect(
      problems(
        baseline({ value: 0.32, period: '2024', source: { default: 'x', en: 'x' } }),
        baseline({ period: 'vorig jaar' }),
        baseline({ wave: '2025-Q1' }),
        baseline({ wave: '2025-H1', period: '2024' }),
        { ...good, source: { default: 'Programmaplan' } },
        { ...good, source: undefined },
      ),
    ).toEqual([
      shape.replace('%', '2'),
      '$.indicators[3].baseline.period: needs the period the figure is about: a year like "2024" or a half-year like "2026-H2"',
      '$.indicators[4].baseline.wave: needs a wave period: a year like "2024" or a half-year like "2026-H2"',
      shape.replace('%', '5'),
      '$.indicators[6].source.en: English text missing',
      '$.indicators[7].source: needs where the goal comes from (a programme plan, an agreement), in Dutch under "default"',
    ]);
  });

  it('wants one non-zero change and a deadline after the baseline', () => {
    expect(
      problems(
        { ...good, change: { relative: 0 } },
        { ...good, change: { relative: 0.25, absolute: 0.1 } },
        { ...good, change: { relative: -1 } },
        { ...good, by: '2024' },
        { ...good, by: 2026 },
      ),
    ).toEqual([
      '$.indicators[2].change: must be { "relative": 0.25 } (+25%) or { "absolute": 0.05 } (in the indicator\'s unit), not zero',
      '$.indicators[3].change: must be { "relative": 0.25 } (+25%) or { "absolute": 0.05 } (in the indicator\'s unit), not zero',
      '$.indicators[4].change.relative: a relative change must be above -1 (−100%)',
      '$.indicators[5].by: "2024" is not after the baseline period "2024"',
      '$.indicators[6].by: needs the period by which the goal should be reached: a year like "2024" or a half-year like "2026-H2"',
    ]);
  });

  it('takes only its own properties', () => {
    expect(problems({ ...good, question: 'aanbevelen' })).toEqual([
      '$.indicators[2].question: unknown property of a target indicator (it takes: indicator, group, baseline, change, by, source)',
    ]);
  });
});
