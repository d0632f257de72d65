import { describe, expect, it } from 'vitest';
import { ARGUMENT_MESSAGES } from '../../survey-format/command-line/arguments.ts';
import { LANGUAGE_MESSAGES } from '../../survey-format/command-line/language.ts';
import { SURVEY_COMMAND_MESSAGES } from '../../survey-format/checker/cli-messages.ts';
import { DB_MESSAGES } from '../db/db-messages.ts';
import { ENV_MESSAGES } from '../env-messages.ts';
import { SWEEP_MESSAGES } from '../retention/sweep.ts';
import { START_MESSAGES } from '../start-messages.ts';
import { ANALYSE_MESSAGES } from './analyse-messages.ts';
import { PEIL_MESSAGES } from './peil-messages.ts';
import { SEED_MESSAGES } from './seed-messages.ts';
import { SQLD_MESSAGES } from './sqld-messages.ts';

/** Every table of messages a command line or the start-up prints, by where it lives. */
const TABLES: Record<string, Record<string, { nl: unknown; en: unknown }>> = {
  'survey-format/command-line/language.ts': LANGUAGE_MESSAGES,
  'survey-format/command-line/arguments.ts': ARGUMENT_MESSAGES,
  'survey-format/checker/cli-messages.ts': SURVEY_COMMAND_MESSAGES,
  'server/env-messages.ts': ENV_MESSAGES,
  'server/db/db-messages.ts': DB_MESSAGES,
  'server/start-messages.ts': START_MESSAGES,
  'server/retention/sweep.ts': SWEEP_MESSAGES,
  'server/cli/peil-messages.ts': PEIL_MESSAGES,
  'server/cli/analyse-messages.ts': ANALYSE_MESSAGES,
  'server/cli/seed-messages.ts': SEED_MESSAGES,
  'server/cli/sqld-messages.ts': SQLD_MESSAGES,
};
/** Words that are the same in Dutch and English. */
const SAME_IN_BOTH = new Set(['open']);

/** A message's text in one language, its values filled in with stand-ins. */
const sample = (text: unknown): string => (typeof text === 'function' ? String(text(...Array.from({ length: text.length }, (_, i) => `«${i}»`))) : String(text));

describe.each(Object.entries(TABLES))('the messages of %s', (_, table) => {
  it('give every key a Dutch and an English text, taking the same values', () => {
    const incomplete = Object.entries(table).filter(([, t]) => sample(t.nl).trim() === '' || sample(t.en).trim() === '');
    expect(incomplete.map(([key]) => key)).toEqual([]);
    const mismatched = Object.entries(table).filter(([, t]) => typeof t.nl !== typeof t.en || (typeof t.nl === 'function' && (t.nl as Function).length !== (t.en as Function).length));
    expect(mismatched.map(([key]) => key)).toEqual([]);
    for (const t of Object.values(table)) for (const value of sample(t.nl).match(/«\d+»/g) ?? []) expect(sample(t.en)).toContain(value);
  });

  it('word every key differently in the two (none left in English in the Dutch)', () => {
    expect(Object.entries(table).filter(([, t]) => sample(t.nl) === sample(t.en) && !SAME_IN_BOTH.has(sample(t.nl))).map(([key]) => key)).toEqual([]);
  });
});
