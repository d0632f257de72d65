/**
 * The layers of Peil, enforced (docs/layers.md): every relative import of a .ts or .tsx file under
 * a layer's folder, tests included, must land in that folder or in a folder below it.
 *
 *   survey-format/  <- analysis/  <- server/  <- client/        (bench/ and test/ may import anything)
 *
 * A new arrow upwards (analysis reaching into the server's database modules, the survey format
 * borrowing from the checker's callers) fails here with the file and the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The top-level folders each layer may import from, besides its own. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'survey-format': [],
  analysis: ['survey-format'],
  server: ['survey-format', 'analysis'],
  client: ['survey-format', 'analysis', 'server'],
};

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, over line breaks.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"`])([^'"`]+)\1/g;

/** The module specifiers a source text imports or re-exports, static and dynamic. */
function importsOf(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => m[2]!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Top-level folder of a path inside the repository ('.' for a file at the root), or null outside it. */
function topFolder(path: string): string | null {
  const rel = relative(root, path);
  if (rel.startsWith('..')) return null;
  return rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '.';
}

/** Every import of a layer's files that lands in a folder the layer may not import from, as `file: specifier`. */
function forbiddenImports(layer: string): string[] {
  const allowed = new Set([layer, ...MAY_IMPORT[layer]!]);
  return sourceFiles(join(root, layer)).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.') || specifier.startsWith('/'))
      .filter((specifier) => !allowed.has(topFolder(resolve(dirname(file), specifier)) ?? 'outside the repository'))
      .map((specifier) => `${relative(root, file)}: ${specifier}`),
  );
}

describe('imports point down the layers only', () => {
  for (const [layer, below] of Object.entries(MAY_IMPORT)) {
    it(`${layer}/ imports ${below.length === 0 ? 'nothing else of Peil' : `only from ${below.map((b) => `${b}/`).join(', ')}`}`, () => {
      expect(forbiddenImports(layer)).toEqual([]);
    });
  }
});

describe('importsOf', () => {
  it('finds static, re-exported, side-effect and dynamic imports, also over several lines', () => {
    const source = [
      "import { a } from '../server/db/waves.ts';",
      "import type {\n  B,\n} from \"../../server/waves/wave.ts\";",
      "export { c } from './c.ts';",
      "export * from '../d.ts';",
      "import './setup.ts';",
      "const e = await import('../server/env.ts');",
      "const f = await import(\n  '../f.ts'\n);",
      "import zod from 'zod';",
    ].join('\n');
    expect(importsOf(source)).toEqual(['../server/db/waves.ts', '../../server/waves/wave.ts', './c.ts', '../d.ts', './setup.ts', '../server/env.ts', '../f.ts', 'zod']);
  });
});
