import { Hono } from 'hono';
import { z } from 'zod';
import { authenticated, sameOrigin, type AdminEnv } from '../../auth/middleware.ts';
import { periodFiguresScope, procedureReportFor } from '../../auth/figures-scope.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { maySee, requireSurvey } from '../../auth/scope.ts';
import type { Account } from '../../db/accounts.ts';
import { getRecord, listRecords, recordIdOf, replaceRecord, storeRecords } from '../../db/procedure-records.ts';
import { fieldProblem, Problem, problems } from '../../errors.ts';
import { MAX_IMPORT_BYTES, readRegisterCsv } from '../../procedures/import-csv.ts';
import { RegisterForm, type RegisterRecord } from '../../procedures/register-form.ts';
import { registrationVerdicts } from '../../procedures/rooney.ts';
import { analyseProcedures } from '../../../analysis/procedures/analyse-procedures.ts';
import { halfYearWave } from '../../../survey-format/calendar.ts';
import { databaseProcedureSource } from '../../db/procedure-source.ts';
import { jsonBody } from './body.ts';
import { fieldsRefused } from './fields-refused.ts';
import type { AdminDeps } from './deps.ts';
import { recordAudit } from './record.ts';
import { limitBody } from '../body-limit.ts';

/** One record from the workspace form: the register's answers, as a respondent's would be. */
const MAX_RECORD_BYTES = 16 * 1024;
const ZRecord = z.strictObject({ answers: z.record(z.string(), z.unknown()) });
const ZPeriod = z.string().regex(/^\d{4}-H[12]$/);


/**
 * `/api/admin/registers`: registers of procedures (survey-format/register/). List them; list a
 * register's records of a period; enter one record (POST), correct one (PUT), or import a CSV
 * export of the HR system (POST .../import, `text/csv`, at most 16 MB), which stores every row or,
 * when any row is at fault, none (a 422 naming each row and column). Every entry, correction and
 * import is written to the audit log (in the staff database) with counts, never with the records'
 * contents.
 *
 * Entering, importing, correcting and finding records needs the `procedures` permission (the P&O
 * role, server/auth/permissions.ts), which reads nothing else; a procedure's Rooney verdict needs
 * `figures` or `procedures`; a register's figures `figures`, or `published-figures` for a half-year
 * that is over, within a manager's directorate. Every route works within the account's survey scope.
 *
 * Mounted before the admin API's shared 16 KB body limit, so it has its own origin check and limits.
 */
