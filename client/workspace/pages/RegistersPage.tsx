import { Button, FieldSet, Heading, Paragraph, Radio, Select, TextInput } from '@amsterdam/design-system-react';
import { useEffect, useState, type FormEvent } from 'react';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { workspaceApi, type ImportResult, type RegisterElement, type RegisterView } from '../api.ts';
import { fieldMessage, FormField, Notice, ProblemAlert, useProblem, type FieldMap } from '../common.tsx';
import { registersText } from '../registers-text.ts';
import { RegisterFigures } from './RegisterFigures.tsx';
import type { PageProps } from './types.ts';

/**
 * `/beheer/registers`: enter a record of a register of procedures with an ordinary form (every
 * question of the register, native inputs, so it works with the keyboard alone), or import the HR
 * system's CSV export. The server checks both; its refusals name each field or row. Entering
 * (`entering`: the P&O role) and the figures (`withFigures`) are shown as the account's permissions allow.
 */
export function RegistersPage({ t, locale, onUnauthenticated, entering, withFigures }: PageProps & { entering: boolean; withFigures: boolean }) {
  const r = registersText[locale];
  const [registers, setRegisters] = useState<RegisterView[]>();
  const [chosen, setChosen] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [problem, setProblem, fail] = useProblem(onUnauthenticated);
  const [saved, setSaved] = useState<string>();
  const [file, setFile] = useState<File>();
  const [imported, setImported] = useState<ImportResult>();
  const [editing, setEditing] = useState<{ id: string; reference: string }>();
  const [find, setFind] = useState({ reference: '', period: '' });
  useEffect(() => {
    workspaceApi
      .registers()
      .then((list) => {
        setRegisters(list);
        setChosen(list[0]?.id ?? '');
      })
      .catch(fail);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const register = registers?.find((x) => x.id === chosen);
  const elements = (register?.definition.survey.pages ?? []).flatMap((p) => p.elements ?? []).filter((e) => e.type !== 'html');
  const text = (s: { default: string; en: string } | undefined, fallback: string) => (s === undefined ? fallback : locale === 'en' ? s.en : s.default);
  const fields: FieldMap = Object.fromEntries(elements.map((e) => [e.name, { id: `record-${e.name}`, label: text(e.title, e.name) }]));

  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    setProblem(undefined);
    setSaved(undefined);
    const typed: Record<string, unknown> = {};
    for (const e of elements) {
      const v = answers[e.name]?.trim();
      if (v) typed[e.name] = e.inputType === 'number' && /^-?\d+$/.test(v) ? Number(v) : v;
    }
    try {
      if (editing) {
        const record = await workspaceApi.correctRecord(chosen, editing.id, typed);
        setSaved(r.corrected(record.reference, record.period));
        setEditing(undefined);
      } else {
        const record = await workspaceApi.enterRecord(chosen, typed);
        setSaved(r.saved(record.reference, record.period));
      }
      setAnswers({});
    } catch (e) {
      fail(e);
    }
  };
  const lookUp = async (ev: FormEvent) => {
    ev.preventDefault();
    setProblem(undefined);
    setSaved(undefined);
    try {
      const found = (await workspaceApi.records(chosen, find.period.trim())).find((x) => x.reference === find.reference.trim());
      if (!found) return setSaved(r.notFound(find.reference.trim(), find.period.trim()));
      setEditing({ id: found.id, reference: found.reference });
      setAnswers(Object.fromEntries(Object.entries(found.answers).map(([k, v]) => [k, String(v)])));
      document.getElementById('record-procedure_ref')?.focus();
    } catch (e) {
      fail(e);
    }
  };
  const upload = async (ev: FormEvent) => {
    ev.preventDefault();
    setProblem(undefined);
    setImported(undefined);
    if (!file) return setProblem({ type: 'urn:peil:problem:client', title: r.noFile, status: 0, detail: r.noFile, fields: [{ field: 'import-file', message: r.noFile }] });
    try {
      setImported(await workspaceApi.importRecords(chosen, file));
    } catch (e) {
      fail(e);
    }
  };
  const set = (name: string, value: string) => setAnswers((a) => ({ ...a, [name]: value }));

  return (
    <>
      <FocusHeading>{r.title}</FocusHeading>
      <Paragraph>{r.intro}</Paragraph>
      {!registers && !problem && <Paragraph role="status">{t.loading}</Paragraph>}
      {registers?.length === 0 && <Paragraph>{r.none}</Paragraph>}
      {problem && <ProblemAlert problem={problem} t={t} fields={{ ...fields, 'import-file': { id: 'import-file', label: r.importFile } }} />}
      {saved && <Notice heading={saved} />}
      {imported && <Notice heading={r.imported(imported.rows, imported.inserted, imported.updated, imported.unchanged)} />}
      {registers && registers.length > 0 && (
        <>
          <FormField id="register" label={r.register}>
            {(x) => (
              <Select {...x} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                {registers.map((g) => (
                  <Select.Option key={g.id} value={g.id}>
                    {text(g.title, g.id)}
                  </Select.Option>
                ))}
              </Select>
            )}
          </FormField>
          {entering && (
            <>
              <form onSubmit={lookUp} noValidate className="peil-form">
                <Heading level={2}>{r.findHeading}</Heading>
                <FormField id="find-reference" label={r.findReference}>
                  {(x) => <TextInput {...x} size={16} value={find.reference} onChange={(e) => setFind({ ...find, reference: e.target.value })} />}
                </FormField>
                <FormField id="find-period" label={r.findPeriod} hint={r.periodHint}>
                  {(x) => <TextInput {...x} size={10} value={find.period} onChange={(e) => setFind({ ...find, period: e.target.value })} />}
                </FormField>
                <Button type="submit" variant="secondary">
                  {r.findButton}
                </Button>
              </form>
              <form onSubmit={save} noValidate className="peil-form">
                <Heading level={2}>{editing ? r.correcting(editing.reference) : r.formHeading}</Heading>
                {elements.map((e) => (
                  <Question key={`${chosen}-${e.name}`} element={e} value={answers[e.name] ?? ''} onChange={(v) => set(e.name, v)} error={fieldMessage(problem, e.name, t.lang)} text={text} r={r} />
                ))}
                <Button type="submit">{editing ? r.saveCorrection : r.save}</Button>
              </form>
              <form onSubmit={upload} noValidate className="peil-form">
                <Heading level={2}>{r.importHeading}</Heading>
                <FormField id="import-file" label={r.importFile} hint={r.importHint}>
                  {(x) => <input {...x} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0])} />}
                </FormField>
                <Button type="submit" variant="secondary">
                  {r.importButton}
                </Button>
              </form>
            </>
          )}
          {withFigures && <RegisterFigures key={chosen} register={chosen} r={r} locale={locale} onProblem={fail} />}
        </>
      )}
    </>
  );
}

