import { Button, DateInput, Heading, Paragraph, Select, Table, TextInput } from '@amsterdam/design-system-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ProblemBody } from '../../api.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { workspaceApi, type SurveySummary, type WaveInput, type WaveView } from '../api.ts';
import { assignmentsText } from '../assignments-text.ts';
import { AppLink, clientProblem, Confirm, fieldMessage, FormField, Notice, ProblemAlert, toProblem, type FieldMap } from '../common.tsx';
import type { PageProps } from './types.ts';

const emptyForm = { surveyId: '', period: '', opensOn: '', closesOn: '', mode: 'invitation', kMin: '5', kSpecial: '10' };

/** `/beheer/golven`: the waves, closing one, and a new wave. */
export function WavesPage({ t, locale, onUnauthenticated }: PageProps) {
  const [waves, setWaves] = useState<WaveView[]>();
  const [surveys, setSurveys] = useState<SurveySummary[]>([]);
  const [problem, setProblem] = useState<ProblemBody>();
  const [formProblem, setFormProblem] = useState<ProblemBody>();
  const [notice, setNotice] = useState<string>();
  const [closing, setClosing] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState(emptyForm);

  const fail = useCallback((set: (p: ProblemBody) => void) => (e: unknown) => {
    const p = toProblem(e);
    if (!onUnauthenticated(p)) set(p);
  }, [onUnauthenticated]);
  const load = useCallback(() => workspaceApi.waves().then(setWaves).catch(fail(setProblem)), [fail]);
  useEffect(() => {
    void load();
    workspaceApi.surveys().then(setSurveys).catch(fail(setProblem));
  }, [load, fail]);

  const title = (id: string) => {
    const s = surveys.find((x) => x.id === id);
    return s ? (locale === 'en' ? s.title.en : s.title.default) : id;
  };

  const close = async (id: string) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await workspaceApi.closeWave(id);
      setClosing(undefined);
      await load();
      // Announced once the table shows it, so what a screen reader hears and what the table says agree.
      setNotice(t.waveClosed(id));
    } catch (e) {
      fail(setProblem)(e);
    }
    setBusy(false);
  };

  const fields: FieldMap = {
    surveyId: { id: 'wave-survey', label: t.survey },
    period: { id: 'wave-period', label: t.period },
    opensOn: { id: 'wave-opens', label: t.opensOn },
    closesOn: { id: 'wave-closes', label: t.closesOn },
    mode: { id: 'wave-mode', label: t.mode },
    kMin: { id: 'wave-kmin', label: t.kMin },
    kSpecial: { id: 'wave-kspecial', label: t.kSpecial },
  };
  const set = (name: keyof typeof emptyForm) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value });
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(undefined);
    const whole = (s: string) => /^\d+$/.test(s.trim());
    const local = clientProblem([
      ...(form.surveyId ? [] : [{ field: 'surveyId', message: t.chooseSurvey }]),
      ...(whole(form.kMin) ? [] : [{ field: 'kMin', message: t.mustBeNumber }]),
      ...(whole(form.kSpecial) ? [] : [{ field: 'kSpecial', message: t.mustBeNumber }]),
    ]);
    setFormProblem(local);
    if (local) return;
    const input: WaveInput = { surveyId: form.surveyId, mode: form.mode as WaveInput['mode'], kMin: Number(form.kMin), kSpecial: Number(form.kSpecial) };
    if (form.period.trim()) input.period = form.period.trim();
    if (form.opensOn) input.opensOn = form.opensOn;
    if (form.closesOn) input.closesOn = form.closesOn;
    setBusy(true);
    try {
      const wave = await workspaceApi.createWave(input);
      setForm(emptyForm);
      await load();
      setNotice(t.waveCreated(wave.id));
    } catch (err) {
      fail(setFormProblem)(err);
    }
    setBusy(false);
  };

  return (
    <>
      <FocusHeading>{t.wavesTitle}</FocusHeading>
      <Paragraph>{t.wavesIntro}</Paragraph>
      {notice && <Notice heading={notice} />}
      {problem && <ProblemAlert problem={problem} t={t} />}
      {closing && (
        <Confirm
          heading={t.closeConfirmTitle(closing)}
          body={t.closeConfirmBody}
          confirm={t.closeConfirm}
          cancel={t.cancel}
          busy={busy}
          onConfirm={() => close(closing)}
          onCancel={() => setClosing(undefined)}
        />
      )}
      {waves === undefined && !problem && <Paragraph role="status">{t.loading}</Paragraph>}
      {waves?.length === 0 && <Paragraph>{t.wavesNone}</Paragraph>}
      {waves && waves.length > 0 && (
        <div className="peil-table-scroll" role="region" aria-label={t.wavesCaption} tabIndex={0}>
          <Table>
            <Table.Caption>{t.wavesCaption}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.colSurvey}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colPeriod}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colOpens}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colCloses}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colMode}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colStatus}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colActions}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {waves.map((w) => (
                <Table.Row key={w.id} data-wave={w.id}>
                  <Table.Cell>{title(w.surveyId)}</Table.Cell>
                  <Table.Cell>{w.period}</Table.Cell>
                  <Table.Cell>{w.opensOn}</Table.Cell>
                  <Table.Cell>{w.closesOn}</Table.Cell>
                  <Table.Cell>{t.modes[w.mode] ?? w.mode}</Table.Cell>
                  <Table.Cell>{w.purgedOn ? t.purged(w.purgedOn) : (t.statuses[w.status] ?? w.status)}</Table.Cell>
                  <Table.Cell>
                    <div className="peil-actions">
                      {w.mode === 'invitation' && w.status !== 'closed' && (
                        <AppLink href={`/beheer/golven/${encodeURIComponent(w.id)}/uitnodigingen`}>{t.invitationsLink(w.id)}</AppLink>
                      )}
                      {w.mode === 'assignment' && (
                        <AppLink href={`/beheer/golven/${encodeURIComponent(w.id)}/opdrachten`}>{assignmentsText[locale].assignmentsLink(w.id)}</AppLink>
                      )}
                      <AppLink href={`/beheer/golven/${encodeURIComponent(w.id)}/respons`}>{t.countsLink(w.id)}</AppLink>
                      <AppLink href={`/beheer/golven/${encodeURIComponent(w.id)}/cijfers`}>{t.indicatorsLink(w.id)}</AppLink>
                      {!w.closed && (
                        <Button variant="secondary" onClick={() => setClosing(w.id)}>
                          {t.closeWave(w.id)}
                        </Button>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}

      <Heading level={2}>{t.newWaveTitle}</Heading>
      {formProblem && <ProblemAlert problem={formProblem} t={t} fields={fields} />}
      <form onSubmit={create} noValidate className="peil-form">
        <FormField id="wave-survey" label={t.survey} error={fieldMessage(formProblem, 'surveyId', t.lang)}>
          {(a) => (
            <Select {...a} name="surveyId" value={form.surveyId} onChange={set('surveyId')}>
              <Select.Option value="">{t.chooseSurvey}</Select.Option>
              {surveys.map((s) => (
                <Select.Option key={s.id} value={s.id}>
                  {locale === 'en' ? s.title.en : s.title.default} ({s.id})
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="wave-period" label={t.period} optional={t.optional} hint={t.periodHint} error={fieldMessage(formProblem, 'period', t.lang)}>
          {(a) => <TextInput {...a} name="period" value={form.period} onChange={set('period')} />}
        </FormField>
        <FormField id="wave-opens" label={t.opensOn} optional={t.optional} hint={t.opensOnHint} error={fieldMessage(formProblem, 'opensOn', t.lang)}>
          {(a) => <DateInput {...a} name="opensOn" value={form.opensOn} onChange={set('opensOn')} />}
        </FormField>
        <FormField id="wave-closes" label={t.closesOn} optional={t.optional} hint={t.closesOnHint} error={fieldMessage(formProblem, 'closesOn', t.lang)}>
          {(a) => <DateInput {...a} name="closesOn" value={form.closesOn} onChange={set('closesOn')} />}
        </FormField>
        <FormField id="wave-mode" label={t.mode} error={fieldMessage(formProblem, 'mode', t.lang)}>
          {(a) => (
            <Select {...a} name="mode" value={form.mode} onChange={set('mode')}>
              <Select.Option value="invitation">{t.modes.invitation}</Select.Option>
              <Select.Option value="open">{t.modes.open}</Select.Option>
              <Select.Option value="assignment">{t.modes.assignment}</Select.Option>
            </Select>
          )}
        </FormField>
        <FormField id="wave-kmin" label={t.kMin} hint={t.kMinHint} error={fieldMessage(formProblem, 'kMin', t.lang)}>
          {(a) => <TextInput {...a} name="kMin" inputMode="numeric" size={4} value={form.kMin} onChange={set('kMin')} />}
        </FormField>
        <FormField id="wave-kspecial" label={t.kSpecial} hint={t.kSpecialHint} error={fieldMessage(formProblem, 'kSpecial', t.lang)}>
          {(a) => <TextInput {...a} name="kSpecial" inputMode="numeric" size={4} value={form.kSpecial} onChange={set('kSpecial')} />}
        </FormField>
        <Button type="submit" disabled={busy}>
          {t.createWave}
        </Button>
      </form>
    </>
  );
}
