import { Button, Link, Paragraph, PasswordInput, TextInput } from '@amsterdam/design-system-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { ProblemBody } from '../../api.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { workspaceApi, type SessionView } from '../api.ts';
import { clientProblem, fieldMessage, FormField, Notice, ProblemAlert, toProblem, type FieldMap } from '../common.tsx';
import type { WorkspaceText } from '../i18n.ts';

/** `/beheer/login`. */
export function LoginPage({ t, onLoggedIn, loggedOut }: { t: WorkspaceText; onLoggedIn: (s: SessionView) => void; loggedOut: boolean }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ProblemBody>();
  const [busy, setBusy] = useState(false);
  const [oidc, setOidc] = useState(false);
  useEffect(() => {
    workspaceApi.signInOptions().then((o) => setOidc(o.oidc), () => setOidc(false));
  }, []);
  const fields: FieldMap = {
    username: { id: 'login-username', label: t.username },
    password: { id: 'login-password', label: t.password },
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local = clientProblem([
      ...(username.trim() ? [] : [{ field: 'username', message: t.required(t.username) }]),
      ...(password ? [] : [{ field: 'password', message: t.required(t.password) }]),
    ]);
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      onLoggedIn(await workspaceApi.login(username, password));
    } catch (err) {
      setProblem(toProblem(err));
      setBusy(false);
    }
  };
  return (
    <>
      <FocusHeading>{t.loginTitle}</FocusHeading>
      {loggedOut && !problem && <Notice heading={t.loggedOut} />}
      <Paragraph>{t.loginIntro}</Paragraph>
      {oidc && (
        <>
          {/* A full navigation: the identity provider's pages are not part of the workspace. */}
          <Paragraph>
            <Link href="/api/admin/oidc/start">{t.signInOidc}</Link>
          </Paragraph>
          <Paragraph>{t.signInPasswordIntro}</Paragraph>
        </>
      )}
      {problem && <ProblemAlert problem={problem} t={t} fields={fields} />}
      <form onSubmit={submit} noValidate className="peil-form">
        <FormField id="login-username" label={t.username} error={fieldMessage(problem, 'username', t.lang)}>
          {(a) => <TextInput {...a} name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />}
        </FormField>
        <FormField id="login-password" label={t.password} error={fieldMessage(problem, 'password', t.lang)}>
          {(a) => <PasswordInput {...a} name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </FormField>
        <Button type="submit" disabled={busy}>
          {t.loginSubmit}
        </Button>
      </form>
    </>
  );
}
