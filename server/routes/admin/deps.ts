import type { Client } from '@libsql/client';
import type { AuthSettings } from '../../auth/settings.ts';
import type { Catalog } from '../../../survey-format/catalog/catalog.ts';

/** What the admin routes need from the app. */
export interface AdminDeps {
  client: Client;
  catalog: Catalog;
  now: () => Date;
  auth: AuthSettings;
}
