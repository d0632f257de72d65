import { describe, expect, it } from 'vitest';
import { referenceProblem } from './reference.ts';

describe('referenceProblem', () => {
  it('takes vacancy numbers', () => {
    for (const ref of ['V2026-0145', 'VAC.12345', '2026/H2/007', 'ab_12']) expect(referenceProblem(ref), ref).toBeUndefined();
  });

  it('refuses what looks like a name, an e-mail address or a BSN', () => {
    expect(referenceProblem('PJansen')?.en).toBe('has no digit and looks like a name; use the vacancy number');
    expect(referenceProblem('Jan de Vries 1')?.en).toMatch(/without spaces/);
    expect(referenceProblem('p.jansen@amsterdam.nl')?.en).toMatch(/e-mail/);
    // 111222333 passes the 11-check; 111222334 does not and is an ordinary number.
    expect(referenceProblem('111222333')?.en).toMatch(/BSN/);
    expect(referenceProblem('111222334')).toBeUndefined();
    expect(referenceProblem('')?.nl).toBe('is verplicht');
    expect(referenceProblem('V'.repeat(40) + '1')?.nl).toMatch(/hoogstens 40/);
  });
});
