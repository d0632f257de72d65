import type { Client } from '@libsql/client';
import type { MonitorSources } from '../../analysis/monitor/build.ts';
import type { Catalog } from '../../survey-format/catalog/catalog.ts';
import { databaseAnswerSource } from '../db/answer-source.ts';
import { databaseHrSource } from '../db/hr-figures.ts';
import { databaseProcedureSource } from '../db/procedure-source.ts';

/** The monitor's three sources on the answers database: answers, register records, HR figures. */
export const databaseMonitorSources = (client: Client, catalog: Catalog): MonitorSources => ({
  answers: databaseAnswerSource(client),
  procedures: databaseProcedureSource(client, catalog),
  hr: databaseHrSource(client),
});
