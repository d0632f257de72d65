const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/** A `major.minor.patch` version as numbers, or undefined when it is not one. */
export function parseVersion(version: unknown): [number, number, number] | undefined {
  const m = typeof version === 'string' ? VERSION.exec(version) : null;
  return m === null ? undefined : [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Orders versions numerically (1.10.0 after 1.9.0); versions that do not parse sort first. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [-1, -1, -1];
  const y = parseVersion(b) ?? [-1, -1, -1];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
