import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { randomId, type Observation, type OpenedAssignment, type Refusal, type StoredAssignment } from './assignment.ts';
import { announceChange } from './changes.ts';

/**
 * The mystery guest's data on this device, in IndexedDB: the assignments opened here and every
 * observation from first draft edit to "sent". Each change runs in one IndexedDB transaction, so two
 * tabs never both create a draft for the same step or both move a draft to the outbox; every change
 * is announced to the other tabs (changes.ts).
 */
interface GuestDb extends DBSchema {
  assignments: { key: string; value: StoredAssignment; indexes: { token: string } };
  observations: { key: string; value: Observation; indexes: { assignmentId: string; state: string } };
}

const DB_NAME = 'peil-guest';
let db: Promise<IDBPDatabase<GuestDb>> | undefined;

function database(): Promise<IDBPDatabase<GuestDb>> {
  db ??= openDB<GuestDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('assignments', { keyPath: 'localId' }).createIndex('token', 'token', { unique: true });
      const obs = d.createObjectStore('observations', { keyPath: 'id' });
      obs.createIndex('assignmentId', 'assignmentId');
      obs.createIndex('state', 'state');
    },
  });
  return db;
}

/** Keeps an opened assignment (again): a link opened twice on one device is one assignment. Returns its local id. */
export async function saveAssignment(opened: OpenedAssignment, token: string): Promise<string> {
  const tx = (await database()).transaction('assignments', 'readwrite');
  const existing = await tx.store.index('token').get(token);
  const localId = existing?.localId ?? randomId();
  await tx.store.put({ ...opened, token, localId });
  await tx.done;
  announceChange();
  return localId;
}

export async function getAssignment(localId: string): Promise<StoredAssignment | undefined> {
  return (await database()).get('assignments', localId);
}

/** The assignment of a link already opened on this device, if any. */
export async function assignmentWithToken(token: string): Promise<StoredAssignment | undefined> {
  return (await database()).getFromIndex('assignments', 'token', token);
}

export async function listAssignments(): Promise<StoredAssignment[]> {
  return (await database()).getAll('assignments');
}

export async function getObservation(id: string): Promise<Observation | undefined> {
  return (await database()).get('observations', id);
}

/** The observations of one assignment on this device, in the order they were started. */
export async function listObservations(assignmentId: string): Promise<Observation[]> {
  return (await database()).getAllFromIndex('observations', 'assignmentId', assignmentId);
}

/**
 * The draft of `step` for this assignment: the one already on the device, or a new empty one. Running
 * in one transaction, two tabs asking at once get the same draft.
 */
export async function draftFor(assignmentId: string, step: string): Promise<Observation> {
  const tx = (await database()).transaction('observations', 'readwrite');
  const all = await tx.store.index('assignmentId').getAll(assignmentId);
  let draft = all.find((o) => o.step === step && o.state === 'draft');
  if (!draft) {
    draft = { id: randomId(), assignmentId, step, state: 'draft', answers: {}, pageNo: 0 };
    await tx.store.add(draft);
  }
  await tx.done;
  announceChange();
  return draft;
}

/** Saves a draft's answers and page as they are edited; does nothing once it has left the draft state. */
export async function saveDraft(id: string, answers: Record<string, unknown>, pageNo: number): Promise<boolean> {
  return update(id, (o) => (o.state === 'draft' ? { ...o, answers, pageNo } : undefined));
}

/**
 * Moves a completed draft into the outbox with its final answers and a new idempotency key, made
 * here once: every later attempt to send it uses this key, so the server stores it once.
 */
export async function queueDraft(id: string, answers: Record<string, unknown>): Promise<boolean> {
  const tx = (await database()).transaction('observations', 'readwrite');
  const o = await tx.store.get(id);
  if (o?.state !== 'draft') return false;
  let last = 0;
  for (const q of await tx.store.getAll()) last = Math.max(last, q.queuedSeq ?? 0);
  await tx.store.put({ ...o, answers, state: 'queued', idempotencyKey: randomId(24), queuedSeq: last + 1 });
  await tx.done;
  announceChange();
  return true;
}

/** The outbox, oldest first. */
export async function queuedObservations(): Promise<Observation[]> {
  const queued = await (await database()).getAllFromIndex('observations', 'state', 'queued');
  return queued.sort((a, b) => (a.queuedSeq ?? 0) - (b.queuedSeq ?? 0));
}

/**
 * The server has it (stored, or replayed for the same key). Its answers are erased from this device
 * then: the list needs only the state, and a lost or shared phone should not carry observations.
 */
export function markSent(id: string): Promise<boolean> {
  return update(id, (o) => (o.state === 'queued' ? { ...o, state: 'sent', answers: {}, refusal: undefined } : undefined));
}

/** The server refused it for good; the reason is kept to show the guest. */
export function markFailed(id: string, refusal: Refusal): Promise<boolean> {
  return update(id, (o) => (o.state === 'queued' ? { ...o, state: 'failed', refusal } : undefined));
}

async function update(id: string, change: (o: Observation) => Observation | undefined): Promise<boolean> {
  const tx = (await database()).transaction('observations', 'readwrite');
  const current = await tx.store.get(id);
  const next = current && change(current);
  if (next) await tx.store.put(next);
  await tx.done;
  if (next) announceChange();
  return next !== undefined;
}
