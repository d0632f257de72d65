import { isIP } from 'node:net';
import { z } from 'zod';
import { ZGroupRoles } from './auth/oidc/group-roles.ts';
import type { OidcOptions } from './auth/oidc/provider.ts';

const ZUrl = z.string().refine((s) => URL.canParse(s), 'must be an absolute URL');
const DATABASE_URL = /^(file:|libsql:|https?:|wss?:)/;
const URL_MESSAGE = 'must start with file:, libsql:, http(s): or ws(s):';

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z.string().regex(DATABASE_URL, URL_MESSAGE).default('file:data/peil.db'),
    STAFF_DATABASE_URL: z.string().regex(DATABASE_URL, URL_MESSAGE).optional(),
    SURVEYS_DIR: z.string().min(1).default('surveys'),
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((s) => s.split(',').map((a) => a.trim()).filter(Boolean))
      .refine((list) => list.every((a) => isIP(a) !== 0), 'must be a comma-separated list of IP addresses'),
    // Sign-in through the organisation's identity provider (README, "Signing in with the organisation's account").
    OIDC_ISSUER: ZUrl.optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_REDIRECT_URI: ZUrl.optional(),
    OIDC_GROUPS_CLAIM: z.string().min(1).default('groups'),
    OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
    OIDC_ROLES: ZGroupRoles.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.OIDC_ISSUER === undefined) return;
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI', 'OIDC_ROLES'] as const) {
      if (env[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message: 'is required with OIDC_ISSUER' });
    }
  })
  .transform((env, ctx) => {
    const staff = env.STAFF_DATABASE_URL ?? staffBeside(env.DATABASE_URL);
    if (staff === undefined) {
      ctx.addIssue({ code: 'custom', path: ['STAFF_DATABASE_URL'], message: 'is required when DATABASE_URL is a libSQL server' });
      return z.NEVER;
    }
    if (staff === env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['STAFF_DATABASE_URL'], message: 'must not be DATABASE_URL: answers and staff data live apart' });
      return z.NEVER;
    }
    return { ...env, STAFF_DATABASE_URL: staff };
  });

export type Env = z.infer<typeof EnvSchema>;

/**
 * The staff database (researcher accounts, sessions, audit log) beside an embedded answers file:
 * `file:data/peil.db` gives `file:data/peil-staff.db`. A libSQL server has no "beside".
 */
export function staffBeside(answersUrl: string): string | undefined {
  if (!answersUrl.startsWith('file:')) return undefined;
  return answersUrl.replace(/(\.db)?$/, (ext) => `-staff${ext || '.db'}`);
}

/**
 * Reads the environment once at start-up. A bad value stops the process with a list of
 * everything that is wrong, instead of failing later in some request.
 */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new Error(`Invalid environment:\n${lines.join('\n')}`);
}

/** The identity provider's settings, when OIDC_ISSUER is set (parseEnv has checked the rest is there). */
export function oidcOptions(env: Env): OidcOptions | undefined {
  if (env.OIDC_ISSUER === undefined) return undefined;
  return {
    issuer: new URL(env.OIDC_ISSUER),
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    redirectUri: new URL(env.OIDC_REDIRECT_URI!),
    groupsClaim: env.OIDC_GROUPS_CLAIM,
    usernameClaim: env.OIDC_USERNAME_CLAIM,
    roles: env.OIDC_ROLES!,
  };
}
