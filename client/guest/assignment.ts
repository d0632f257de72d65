/**
 * What a mystery guest's device knows about an assignment: the server's answer to
 * `POST /api/assignments/open`, kept in IndexedDB with the link's token (needed to send
 * observations later) under a random id made on this device.
 */

/** The server's answer to opening an assignment link: the contract, imported as source. */
export type { OpenedAssignment } from '../../server/assignments/open.ts';
import type { OpenedAssignment } from '../../server/assignments/open.ts';

/** An assignment on this device. `localId` is random and is what the address bar shows, never the token. */
export interface StoredAssignment extends OpenedAssignment {
  localId: string;
  token: string;
}

/** Where an observation is: being written, waiting to be sent, stored by the server, or refused. */
export type ObservationState = 'draft' | 'queued' | 'sent' | 'failed';

/** Why the server refused an observation (from its problem+json answer). */
export interface Refusal {
  status: number;
  type: string;
  detail: string;
  fields?: { field: string; message: string }[];
}

/** One observation of one step, from its first draft edit until the server has it. */
export interface Observation {
  id: string;
  assignmentId: string;
  step: string;
  state: ObservationState;
  answers: Record<string, unknown>;
  pageNo: number;
  /** Made once, when the draft is completed: every attempt to send it uses the same key. */
  idempotencyKey?: string;
  /** Order of completion on this device (a counter, not a clock): the outbox is sent oldest first. */
  queuedSeq?: number;
  refusal?: Refusal;
}

/** A random id of `bytes` bytes as base64url: local ids and idempotency keys (22 characters for 16 bytes). */
export function randomId(bytes = 16): string {
  const b = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...b))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
