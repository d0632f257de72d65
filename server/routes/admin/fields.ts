import { z } from 'zod';
import { ZUnitCode } from '../../../survey-format/organisation/unit-code.ts';
import { ROLES } from '../../auth/permissions.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/policy.ts';

/** Usernames are compared in lower case; 3 to 40 letters, digits, dots, dashes or underscores. */
export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'username-format');

export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH);

export const ZRole = z.enum(ROLES);

/** Survey ids a researcher is limited to, or null for every survey. */
export const ZSurveyScope = z.array(z.string().min(1).max(100)).max(100).nullable();

/** The directorate a directorate manager sees, as a code of the organisation list (a label is taken too); null for other roles. */
export const ZDirectorate = ZUnitCode.nullable();
