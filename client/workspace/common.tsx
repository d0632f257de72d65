import { Alert, Button, ErrorMessage, Field, Label, Link, Paragraph, Row, UnorderedList } from '@amsterdam/design-system-react';
import { useCallback, useLayoutEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { Problem } from '../../server/errors.ts';
import type { ProblemBody } from '../api.ts';
import { ApiProblem } from './api.ts';
import type { Locale } from '../i18n.ts';
import { fieldText, problemTitle } from '../../server/problem-text.ts';
import type { WorkspaceText } from './i18n.ts';

/** Moves within the workspace without reloading the page. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** A link inside the workspace: a real href (opens in a new tab, too), handled without a reload. */
export function AppLink({ href, children, ...rest }: { href: string; children: ReactNode; 'aria-current'?: 'page' }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <Link href={href} onClick={onClick} {...rest}>
      {children}
    </Link>
  );
}

/** Turns whatever a call threw into a problem body, so every error is shown the same way. */
export function toProblem(e: unknown): ProblemBody {
  if (e instanceof ApiProblem) return e.problem;
  // A check the workspace shares with the server (pasted targets) throws the server's Problem.
  if (e instanceof Problem) return { type: e.type, title: e.title, status: e.status, detail: e.message, ...(e.fields ? { fields: e.fields } : {}) };
  return { type: 'urn:peil:problem:client', title: 'Error', status: 0, detail: e instanceof Error ? e.message : String(e) };
}

/**
 * A page's refusal to show, with the handler for a failed request: a lost session goes to
 * `onUnauthenticated` (the login page), anything else is shown on the page.
 */
export function useProblem(onUnauthenticated: (p: ProblemBody) => boolean) {
  const [problem, setProblem] = useState<ProblemBody>();
  const fail = useCallback(
    (e: unknown) => {
      const p = toProblem(e);
      if (!onUnauthenticated(p)) setProblem(p);
    },
    [onUnauthenticated],
  );
  return [problem, setProblem, fail] as const;
}

/** The form fields a problem can point at: the server's field name, the input's id and its visible label. */
export type FieldMap = Record<string, { id: string; label: string }>;

/** The field a problem names, also for nested names such as `attributes.directie` or `surveys.0`. */
function fieldFor(fields: FieldMap, name: string) {
  return fields[name] ?? fields[name.split('.')[0]!];
}

/** The message a problem has for one input, in the user's language, for its ErrorMessage and invalid state. */
export function fieldMessage(problem: ProblemBody | undefined, name: string, locale: Locale): string | undefined {
  return problem?.fields?.filter((f) => f.field === name || f.field.startsWith(`${name}.`)).map((f) => fieldText(f, locale)).join('; ') || undefined;
}

/**
 * A refused request, as an error summary: a heading for its type and its field list, each field
 * linked to its input, all in the user's language by the problem's codes (server/problem-text.ts),
 * never the server's English detail. It takes focus so screen readers announce it.
 */
export function ProblemAlert({ problem, t, fields = {} }: { problem: ProblemBody; t: WorkspaceText; fields?: FieldMap }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus(), [problem]);
  const heading = problemTitle(problem.type, t.lang) ?? t.errorHeading;
  const detail = problem.type === 'urn:peil:problem:network' ? t.networkError : problem.type === 'urn:peil:problem:client' ? problem.detail : '';
  const list = problem.fields ?? [];
  return (
    <Alert ref={ref} tabIndex={-1} severity="error" heading={heading} headingLevel={2} className="peil-problem">
      {detail && <Paragraph>{detail}</Paragraph>}
      {list.length > 0 && (
        <>
          <Paragraph>{t.errorFieldsIntro}</Paragraph>
          <UnorderedList>
            {list.map((f) => {
              const target = fieldFor(fields, f.field);
              return (
                <UnorderedList.Item key={`${f.field}:${f.message}`}>
                  {target ? (
                    <Link href={`#${target.id}`} onClick={focusField(target.id)}>
                      {target.label}: {fieldText(f, t.lang)}
                    </Link>
                  ) : (
                    // A field the page has no input for (a route's id, a header) is no word for the reader.
                    fieldText(f, t.lang)
                  )}
                </UnorderedList.Item>
              );
            })}
          </UnorderedList>
        </>
      )}
    </Alert>
  );
}

const focusField = (id: string) => (e: MouseEvent) => {
  e.preventDefault();
  document.getElementById(id)?.focus();
};

/** A success or info message that is announced when it appears. */
export function Notice({ heading, children, severity = 'success' }: { heading: string; children?: ReactNode; severity?: 'success' | 'warning' }) {
  return (
    <div role="status">
      <Alert severity={severity} heading={heading} headingLevel={2}>
        {children}
      </Alert>
    </div>
  );
}

/** One labelled input with its description and error message, wired with aria-describedby. */
export function FormField(props: {
  id: string;
  label: string;
  hint?: string;
  optional?: string;
  error?: string | undefined;
  children: (aria: { id: string; 'aria-describedby'?: string; invalid: boolean }) => ReactNode;
}) {
  const { id, label, hint, optional, error, children } = props;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <Field invalid={Boolean(error)}>
      <Label htmlFor={id} hint={optional}>
        {label}
      </Label>
      {hint && (
        <Paragraph id={`${id}-hint`} size="small">
          {hint}
        </Paragraph>
      )}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      {children({ id, invalid: Boolean(error), ...(described ? { 'aria-describedby': described } : {}) })}
    </Field>
  );
}

/**
 * Asks before something that cannot be undone. Inline rather than a modal, so the page keeps its
 * one h1; it takes focus when it appears, and Cancel returns focus to where the user was.
 */
export function Confirm(props: { heading: string; body: string; confirm: string; cancel: string; busy?: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} severity="warning" heading={props.heading} headingLevel={2} className="peil-confirm">
      <Paragraph>{props.body}</Paragraph>
      <Row wrap>
        <Button variant="primary" onClick={props.onConfirm} disabled={props.busy}>
          {props.confirm}
        </Button>
        <Button variant="secondary" onClick={props.onCancel}>
          {props.cancel}
        </Button>
      </Row>
    </Alert>
  );
}

/** Client-side checks, shown as a summary linked to the inputs (same look as a server problem). */
export function clientProblem(fields: { field: string; message: string }[]): ProblemBody | undefined {
  if (fields.length === 0) return undefined;
  return { type: 'urn:peil:problem:client-check', title: '', status: 0, detail: '', fields };
}

/** Hands a file to the browser as a download; the Blob lives only as long as this call. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
