import { constants, createPrivateKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import type { Client } from '@libsql/client';
import canonicalize from 'canonicalize';
import { findGroupKey } from '../../server/db/credential-keys.ts';
import type { Credential } from '../../server/credentials/credential.ts';
import { CREDENTIAL_MESSAGE_BYTES, credentialSuite } from '../../server/credentials/suite.ts';

/** A group's credential key with its private half, as a reader of the database has it. */
export interface MintingKey {
  id: string;
  privateKey: KeyObject;
}

/** The stored key of a wave's attribute group (made when its first link was checked). */
export async function mintingKey(client: Client, waveId: string, attributes: Record<string, string> = {}): Promise<MintingKey> {
  const stored = await findGroupKey(client, waveId, canonicalize(attributes)!);
  if (!stored) throw new Error(`wave ${waveId} has no credential key for ${JSON.stringify(attributes)} yet: check a link first`);
  return { id: stored.id, privateKey: createPrivateKey({ key: Buffer.from(stored.privateKey, 'base64url'), format: 'der', type: 'pkcs8' }) };
}

const suite = credentialSuite();
const { hash, saltLength } = suite.params;
const signPss = promisify(sign);

/**
 * A credential signed directly with the group's private key, for load tests that need thousands
 * (blinding one as the browser does costs 25-100 ms of this process's CPU). What the browser's
 * unblinding yields is exactly this (RFC 9474: an RSASSA-PSS signature, SHA-384 and a 48-byte salt,
 * over the prepared message), so the server cannot tell them apart; the signing runs off the event loop.
 */
export async function mintCredential(key: MintingKey): Promise<Credential> {
  const message = suite.prepare(randomBytes(CREDENTIAL_MESSAGE_BYTES));
  const signature = await signPss(hash.replace('-', '').toLowerCase(), message, { key: key.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength });
  return { keyId: key.id, message: Buffer.from(message).toString('base64url'), signature: signature.toString('base64url') };
}
