import { z } from 'zod';
import { ZUnitCode } from '../../../survey-format/organisation/unit-code.ts';
import { envRule as rule } from '../../env-messages.ts';
import { ROLES, type Role } from '../permissions.ts';

/**
 * One line of `OIDC_ROLES`: members of `group` (as the identity provider names it in the groups
 * claim: at Entra ID, the group's object id) get `role`, a researcher optionally limited to
 * `surveys`, a manager always to one `directorate`.
 */
export const ZGroupRole = z
  .strictObject({
    group: z.string().min(1).max(200),
    role: z.enum(ROLES),
    surveys: z.array(z.string().min(1).max(100)).max(100).optional(),
    /** A code of the organisation list (a label is taken too and stored as the code). */
    directorate: ZUnitCode.optional(),
  })
  .refine((g) => (g.role === 'manager') === (g.directorate !== undefined), { message: rule('roles-manager'), path: ['directorate'] })
  .refine((g) => g.surveys === undefined || g.role === 'researcher', { message: rule('roles-surveys'), path: ['surveys'] });
export type GroupRole = z.infer<typeof ZGroupRole>;

/** `OIDC_ROLES`: a JSON array of {@link GroupRole}, in order of precedence (its messages: server/env-messages.ts). */
export const ZGroupRoles = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: rule('roles-json') });
      return z.NEVER;
    }
  })
  .pipe(z.array(ZGroupRole).min(1, rule('roles-empty')));

/** The access a signed-in user gets. */
export interface Access {
  role: Role;
  surveys: string[] | null;
  directorate: string | null;
}

/**
 * The access the user's groups give: the first line of `roles` whose group the user is in (so
 * list the most powerful first), or undefined when none is: then the user is refused.
 */
export function accessFromGroups(roles: readonly GroupRole[], groups: readonly string[]): Access | undefined {
  const line = roles.find((r) => groups.includes(r.group));
  if (line === undefined) return undefined;
  return { role: line.role, surveys: line.surveys ? [...new Set(line.surveys)].sort() : null, directorate: line.directorate ?? null };
}

/** The groups claim as a list of strings, whatever the provider sent (absent, one string, or a list). */
export function groupsFrom(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
}
