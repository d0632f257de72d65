import { Button, Checkbox, FieldSet, Heading, Paragraph, PasswordInput, Select, Table, TextInput } from '@amsterdam/design-system-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ProblemBody } from '../../api.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { workspaceApi, type Account, type SurveySummary } from '../api.ts';
import { clientProblem, Confirm, fieldMessage, FormField, Notice, ProblemAlert, toProblem, type FieldMap } from '../common.tsx';
import type { PageProps } from './types.ts';

/** `/beheer/accounts`, admins only: the accounts, a new one, deleting one. */
export function AccountsPage({ t, locale, onUnauthenticated, me }: PageProps & { me: Account }) {
  const [accounts, setAccounts] = useState<Account[]>();
  const [surveys, setSurveys] = useState<SurveySummary[]>([]);
  const [problem, setProblem] = useState<ProblemBody>();
  const [formProblem, setFormProblem] = useState<ProblemBody>();
  const [notice, setNotice] = useState<string>();
  const [deleting, setDeleting] = useState<Account>();
  const [busy, setBusy] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Account['role']>('researcher');
  const [scope, setScope] = useState<string[]>([]);
  const [directorate, setDirectorate] = useState('');

  const fail = useCallback(
    (set: (p: ProblemBody) => void) => (e: unknown) => {
      const p = toProblem(e);
      if (!onUnauthenticated(p)) set(p);
    },
    [onUnauthenticated],
  );
  const load = useCallback(() => workspaceApi.accounts().then(setAccounts).catch(fail(setProblem)), [fail]);
  useEffect(() => {
    if (me.role !== 'admin') return;
    void load();
    workspaceApi.surveys().then(setSurveys).catch(fail(setProblem));
  }, [load, fail, me.role]);

  if (me.role !== 'admin') {
    return (
      <>
        <FocusHeading>{t.accountsTitle}</FocusHeading>
        <Paragraph>{t.notAdmin}</Paragraph>
      </>
    );
  }

  const remove = async (a: Account) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await workspaceApi.deleteAccount(a.id);
      setNotice(t.accountDeleted(a.username));
      setDeleting(undefined);
      await load();
    } catch (e) {
      fail(setProblem)(e);
    }
    setBusy(false);
  };

  const fields: FieldMap = {
    username: { id: 'account-username', label: t.username },
    password: { id: 'account-password', label: t.password },
    role: { id: 'account-role', label: t.role },
    directorate: { id: 'account-directorate', label: t.directorate },
    surveys: { id: `account-survey-${surveys[0]?.id ?? ''}`, label: t.surveysLegend },
  };
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(undefined);
    const local = clientProblem([
      ...(username.trim() ? [] : [{ field: 'username', message: t.required(t.username) }]),
      ...(password ? [] : [{ field: 'password', message: t.required(t.password) }]),
    ]);
    setFormProblem(local);
    if (local) return;
    setBusy(true);
    try {
      const account = await workspaceApi.createAccount({
        username,
        password,
        role,
        surveys: role !== 'researcher' || scope.length === 0 ? null : scope,
        directorate: role === 'manager' ? directorate.trim() || null : null,
      });
      setNotice(t.accountCreated(account.username));
      setUsername('');
      setPassword('');
      setScope([]);
      setDirectorate('');
      await load();
    } catch (err) {
      fail(setFormProblem)(err);
    }
    setBusy(false);
  };
  const surveyTitle = (s: SurveySummary) => (locale === 'en' ? s.title.en : s.title.default);

  return (
    <>
      <FocusHeading>{t.accountsTitle}</FocusHeading>
      {notice && <Notice heading={notice} />}
      {problem && <ProblemAlert problem={problem} t={t} />}
      {deleting && (
        <Confirm
          heading={t.deleteConfirmTitle(deleting.username)}
          body={t.deleteConfirmBody}
          confirm={t.deleteConfirm}
          cancel={t.cancel}
          busy={busy}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(undefined)}
        />
      )}
      {accounts === undefined && !problem && <Paragraph role="status">{t.loading}</Paragraph>}
      {accounts && (
        <div className="peil-table-scroll" role="region" aria-label={t.accountsCaption} tabIndex={0}>
          <Table>
            <Table.Caption>{t.accountsCaption}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.colUsername}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colRole}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colSurveys}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colCreated}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colActions}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {accounts.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>
                    {a.username} {a.id === me.id && t.you}
                  </Table.Cell>
                  <Table.Cell>
                    {t.roles[a.role] ?? a.role}
                    {a.signIn === 'oidc' && ` (${t.signedInThroughOrganisation})`}
                  </Table.Cell>
                  <Table.Cell>{a.directorate !== null ? t.directorateScope(a.directorate) : a.surveys === null ? t.allSurveys : a.surveys.join(', ')}</Table.Cell>
                  <Table.Cell>{a.createdOn}</Table.Cell>
                  <Table.Cell>
                    {a.id !== me.id && (
                      <Button variant="secondary" onClick={() => setDeleting(a)}>
                        {t.deleteAccount(a.username)}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}

      <Heading level={2}>{t.newAccountTitle}</Heading>
      {formProblem && <ProblemAlert problem={formProblem} t={t} fields={fields} />}
      <form onSubmit={create} noValidate className="peil-form">
        <FormField id="account-username" label={t.username} hint={t.usernameHint} error={fieldMessage(formProblem, 'username', t.lang)}>
          {(a) => <TextInput {...a} name="username" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />}
        </FormField>
        <FormField id="account-password" label={t.password} hint={t.passwordHint} error={fieldMessage(formProblem, 'password', t.lang)}>
          {(a) => <PasswordInput {...a} name="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </FormField>
        <FormField id="account-role" label={t.role} error={fieldMessage(formProblem, 'role', t.lang)}>
          {(a) => (
            <Select {...a} name="role" value={role} onChange={(e) => setRole(e.target.value as Account['role'])}>
              <Select.Option value="researcher">{t.roles.researcher}</Select.Option>
              <Select.Option value="manager">{t.roles.manager}</Select.Option>
              <Select.Option value="reader">{t.roles.reader}</Select.Option>
              <Select.Option value="po">{t.roles.po}</Select.Option>
              <Select.Option value="admin">{t.roles.admin}</Select.Option>
            </Select>
          )}
        </FormField>
        {role === 'manager' && (
          <FormField id="account-directorate" label={t.directorate} hint={t.directorateHint} error={fieldMessage(formProblem, 'directorate', t.lang)}>
            {(a) => <TextInput {...a} name="directorate" value={directorate} onChange={(e) => setDirectorate(e.target.value)} />}
          </FormField>
        )}
        {role === 'researcher' && (
          <FieldSet legend={t.surveysLegend} hint={t.optional} aria-describedby="account-surveys-hint" invalid={Boolean(fieldMessage(formProblem, 'surveys', t.lang))}>
            <Paragraph id="account-surveys-hint" size="small">
              {t.surveysHint}
            </Paragraph>
            {surveys.map((s) => (
              <Checkbox
                key={s.id}
                id={`account-survey-${s.id}`}
                checked={scope.includes(s.id)}
                onChange={(e) => setScope(e.target.checked ? [...scope, s.id] : scope.filter((x) => x !== s.id))}
              >
                {surveyTitle(s)} ({s.id})
              </Checkbox>
            ))}
          </FieldSet>
        )}
        <Button type="submit" disabled={busy}>
          {t.createAccount}
        </Button>
      </form>
    </>
  );
}
