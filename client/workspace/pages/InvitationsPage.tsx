import { Alert, Button, FieldSet, Paragraph, Row, TextInput } from '@amsterdam/design-system-react';
import { useEffect, useState, type FormEvent } from 'react';
import { attributeLabels } from '../../../survey-format/organisation/organisation.ts';
import type { ProblemBody } from '../../api.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { workspaceApi, type WaveView } from '../api.ts';
import { AppLink, clientProblem, fieldMessage, FormField, Notice, ProblemAlert, saveBlob, toProblem, type FieldMap } from '../common.tsx';
import type { PageProps } from './types.ts';

type AttributeRow = { key: number; name: string; value: string };

/** `/beheer/golven/<id>/uitnodigingen`: a batch of single-use links, downloaded once as CSV. */
export function InvitationsPage({ t, locale, onUnauthenticated, waveId }: PageProps & { waveId: string }) {
  const [wave, setWave] = useState<WaveView | null>();
  const [problem, setProblem] = useState<ProblemBody>();
  const [count, setCount] = useState('');
  const [rows, setRows] = useState<AttributeRow[]>([{ key: 1, name: '', value: '' }]);
  const [nextKey, setNextKey] = useState(2);
  const [done, setDone] = useState<{ n: number; file: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    workspaceApi
      .waves()
      .then((ws) => setWave(ws.find((w) => w.id === waveId) ?? null))
      .catch((e) => {
        const p = toProblem(e);
        if (!onUnauthenticated(p)) setProblem(p);
      });
  }, [waveId, onUnauthenticated]);

  const fields: FieldMap = { count: { id: 'invite-count', label: t.count } };
  rows.forEach((r, i) => {
    if (r.name.trim()) fields[`attributes.${r.name.trim()}`] = { id: `attr-name-${r.key}`, label: t.attributeName(i + 1) };
  });
  fields.attributes = { id: `attr-name-${rows[0]?.key ?? 1}`, label: t.attributesLegend };
  const setRow = (key: number, change: Partial<AttributeRow>) => setRows(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    const n = Number(count.trim());
    const filled = rows.filter((r) => r.name.trim() || r.value.trim());
    const local = clientProblem([
      ...(/^\d+$/.test(count.trim()) && n > 0 ? [] : [{ field: 'count', message: t.mustBeNumber }]),
      ...filled.filter((r) => !r.name.trim() || !r.value.trim()).map((r) => ({ field: `attributes.${r.name.trim() || '?'}`, message: t.required(r.name.trim() ? t.attributeValue(rows.indexOf(r) + 1) : t.attributeName(rows.indexOf(r) + 1)) })),
    ]);
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      const attributes = Object.fromEntries(filled.map((r) => [r.name.trim(), r.value.trim()]));
      const { csv, filename } = await workspaceApi.invitations(waveId, n, attributes);
      saveBlob(csv, filename);
      setDone({ n, file: filename });
      setCount('');
    } catch (err) {
      const p = toProblem(err);
      if (!onUnauthenticated(p)) setProblem(p);
    }
    setBusy(false);
  };

  const usable = wave && wave.mode === 'invitation' && wave.status !== 'closed';
  return (
    <>
      <FocusHeading>{t.invitationsTitle(waveId)}</FocusHeading>
      <AppLink href="/beheer/golven">{t.backToWaves}</AppLink>
      {wave === undefined && !problem && <Paragraph role="status">{t.loading}</Paragraph>}
      {wave === null && <Paragraph>{t.waveNotFound}</Paragraph>}
      {wave && wave.mode !== 'invitation' && <Paragraph>{t.notInvitationWave}</Paragraph>}
      {wave && wave.mode === 'invitation' && wave.status === 'closed' && <Paragraph>{t.waveIsClosed}</Paragraph>}
      {done && <Notice heading={t.downloadedTitle}>{<Paragraph>{t.downloaded(done.n, done.file)}</Paragraph>}</Notice>}
      {problem && <ProblemAlert problem={problem} t={t} fields={fields} />}
      {usable && (
        <>
          <Alert severity="warning" heading={t.onceWarningTitle} headingLevel={2}>
            <Paragraph>{t.onceWarning}</Paragraph>
          </Alert>
          <form onSubmit={submit} noValidate className="peil-form">
            <FormField id="invite-count" label={t.count} error={fieldMessage(problem, 'count', t.lang)}>
              {(a) => <TextInput {...a} name="count" inputMode="numeric" size={8} value={count} onChange={(e) => setCount(e.target.value)} />}
            </FormField>
            <FieldSet legend={t.attributesLegend} hint={t.optional} aria-describedby="attributes-hint">
              <Paragraph id="attributes-hint" size="small">
                {t.attributesHint}
              </Paragraph>
              {rows.map((r, i) => (
                <Row key={r.key} wrap alignVertical="end" className="peil-attribute-row">
                  <FormField id={`attr-name-${r.key}`} label={t.attributeName(i + 1)} error={r.name.trim() ? fieldMessage(problem, `attributes.${r.name.trim()}`, t.lang) : undefined}>
                    {(a) => <TextInput {...a} value={r.name} onChange={(e) => setRow(r.key, { name: e.target.value })} />}
                  </FormField>
                  <FormField id={`attr-value-${r.key}`} label={t.attributeValue(i + 1)}>
                    {(a) => <TextInput {...a} list={`attr-codes-${r.key}`} value={r.value} onChange={(e) => setRow(r.key, { value: e.target.value })} />}
                  </FormField>
                  {/* A directorate or scale band: the codes of the organisation list to pick from, with their labels. */}
                  <datalist id={`attr-codes-${r.key}`}>
                    {Object.entries(attributeLabels(r.name.trim(), locale === 'en' ? 'en' : 'nl')).map(([code, label]) => (
                      <option key={code} value={code} label={label} />
                    ))}
                  </datalist>
                  {rows.length > 1 && (
                    <Button variant="tertiary" onClick={() => setRows(rows.filter((x) => x.key !== r.key))}>
                      {t.removeAttribute(i + 1)}
                    </Button>
                  )}
                </Row>
              ))}
              <Button
                variant="secondary"
                onClick={() => {
                  setRows([...rows, { key: nextKey, name: '', value: '' }]);
                  setNextKey(nextKey + 1);
                }}
              >
                {t.addAttribute}
              </Button>
            </FieldSet>
            <Button type="submit" disabled={busy}>
              {t.download}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
