import { Button, Paragraph, PasswordInput, TextInput } from '@amsterdam/design-system-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { ProblemBody } from '../../api.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { workspaceApi, type SessionView } from '../api.ts';
import { clientProblem, fieldMessage, FormField, ProblemAlert, toProblem, type FieldMap } from '../common.tsx';
import type { WorkspaceText } from '../i18n.ts';

/** Reads the one-time token from the link's fragment once, at the first render of the page. */
function takeSetupToken(): string {
  const token = window.location.hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{8,200}$/.test(token) ? token : '';
}

/** `/beheer/setup#<token>`: the first admin chooses a username and password, and is logged in. */
export function SetupPage({ t, onLoggedIn }: { t: WorkspaceText; onLoggedIn: (s: SessionView) => void }) {
  const [token] = useState(takeSetupToken);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<ProblemBody>();
  const [busy, setBusy] = useState(false);
  // The token leaves the address bar (history, bookmarks, screenshots) as soon as it is read.
  useEffect(() => {
    if (window.location.hash) history.replaceState(null, '', window.location.pathname);
  }, []);

  const fields: FieldMap = {
    username: { id: 'setup-username', label: t.username },
    password: { id: 'setup-password', label: t.password },
    passwordAgain: { id: 'setup-password-again', label: t.passwordAgain },
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors = [
      ...(username.trim() ? [] : [{ field: 'username', message: t.required(t.username) }]),
      ...(password ? [] : [{ field: 'password', message: t.required(t.password) }]),
      ...(password && password !== again ? [{ field: 'passwordAgain', message: t.passwordsDiffer }] : []),
    ];
    const local = clientProblem(errors);
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      await workspaceApi.setup(token, username, password);
      onLoggedIn(await workspaceApi.login(username, password));
    } catch (err) {
      setProblem(toProblem(err));
      setBusy(false);
    }
  };

  return (
    <>
      <FocusHeading>{t.setupTitle}</FocusHeading>
      {token ? <Paragraph>{t.setupIntro}</Paragraph> : <Paragraph>{t.setupNoToken}</Paragraph>}
      {problem && <ProblemAlert problem={problem} t={t} fields={fields} />}
      {token && (
        <form onSubmit={submit} noValidate className="peil-form">
          <FormField id="setup-username" label={t.username} hint={t.usernameHint} error={fieldMessage(problem, 'username', t.lang)}>
            {(a) => <TextInput {...a} name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />}
          </FormField>
          <FormField id="setup-password" label={t.password} hint={t.passwordHint} error={fieldMessage(problem, 'password', t.lang)}>
            {(a) => <PasswordInput {...a} name="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
          </FormField>
          <FormField id="setup-password-again" label={t.passwordAgain} error={fieldMessage(problem, 'passwordAgain', t.lang)}>
            {(a) => <PasswordInput {...a} name="passwordAgain" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />}
          </FormField>
          <Button type="submit" disabled={busy}>
            {t.setupSubmit}
          </Button>
        </form>
      )}
    </>
  );
}
