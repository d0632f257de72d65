/**
 * What a mystery guest's device knows about an assignment: the server's answer to
 * `POST /api/assignments/open`, kept in IndexedDB with the link's token (needed to send
 * observations later) under a random id made on this device.
 */

/** A text in a survey definition: Dutch under `default`, English under `en`. */
export type Localised = string | { default: string; en?: string };

/** The part of a SurveyJS element's JSON the guest app reads (labels of choices). */
export interface ElementJson {
  type: string;
  name: string;
  title?: Localised;
  choices?: (string | number | { value: string | number; text?: Localised })[];
  elements?: ElementJson[];
}

/** A survey definition as `GET /api/surveys/:id` returns it: SurveyJS JSON in Peil's envelope. */
export interface SurveyDefinition {
  id: string;
  version: string;
  kind: string;
  purpose?: { default: string; en: string };
  survey: { title: { default: string; en: string }; pages: { name: string; elements: ElementJson[] }[] } & Record<string, unknown>;
}

/** The server's answer to opening an assignment link. */
export interface OpenedAssignment {
  assignment: {
    reference: string;
    directorate: string;
    kind: string;
    pairId: string | null;
    profile: 'a' | 'b' | null;
    order: 1 | 2 | null;
  };
  /** Answers the server fills in itself (target, directorate, pair, profile): set and hidden in the form, never sent. */
  prefilled: Record<string, unknown>;
  /**
   * Every question the form hides: the prefilled ones and, for an unpaired assignment, the pair
   * number and profile, which stay empty. Older answers without it: the prefilled ones.
   */
  hiddenQuestions?: string[];
  /** The question whose choices are the steps of the procedure; one observation per step. */
  stepQuestion: string;
  survey: { id: string; version: string; definition: SurveyDefinition };
  wave: { period: string; status: 'planned' | 'open' | 'closed'; closesOn: string };
}

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
