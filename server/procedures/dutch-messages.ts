/**
 * The answer validator's messages (survey-format/validation, English) in Dutch, for the people who
 * enter and import register records. Only the rules a register's questions can break are listed;
 * anything else is shown in English after a Dutch lead.
 */
const RULES: readonly [RegExp, (...m: string[]) => string][] = [
  [/^is required$/, () => 'is verplicht'],
  [/^must be one of: (.*)$/, (v) => `moet een van deze waarden zijn: ${v}`],
  [/^must be a number$/, () => 'moet een getal zijn'],
  [/^must be text$/, () => 'moet tekst zijn'],
  [/^must be at most (\d+) characters$/, (n) => `mag hoogstens ${n} tekens hebben`],
  [/^must be at least (\d+) characters$/, (n) => `moet minstens ${n} tekens hebben`],
  [/^must be at most (.+)$/, (n) => `mag hoogstens ${n} zijn`],
  [/^must be at least (.+)$/, (n) => `moet minstens ${n} zijn`],
  [/^must be true or false$/, () => 'moet ja of nee zijn'],
  [/^is not a question in this survey$/, () => 'is geen vraag van dit register'],
];

/** The Dutch for one validator message. */
export function dutchMessage(english: string): string {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(english);
    if (m) return say(...m.slice(1));
  }
  return `past niet bij het register (${english})`;
}