export function registerRoutes({ client, staff, catalog, now }: AdminDeps) {
  const forms = new Map<string, RegisterForm>();
  const formOf = (account: Account, id: string): RegisterForm => {
    requireSurvey(account, id, 'id');
    const entry = catalog.get(id);
    if (entry === undefined || entry.definition.kind !== 'register') {
      throw new Problem(404, 'not-found', `Register "${id}" does not exist.`, [fieldProblem('id', 'no-such', { what: 'register' })]);
    }
    let form = forms.get(id);
    if (form === undefined || form.version !== entry.definition.version) forms.set(id, (form = new RegisterForm(entry.definition)));
    return form;
  };
  const checked = (form: RegisterForm, answers: unknown): RegisterRecord => {
    const result = form.check(answers);
    if (result.ok) return result.record;
    throw fieldsRefused(
      'invalid-record',
      result.problems.map((p) => ({ field: p.column, message: p.nl, en: p.en })),
    );
  };
  const taken = (record: RegisterRecord) =>
    new Problem(409, 'record-exists', `${record.key} staat al in ${record.period}; corrigeer dat record.`, [
      fieldProblem('procedure_ref', 'bilingual', { nl: `${record.key} staat al in ${record.period}`, en: `${record.key} is already in ${record.period}` }),
    ]);

  return new Hono<AdminEnv>()
    .use('*', sameOrigin, authenticated(staff, now))
    .get('/', requirePermission('procedures', 'figures', 'published-figures'), (c) => {
      const account = c.get('session').account;
      const registers = catalog
        .list()
        .filter((s) => s.kind === 'register' && maySee(account, s.id))
        .map((s) => ({ ...s, definition: catalog.get(s.id)!.definition }));
      return c.json({ registers });
    })
    .get('/:id/records', requirePermission('procedures'), async (c) => {
      const form = formOf(c.get('session').account, c.req.param('id'));
      const period = c.req.query('period');
      if (period !== undefined && !ZPeriod.safeParse(period).success) throw problems.badRequest('period', 'half-year');
      return c.json({ register: form.id, records: await listRecords(client, form.id, period) });
    })
    .post('/:id/records', requirePermission('procedures'), limitBody(MAX_RECORD_BYTES), async (c) => {
      const account = c.get('session').account;
      const form = formOf(account, c.req.param('id'));
      const record = checked(form, (await jsonBody(c, ZRecord)).answers);
      if ((await recordIdOf(client, form.id, record.period, record.key)) !== undefined) throw taken(record);
      await storeRecords(client, form.id, form.version, [record]);
      const id = (await recordIdOf(client, form.id, record.period, record.key))!;
      await recordAudit(staff, now(), account, 'procedure-record-entered', { register: form.id, period: record.period, record: id });
      return c.json({ record: await getRecord(client, form.id, id) }, 201);
    })
    .put('/:id/records/:recordId', requirePermission('procedures'), limitBody(MAX_RECORD_BYTES), async (c) => {
      const account = c.get('session').account;
      const form = formOf(account, c.req.param('id'));
      const id = c.req.param('recordId');
      if ((await getRecord(client, form.id, id)) === undefined) throw problems.notFound(`Record "${id}"`);
      const record = checked(form, (await jsonBody(c, ZRecord)).answers);
      const other = await recordIdOf(client, form.id, record.period, record.key);
      if (other !== undefined && other !== id) throw taken(record);
      await replaceRecord(client, id, form.version, record);
      await recordAudit(staff, now(), account, 'procedure-record-corrected', { register: form.id, period: record.period, record: id });
      return c.json({ record: await getRecord(client, form.id, id) });
    })
    // "% procedures gelukt" of one register in one half-year, as npm run analyse publishes it (after
    // disclosure control). Managers and readers read it once the half-year is over, a manager only
    // the city totals and their own directorate (server/auth/figures-scope.ts); every reading is logged.
    .get('/:id/figures', requirePermission('figures', 'published-figures'), async (c) => {
      const account = c.get('session').account;
      const form = formOf(account, c.req.param('id'));
      const period = c.req.query('period') ?? halfYearWave(now());
      if (!ZPeriod.safeParse(period).success) throw problems.badRequest('period', 'half-year');
      const directorate = periodFiguresScope(account, period, now(), c.req.query('directorate'));
      const source = databaseProcedureSource(client, { list: () => catalog.list().filter((s) => s.id === form.id), get: (id) => catalog.get(id) });
      const [report] = await analyseProcedures(source, period);
      await recordAudit(staff, now(), account, 'figures-viewed', { register: form.id, period, directorate });
      return c.json({ register: form.id, period, report: report === undefined ? null : procedureReportFor(report, directorate) });
    })
    // The Rooney verdict of one procedure from its applicants' registrations, while it runs: never a share (analysis/procedures/rooney-verdict.ts).
    // The recruiter (P&O) may see the verdict of a procedure while it runs: a verdict, never a share (decision 016).
    .get('/:id/rooney/:reference', requirePermission('procedures', 'figures'), async (c) => {
      const form = formOf(c.get('session').account, c.req.param('id'));
      const reference = c.req.param('reference');
      const verdict = (await registrationVerdicts(client)).get(reference) ?? 'too_few';
      return c.json({ register: form.id, reference, verdict });
    })
    .post('/:id/import', requirePermission('procedures'), limitBody(MAX_IMPORT_BYTES), async (c) => {
      const account = c.get('session').account;
      const form = formOf(account, c.req.param('id'));
      if (!/^text\/csv\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) {
        throw new Problem(415, 'unsupported-media-type', 'The body must be text/csv.', [fieldProblem('Content-Type', 'csv-only')]);
      }
      const records = readRegisterCsv(form, new Uint8Array(await c.req.arrayBuffer()));
      const counts = await storeRecords(client, form.id, form.version, records);
      const periods = [...new Set(records.map((r) => r.period))].sort();
      await recordAudit(staff, now(), account, 'procedures-imported', { register: form.id, rows: records.length, periods, ...counts });
      return c.json({ register: form.id, rows: records.length, ...counts });
    });
}
