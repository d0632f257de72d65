import { constants, createHash, createPrivateKey, createPublicKey, generateKeyPair, verify, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import type { Client } from '@libsql/client';
import { findGroupKey, findVerifyingKey, insertGroupKey, type StoredCredentialKey } from '../db/credential-keys.ts';
import canonicalize from 'canonicalize';
import type { GroupCommitter } from '../submissions/group-commit.ts';
import type { WaveCache } from '../db/wave-cache.ts';
import type { Wave } from '../../survey-format/wave.ts';
import type { Credential, PublicCredentialKey } from './credential.ts';
import { CREDENTIAL_KEY_BITS, credentialSuite, PREPARED_MESSAGE_BYTES } from './suite.ts';

/** A key that signs blinded messages, with what its public half looks like to a browser. */
export interface IssuingKey {
  public: PublicCredentialKey;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** n, big-endian, as many bytes as a blinded message must have. */
  modulus: Buffer;
}

const { hash, saltLength } = credentialSuite().params;
const pssHash = hash.replace('-', '').toLowerCase();

/**
 * The credential keys: one RSA key pair per wave and set of batch attributes, so that the key that
 * signed a credential says no more than the attributes copied onto its answer (a batch with
 * attributes has at least k invitees; all batches of a wave with the same attributes share a key).
 * A key is made when its group's first link is opened, kept in the database (a reader of the
 * database with the private key can sign, but cannot unblind), and cached here: keys never change.
 */
export class CredentialKeys {
  private readonly issuing = new Map<string, Promise<IssuingKey>>();
  /** Verifying keys as read once (keys never change): a credential is checked without a query. */
  private readonly verifying = new Map<string, { key: KeyObject; attributes: Record<string, string>; waveId: string }>();

  constructor(
    private readonly client: Client,
    private readonly committer: GroupCommitter,
    private readonly waves: WaveCache,
  ) {}

  /** The key of a wave's attribute group, made on first use (by whichever server gets there first). */
  forGroup(waveId: string, attributes: Record<string, string>): Promise<IssuingKey> {
    const group = canonicalize(attributes)!;
    const cacheKey = `${waveId}\n${group}`;
    let key = this.issuing.get(cacheKey);
    if (!key) {
      key = this.loadOrMake(waveId, group);
      this.issuing.set(cacheKey, key);
      key.catch(() => this.issuing.delete(cacheKey));
    }
    return key;
  }

  /**
   * The wave and attributes a credential stands for, when its key exists and its signature holds;
   * undefined for a forged one, one signed by another key, or one whose key is gone.
   */
  async check(credential: Credential): Promise<{ wave: Wave; attributes: Record<string, string> } | undefined> {
    let found = this.verifying.get(credential.keyId);
    if (!found) {
      const stored = await findVerifyingKey(this.client, credential.keyId);
      if (!stored) return undefined;
      found = { key: createPublicKey({ key: Buffer.from(stored.publicKey, 'base64url'), format: 'der', type: 'spki' }), attributes: stored.attributes, waveId: stored.waveId };
      this.verifying.set(credential.keyId, found);
    }
    const wave = await this.waves.get(found.waveId);
    if (!wave) return undefined;
    const message = Buffer.from(credential.message, 'base64url');
    if (message.length !== PREPARED_MESSAGE_BYTES) return undefined;
    const signature = Buffer.from(credential.signature, 'base64url');
    const valid = verify(pssHash, message, { key: found.key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, signature);
    return valid ? { wave, attributes: found.attributes } : undefined;
  }

  private async loadOrMake(waveId: string, group: string): Promise<IssuingKey> {
    let stored = await findGroupKey(this.client, waveId, group);
    if (!stored) {
      const key = await newKey(waveId, group);
      await this.committer.alone([insertGroupKey(key)]);
      stored = await findGroupKey(this.client, waveId, group);
    }
    if (!stored) throw new Error(`credential key of wave ${waveId} could not be stored`);
    return issuingKey(stored);
  }
}

/** A new RSA key pair, made off the event loop; its id is the SHA-256 of its public key. */
async function newKey(waveId: string, attributes: string): Promise<StoredCredentialKey> {
  const pair = await promisify(generateKeyPair)('rsa', { modulusLength: CREDENTIAL_KEY_BITS, publicExponent: 65537 });
  const spki = pair.publicKey.export({ format: 'der', type: 'spki' });
  return {
    id: createHash('sha256').update(spki).digest('base64url'),
    waveId,
    attributes,
    publicKey: spki.toString('base64url'),
    privateKey: pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64url'),
  };
}

function issuingKey(stored: StoredCredentialKey): IssuingKey {
  const publicKey = createPublicKey({ key: Buffer.from(stored.publicKey, 'base64url'), format: 'der', type: 'spki' });
  const privateKey = createPrivateKey({ key: Buffer.from(stored.privateKey, 'base64url'), format: 'der', type: 'pkcs8' });
  const n = publicKey.export({ format: 'jwk' }).n!;
  return { public: { id: stored.id, publicKey: stored.publicKey }, privateKey, publicKey, modulus: Buffer.from(n, 'base64url') };
}
