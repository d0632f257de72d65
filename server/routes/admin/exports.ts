import { Hono } from 'hono';
import { authenticated, type AdminEnv } from '../../auth/middleware.ts';
import { requireCan, requirePermission } from '../../auth/permissions.ts';
import { waveInScope } from '../../auth/scope.ts';
import { fieldProblem, Problem, problems } from '../../errors.ts';
import { toCodebook } from '../../exports/codebook.ts';
import { CSV_DIALECTS, type CsvDialect } from '../../csv/write.ts';
import { toCsv } from '../../exports/csv.ts';
import { buildExport, changesSincePrevious } from '../../exports/export.ts';
import { toR } from '../../exports/r.ts';
import { toSpss } from '../../exports/spss.ts';
import { waveStatus } from '../../../survey-format/wave.ts';
import type { AdminDeps } from './deps.ts';
import { recordAudit } from './record.ts';

const FORMATS = ['csv', 'codebook', 'spss', 'r'] as const;
const LABELS = ['codes', 'nl', 'en'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `GET /api/admin/waves/:id/export?format=csv|codebook|spss|r&labels=codes|nl|en&dialect=rfc4180|excel-nl`:
 * a closed wave's answers for statistics software, the CSV also for Excel with Dutch settings
 * (`dialect=excel-nl`: `;`, decimal comma, UTF-8 with BOM; see server/csv/write.ts). The CSV is row-level (pseudonymous microdata): researcher role
 * only, open text scrubbed, background columns coarsened to k. The codebook and the SPSS and R
 * scripts describe it (labels in `labels`, Dutch by default) and are open to admins too. Every
 * export is logged as `export-made`.
 */
export function exportRoutes({ client, staff, now }: AdminDeps) {
  // Session middleware on this route only: a `use('*')` here would run again for every /waves route.
  return new Hono<AdminEnv>().get('/:id/export', authenticated(staff, now), requirePermission('export-scripts', 'export-rows'), async (c) => {
    const account = c.get('session').account;
    const wave = await waveInScope(client, account, c.req.param('id'));
    const format = c.req.query('format') as Format | undefined;
    if (format === undefined || !FORMATS.includes(format)) throw problems.badRequest('format', 'one-of', { values: FORMATS.join(', ') });
    const labels = (c.req.query('labels') ?? 'codes') as (typeof LABELS)[number];
    if (!LABELS.includes(labels)) throw problems.badRequest('labels', 'one-of', { values: LABELS.join(', ') });
    const dialect = (c.req.query('dialect') ?? 'rfc4180') as CsvDialect;
    if (!CSV_DIALECTS.includes(dialect)) throw problems.badRequest('dialect', 'one-of', { values: CSV_DIALECTS.join(', ') });
    requireCan(account, format === 'csv' ? 'export-rows' : 'export-scripts');
    if (waveStatus(wave, now()) !== 'closed') {
      throw new Problem(409, 'wave-not-closed', `Wave "${wave.id}" still takes answers; export it once it is closed.`, [
        fieldProblem('id', 'wave-not-closed'),
      ]);
    }
    if (format === 'csv' && wave.purgedOn !== null) {
      throw new Problem(410, 'answers-deleted', `The answers of wave "${wave.id}" were deleted on ${wave.purgedOn}, at the end of their retention period; only its published figures are kept.`, [
        fieldProblem('id', 'answers-deleted', { on: wave.purgedOn }),
      ]);
    }
    const data = await buildExport(client, wave);
    // Fewer than k answers in the whole wave: no coarsening makes rows of so few people safe to hand out.
    if (format === 'csv' && !data.satisfied) {
      throw new Problem(409, 'too-few-answers', `Wave "${wave.id}" has fewer than ${data.k} answers; its rows are not exported.`, [
        fieldProblem('id', 'fewer-than-k', { k: data.k }),
      ]);
    }
    const lang = labels === 'en' ? 'en' : 'nl';
    const [body, type, extension] =
      format === 'csv'
        ? [toCsv(data, labels, dialect), 'text/csv; charset=utf-8', 'csv']
        : format === 'spss'
          ? [toSpss(data, lang), 'text/plain; charset=utf-8', 'sps']
          : format === 'r'
            ? [toR(data, lang), 'text/plain; charset=utf-8', 'R']
            : [JSON.stringify(toCodebook(data, await changesSincePrevious(client, wave, data.columns)), null, 2), 'application/json; charset=utf-8', 'codebook.json'];
    await recordAudit(staff, now(), account, 'export-made', { wave: wave.id, format, labels, ...(format === 'csv' ? { dialect } : {}), rows: data.rows.length });
    const suffix = format === 'csv' ? `${labels === 'codes' ? '' : `-${labels}`}${dialect === 'excel-nl' ? '-excel' : ''}` : '';
    return c.body(body, 200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${wave.id}${suffix}.${extension}"`,
      'Cache-Control': 'no-store',
    });
  });
}
