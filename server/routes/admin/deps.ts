import type { Client } from '@libsql/client';
import type { AuthSettings } from '../../auth/settings.ts';
import type { Catalog } from '../../../survey-format/catalog/catalog.ts';

/** What the admin routes need from the app. */
export interface AdminDeps {
  /** The answers database: waves, invitations, assignments, answers. */
  client: Client;
  /** The staff database: accounts, sessions and the audit log, which carry times and so live apart from answers. */
  staff: Client;
  catalog: Catalog;
  now: () => Date;
  auth: AuthSettings;
}
