import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// LANG as a Dutch machine has it, so the default language is what the CLI chooses, not this machine's.
const runIn = (lang: string, args: string[]) => spawnSync('npx', ['tsx', 'survey-format/checker/cli.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: lang } });
const run = (...args: string[]) => runIn('nl_NL.UTF-8', args);
const broken = 'test/fixtures/broken-surveys/bad-indicators.json';

describe('npm run surveys:check', () => {
  it('prints every problem of a broken file as file: path: message in English with --lang en, and exits 1', () => {
    const { status, stdout, stderr } = run('--lang', 'en', broken);
    const file = broken;
    expect(stdout.trim().split('\n')).toEqual([
      `${file}: $.indicators[0].question: a mean needs a rating or number question; "toelichting" is a free-text question (comment)`,
      `${file}: $.indicators[1].values[1]: "misschien" is not an answer of "aanpassing_gevraagd" (its values: ja, nee)`,
      `${file}: $.indicators[2].question: "aanpassing_type" is not a question in this survey`,
      `${file}: $.indicators[3].questions[1]: a scale needs rating questions; "aanbevelen" is a boolean question`,
      `${file}: $.indicators[4].id: indicator id "tevredenheid" is already used at $.indicators[0]`,
      `${file}: $.indicators[4].kind: must be one of: proportion, compliance, mean, reasons, scale, target`,
    ]);
    expect(stderr).toContain('6 problems in 1 file.');
    expect(status).toBe(1);
  });

  it('speaks Dutch by default, and English when LANG starts with en', () => {
    const dutch = run(broken);
    expect(dutch.stdout.trim().split('\n')[0]).toBe(
      `${broken}: $.indicators[0].question: een gemiddelde vraagt een beoordelingsvraag of getalvraag; "toelichting" is een open vraag (comment)`,
    );
    expect(dutch.stderr).toContain('6 problemen in 1 bestand.');
    expect(runIn('en_GB.UTF-8', [broken]).stdout).toContain(': a mean needs a rating or number question;');
    expect(runIn('en_GB.UTF-8', ['--lang=nl', broken]).stdout).toContain(': een gemiddelde vraagt');
    expect(run('--lang', 'de', broken)).toMatchObject({ status: 2, stdout: '' });
  });

  it('exits 2 with a short usage for an unknown option or language, in Dutch by default and in English with --lang en', () => {
    const { status, stdout, stderr } = run('--fix');
    expect(stdout).toBe('');
    expect(stderr).toBe('surveys:check: onbekende optie --fix\nGebruik: npm run surveys:check [-- [--lang nl|en] PAD...] (--help voor meer)\n');
    expect(status).toBe(2);
    expect(run('--lang', 'en', '--fix').stderr).toBe('surveys:check: unknown option --fix\nUsage: npm run surveys:check [-- [--lang nl|en] PATH...] (--help for more)\n');
    expect(run('--lang', 'de').stderr).toContain('surveys:check: onbekende taal "de" voor --lang: kies nl of en\n');
    expect(runIn('en_GB.UTF-8', ['--lang', 'de']).stderr).toContain('surveys:check: unknown language "de" for --lang: use nl or en\n');
  });

  it('checks the bundled surveys by default, and the files and folders given, with one line for good files', () => {
    expect(run()).toMatchObject({ status: 0, stdout: '8 vragenlijstbestanden gecontroleerd: geen problemen.\n' });
    expect(run('--lang', 'en', 'surveys/exit.json', 'test/fixtures/surveys')).toMatchObject({ status: 0, stdout: 'Checked 2 survey files: no problems.\n' });
  });

  it('explains itself with --help, in Dutch by default and in English with --lang en', () => {
    const { status, stdout } = run('--help');
    expect(stdout).toContain('Gebruik: npm run surveys:check [-- [--lang nl|en] PAD...]\n\nControleert vragenlijstdefinities:');
    expect(status).toBe(0);
    expect(run('--help', '--lang', 'en').stdout).toContain('Usage: npm run surveys:check [-- [--lang nl|en] PATH...]\n\nChecks survey definitions:');
  });
});
