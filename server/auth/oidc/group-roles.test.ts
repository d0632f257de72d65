import { describe, expect, it } from 'vitest';
import { ZGroupRoles } from './group-roles.ts';

describe('OIDC_ROLES', () => {
  it('stores a manager\'s directorate as the code of the organisation list, given its code or its name', () => {
    const roles = ZGroupRoles.parse(JSON.stringify([
      { group: 'g1', role: 'manager', directorate: 'Stadsdeel Noord' },
      { group: 'g2', role: 'manager', directorate: 'sociaal' },
    ]));
    expect(roles.map((r) => r.directorate)).toEqual(['noord', 'sociaal']);
  });

  it('refuses a directorate that is not in the organisation list', () => {
    const result = ZGroupRoles.safeParse(JSON.stringify([{ group: 'g1', role: 'manager', directorate: 'Marketing' }]));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['0.directorate']);
  });
});
