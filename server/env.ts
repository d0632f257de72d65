import { isIP } from 'node:net';
import { z } from 'zod';
import { envLanguage, type Language } from '../survey-format/command-line/language.ts';
import { ZGroupRoles } from './auth/oidc/group-roles.ts';
import type { OidcOptions } from './auth/oidc/provider.ts';
import { ENV_MESSAGES, envRule } from './env-messages.ts';
import { fieldText } from './problem-text.ts';
import { zodIssueProblem } from './zod-problems.ts';

const ZUrl = z.string().refine((s) => URL.canParse(s), envRule('absolute-url'));
const DATABASE_URL = /^(file:|libsql:|https?:|wss?:)/;
const URL_MESSAGE = envRule('database-url');

const EnvSchema = z
  .object({
    PORT: z.coerce.number({ error: envRule('port') }).int(envRule('port')).min(0, envRule('port')).max(65535, envRule('port')).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z.string().regex(DATABASE_URL, URL_MESSAGE).default('file:data/peil.db'),
    STAFF_DATABASE_URL: z.string().regex(DATABASE_URL, URL_MESSAGE).optional(),
    SURVEYS_DIR: z.string().min(1).default('surveys'),
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((s) => s.split(',').map((a) => a.trim()).filter(Boolean))
      .refine((list) => list.every((a) => isIP(a) !== 0), envRule('ip-list')),
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
      if (env[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message: envRule('with-oidc-issuer') });
    }
  })
  .transform((env, ctx) => {
    const staff = env.STAFF_DATABASE_URL ?? staffBeside(env.DATABASE_URL);
    if (staff === undefined) {
      ctx.addIssue({ code: 'custom', path: ['STAFF_DATABASE_URL'], message: envRule('staff-for-server') });
      return z.NEVER;
    }
    if (staff === env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['STAFF_DATABASE_URL'], message: envRule('staff-apart') });
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
 * everything that is wrong, instead of failing later in some request: the error's message is that
 * list, in `language` (by default the one `LANG` asks for, as every command line chooses it).
 */
export function parseEnv(source: NodeJS.ProcessEnv = process.env, language: Language = envLanguage(source)): Env {
  const parsed = EnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${issueText(i, language)}`);
  throw new Error(`${ENV_MESSAGES.heading[language]}\n${lines.join('\n')}`);
}

/** One problem of the configuration in `language`: a rule of its own by its key, zod's checks by the refusals' codes. */
function issueText(issue: z.core.$ZodIssue, language: Language): string {
  if (Object.hasOwn(ENV_MESSAGES, issue.message) && issue.message !== 'heading') return ENV_MESSAGES[issue.message as keyof typeof ENV_MESSAGES][language];
  // A rule from elsewhere (an organisation-list code in OIDC_ROLES) words itself, in both languages when it can.
  if (issue.code === 'custom') return typeof issue.params?.[language] === 'string' ? String(issue.params[language]) : issue.message;
  return fieldText(zodIssueProblem('', issue), language);
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
