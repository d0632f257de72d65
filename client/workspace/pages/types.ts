import type { ProblemBody } from '../../api.ts';
import type { Locale } from '../../i18n.ts';
import type { WorkspaceText } from '../i18n.ts';

/** What every page behind the login gets from the workspace. */
export interface PageProps {
  t: WorkspaceText;
  locale: Locale;
  /** Call with a problem; returns true when it was a lost session (the workspace then shows the login page). */
  onUnauthenticated: (p: ProblemBody) => boolean;
}
