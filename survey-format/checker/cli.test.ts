import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args: string[]) => spawnSync('npx', ['tsx', 'survey-format/checker/cli.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run surveys:check', () => {
  it('prints every problem of a broken file as file: path: message and exits 1', () => {
    const { status, stdout, stderr } = run('test/fixtures/broken-surveys/bad-indicators.json');
    const file = 'test/fixtures/broken-surveys/bad-indicators.json';
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

  it('exits 2 with a short usage for an unknown option', () => {
    const { status, stdout, stderr } = run('--fix');
    expect(stdout).toBe('');
    expect(stderr).toContain('Unknown option --fix.\nUsage: npm run surveys:check [-- PATH...]');
    expect(status).toBe(2);
  });

  it('checks the bundled surveys by default, and the files and folders given, with one line for good files', () => {
    expect(run()).toMatchObject({ status: 0, stdout: 'Checked 8 survey files: no problems.\n' });
    expect(run('surveys/exit.json', 'test/fixtures/surveys')).toMatchObject({ status: 0, stdout: 'Checked 2 survey files: no problems.\n' });
  });

  it('explains itself with --help', () => {
    const { status, stdout } = run('--help');
    expect(stdout).toContain('Usage: npm run surveys:check [-- PATH...]');
    expect(status).toBe(0);
  });
});
