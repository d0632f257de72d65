import type { Client, InArgs, InStatement, Transaction, TransactionMode } from '@libsql/client';
import type { BatchWriter } from '../../server/db/writer.ts';

/** One committed transaction as the database saw it: its statements in order, SQL and arguments. */
export type RecordedTransaction = { sql: string; args: unknown }[];

const statement = (s: InStatement | string, args?: InArgs) =>
  typeof s === 'string' ? { sql: s, args: args ?? [] } : { sql: s.sql, args: s.args ?? [] };

/**
 * A libSQL client that records every transaction it commits, as a live observer of the database (or
 * of a libSQL server's log) would see them: a lone `execute` is a transaction of one statement, a
 * `batch` one transaction, an interactive transaction everything sent in it up to its commit; and,
 * given the database's writer, each of its writes (a group of the group commit).
 */
export function recordingClient(client: Client, writer?: BatchWriter): { client: Client; writer: BatchWriter | undefined; transactions: RecordedTransaction[] } {
  const transactions: RecordedTransaction[] = [];
  const recordTransaction = (tx: Transaction): Transaction => {
    const statements: RecordedTransaction = [];
    return new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'execute') {
          return (s: InStatement) => {
            statements.push(statement(s));
            return target.execute(s);
          };
        }
        if (prop === 'batch') {
          return (stmts: InStatement[]) => {
            statements.push(...stmts.map((s) => statement(s)));
            return target.batch(stmts);
          };
        }
        if (prop === 'commit') {
          return async () => {
            await target.commit();
            transactions.push(statements);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  const recorded = new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === 'execute') {
        return async (s: InStatement | string, args?: InArgs) => {
          const rs = typeof s === 'string' ? await target.execute(s, args) : await target.execute(s);
          transactions.push([statement(s, args)]);
          return rs;
        };
      }
      if (prop === 'batch') {
        return async (stmts: InStatement[], mode?: TransactionMode) => {
          const rs = await target.batch(stmts, mode);
          transactions.push(stmts.map((s) => statement(s)));
          return rs;
        };
      }
      if (prop === 'transaction') return async (mode?: TransactionMode) => recordTransaction(await target.transaction(mode));
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  // The respondents' writer (server/db/writer.ts): each write is one transaction, recorded once committed.
  const recordedWriter: BatchWriter | undefined = writer && {
    open: () => writer.open(),
    rewriteAnswers: () => writer.rewriteAnswers(),
    close: () => writer.close(),
    write: async (statements) => {
      const rows = await writer.write(statements);
      transactions.push(statements.map((s) => statement(s)));
      return rows;
    },
  };
  return { client: recorded, writer: recordedWriter, transactions };
}
