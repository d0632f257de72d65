import { describe, expect, it } from 'vitest';
import { ZUnitCode } from './unit-code.ts';

describe('ZUnitCode', () => {
  it('takes a code or a label in either language, in any case, and gives the code', () => {
    expect(ZUnitCode.parse('noord')).toBe('noord');
    expect(ZUnitCode.parse(' Stadsdeel Noord ')).toBe('noord');
    expect(ZUnitCode.parse('NOORD DISTRICT')).toBe('noord');
    expect(ZUnitCode.parse('Sociaal')).toBe('sociaal');
  });

  it('refuses a name that is not in the list', () => {
    const result = ZUnitCode.safeParse('Marketing');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be a directorate or district of the organisation list, by code (such as sociaal or noord) or name; "Marketing" is neither');
  });
});