/** One question of the form: a text or number field, a select for a dropdown, radio buttons for a radiogroup. */
function Question(props: {
  element: RegisterElement;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  text: (s: { default: string; en: string } | undefined, fallback: string) => string;
  r: (typeof registersText)['nl'];
}) {
  const { element: e, value, onChange, error, text, r } = props;
  const id = `record-${e.name}`;
  const label = text(e.title, e.name);
  const optional = e.isRequired ? undefined : r.optional;
  const hint = e.description ? text(e.description, '') : undefined;
  if (e.type === 'radiogroup') {
    return (
      <FieldSet legend={label} hint={optional} invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}>
        {error && (
          <Paragraph id={`${id}-error`} className="ams-error-message">
            {error}
          </Paragraph>
        )}
        {hint && <Paragraph size="small">{hint}</Paragraph>}
        {(e.choices ?? []).map((c, i) => (
          <Radio key={c.value} id={i === 0 ? id : `${id}-${c.value}`} name={e.name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)}>
            {text(c.text, c.value)}
          </Radio>
        ))}
      </FieldSet>
    );
  }
  return (
    <FormField id={id} label={label} optional={optional} hint={hint} error={error}>
      {(x) =>
        e.type === 'dropdown' ? (
          <Select {...x} value={value} onChange={(ev) => onChange(ev.target.value)}>
            <Select.Option value="">{r.choose}</Select.Option>
            {(e.choices ?? []).map((c) => (
              <Select.Option key={c.value} value={c.value}>
                {text(c.text, c.value)}
              </Select.Option>
            ))}
          </Select>
        ) : (
          <TextInput {...x} inputMode={e.inputType === 'number' ? 'numeric' : undefined} value={value} onChange={(ev) => onChange(ev.target.value)} />
        )
      }
    </FormField>
  );
}
