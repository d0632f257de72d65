import { Alert, Button, Paragraph, TextArea } from '@amsterdam/design-system-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ProblemBody } from '../../api.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { parseTargetsCsv } from '../../../server/assignments/targets-csv.ts';
import { workspaceApi, type AssignmentList, type AssignmentTarget, type WaveView } from '../api.ts';
import { assignmentsText } from '../assignments-text.ts';
import { AppLink, clientProblem, FormField, Notice, ProblemAlert, saveBlob, toProblem } from '../common.tsx';
import { AssignmentsList } from './AssignmentsList.tsx';
import { AssignmentTargets, targetFields, type TargetRow } from './AssignmentTargets.tsx';
import type { PageProps } from './types.ts';

const emptyTarget = (key: number): TargetRow => ({ key, reference: '', directorate: '', kind: '', paired: true });

/**
 * `/beheer/golven/<id>/opdrachten`: mystery-guest assignments of an observation wave. Targets are
 * entered in a small table (or pasted as CSV), the links come back once as a CSV download, and the
 * list shows each assignment's progress as the server sees it.
 */
export function AssignmentsPage({ t, locale, onUnauthenticated, waveId }: PageProps & { waveId: string }) {
  const a = assignmentsText[locale];
  const [wave, setWave] = useState<WaveView | null>();
  const [list, setList] = useState<AssignmentList>();
  const [problem, setProblem] = useState<ProblemBody>();
  const [rows, setRows] = useState<TargetRow[]>([emptyTarget(1)]);
  const [nextKey, setNextKey] = useState(2);
  const [pasted, setPasted] = useState('');
  const [notice, setNotice] = useState<string>();
  const [done, setDone] = useState<{ n: number; file: string }>();
  const [busy, setBusy] = useState(false);

  const fail = useCallback(
    (e: unknown) => {
      const p = toProblem(e);
      if (!onUnauthenticated(p)) setProblem(p);
    },
    [onUnauthenticated],
  );
  const load = useCallback(async () => {
    const found = (await workspaceApi.waves()).find((w) => w.id === waveId) ?? null;
    setWave(found);
    if (found?.mode === 'assignment') setList(await workspaceApi.assignments(waveId));
  }, [waveId]);
  useEffect(() => {
    load().catch(fail);
  }, [load, fail]);

  const usePasted = () => {
    setDone(undefined);
    try {
      const parsed = parseTargetsCsv(pasted);
      if (parsed.length === 0) return setNotice(a.pasteNothing);
      const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
      const added = parsed.map((p, i): TargetRow => ({ key: nextKey + i, reference: str(p.reference), directorate: str(p.directorate), kind: str(p.kind), paired: p.paired === true }));
      setRows([...rows.filter((r) => r.reference.trim() || r.directorate || r.kind), ...added]);
      setNextKey(nextKey + added.length);
      setPasted('');
      setProblem(undefined);
      setNotice(a.pasted(added.length));
    } catch (e) {
      const p = toProblem(e);
      setProblem({ ...p, fields: p.fields?.map((f) => ({ ...f, field: 'pasted' })) });
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    setNotice(undefined);
    const local = clientProblem(
      rows.flatMap((r, i) => (r.reference.trim() ? [] : [{ field: `targets.${i}.reference`, message: t.required(a.reference(i + 1)) }])),
    );
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      const targets: AssignmentTarget[] = rows.map(({ reference, directorate, kind, paired }) => ({ reference: reference.trim(), directorate, kind, paired }));
      const { csv, filename } = await workspaceApi.createAssignments(waveId, targets);
      saveBlob(csv, filename);
      setDone({ n: targets.reduce((n, x) => n + (x.paired ? 2 : 1), 0), file: filename });
      setRows([emptyTarget(nextKey)]);
      setNextKey(nextKey + 1);
      await load();
    } catch (err) {
      fail(err);
    }
    setBusy(false);
  };

  const fields = { ...targetFields(rows, a), pasted: { id: 'targets-csv', label: a.pasteLabel } };
  const usable = wave?.mode === 'assignment' && wave.status !== 'closed' && list;
  return (
    <>
      <FocusHeading>{a.title(waveId)}</FocusHeading>
      <AppLink href="/beheer/golven">{t.backToWaves}</AppLink>
      {wave === undefined && !problem && <Paragraph role="status">{t.loading}</Paragraph>}
      {wave === null && <Paragraph>{t.waveNotFound}</Paragraph>}
      {wave && wave.mode !== 'assignment' && <Paragraph>{a.notAssignmentWave}</Paragraph>}
      {wave?.mode === 'assignment' && wave.status === 'closed' && <Paragraph>{a.closed}</Paragraph>}
      {done && <Notice heading={a.downloadedTitle}>{<Paragraph>{a.downloaded(done.n, done.file)}</Paragraph>}</Notice>}
      {notice && <Notice heading={notice} />}
      {problem && <ProblemAlert problem={problem} t={t} fields={fields} />}
      {usable && (
        <>
          <Alert severity="warning" heading={t.onceWarningTitle} headingLevel={2}>
            <Paragraph>{a.onceWarning}</Paragraph>
          </Alert>
          <form onSubmit={submit} noValidate className="peil-form peil-form--wide">
            <AssignmentTargets
              rows={rows}
              onChange={setRows}
              onAdd={() => {
                setRows([...rows, emptyTarget(nextKey)]);
                setNextKey(nextKey + 1);
              }}
              choices={list.choices}
              problem={problem}
              a={a}
              locale={locale}
            />
            <FormField id="targets-csv" label={a.pasteLabel} hint={a.pasteHint} optional={t.optional}>
              {(x) => <TextArea {...x} rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} />}
            </FormField>
            <Button variant="secondary" onClick={usePasted} disabled={!pasted.trim()}>
              {a.pasteButton}
            </Button>
            <Button type="submit" disabled={busy}>
              {a.download}
            </Button>
          </form>
        </>
      )}
      {list && <AssignmentsList list={list} a={a} locale={locale} />}
    </>
  );
}
