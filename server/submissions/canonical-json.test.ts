import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

/** A small deterministic generator (mulberry32), so a failure can be run again. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Characters that sort differently by code point and by UTF-16 unit, need escaping, or are digits (array-index keys).
const CHARS = ['a', 'B', 'z', '_', '-', '1', '0', '9', 'é', 'ß', '"', '\\', '\n', '\u0000', '\u001f', '\u2028', '\uffff', '😀', '\u{10000}', 'ﬀ'];
const NUMBERS = [0, -0, 1, -1, 0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, 5e-324, Number.MAX_VALUE, -1.5e300, 2 ** 53, 4.35];

function value(next: () => number, depth: number): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const text = () => Array.from({ length: Math.floor(next() * 6) }, () => pick(CHARS)).join('');
  const kind = depth > 3 ? Math.floor(next() * 4) : Math.floor(next() * 6);
  if (kind === 0) return text();
  if (kind === 1) return next() < 0.5 ? pick(NUMBERS) : Math.round((next() - 0.5) * 1e6) / 100;
  if (kind === 2) return next() < 0.5;
  if (kind === 3) return null;
  if (kind === 4) return Array.from({ length: Math.floor(next() * 5) }, () => value(next, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = Math.floor(next() * 7); i > 0; i--) object[next() < 0.2 ? String(Math.floor(next() * 20)) : text()] = value(next, depth + 1);
  return object;
}

describe('canonicalJson', () => {
  it('writes what the canonicalize package writes, for 5,000 random JSON values', () => {
    const next = random(20261205);
    for (let i = 0; i < 5000; i++) {
      const v = value(next, 0);
      expect(canonicalJson(v), JSON.stringify(v)).toBe(canonicalize(v));
    }
  });

  it('sorts keys by UTF-16 code units and leaves out undefined properties (RFC 8785, section 3.2.3)', () => {
    expect(canonicalJson({ b: 1, a: [undefined, { d: undefined, c: 'x' }], '\u{10000}': 2, '\uffff': 3, 10: 4, 9: 5 })).toBe(
      '{"10":4,"9":5,"a":[null,{"c":"x"}],"b":1,"\u{10000}":2,"\uffff":3}',
    );
  });

  it('refuses what has no canonical form, as the package does', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '\ud800', { '\udc00': 1 }, [1, '\ud83d']]) {
      expect(() => canonicalize(bad), String(bad)).toThrow();
      expect(() => canonicalJson(bad), String(bad)).toThrow();
    }
  });

  it('refuses what is not JSON data instead of converting it', () => {
    for (const bad of [undefined, () => 1, Symbol('s'), 1n, new Date(0)]) expect(() => canonicalJson(bad)).toThrow(TypeError);
  });
});
