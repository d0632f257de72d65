import { isIP } from 'node:net';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, 'must start with file:, libsql:, http(s): or ws(s):')
    .default('file:data/peil.db'),
  SURVEYS_DIR: z.string().min(1).default('surveys'),
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((a) => a.trim()).filter(Boolean))
    .refine((list) => list.every((a) => isIP(a) !== 0), 'must be a comma-separated list of IP addresses'),
});

export type Env = z.infer<typeof EnvSchema>;

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
