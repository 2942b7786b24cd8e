import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Encryption at rest of personal data (NISS, IBAN): AES-256-GCM with a key from the
 * environment (PERSONAL_DATA_KEY, 32 bytes in base64). A keyed hash (HMAC-SHA-256) lets the
 * system find a person by their number without storing it in clear.
 */
export interface PersonalDataCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Deterministic lookup key for exact matches; reveals nothing without the key. */
  fingerprint(plain: string): string;
}

const VERSION = 'v1';

export function createPersonalDataCipher(keyBase64: string): PersonalDataCipher {
  const master = Buffer.from(keyBase64, 'base64');
  if (master.length !== 32) throw new Error('PERSONAL_DATA_KEY must be 32 bytes, base64-encoded');
  // Separate keys for encryption and for fingerprints, derived from the one secret.
  const encKey = createHash('sha256')
    .update(Buffer.concat([master, Buffer.from('enc')]))
    .digest();
  const macKey = createHash('sha256')
    .update(Buffer.concat([master, Buffer.from('mac')]))
    .digest();
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        VERSION,
        iv.toString('base64'),
        cipher.getAuthTag().toString('base64'),
        data.toString('base64'),
      ].join(':');
    },
    decrypt(stored) {
      const [version, iv, tag, data] = stored.split(':');
      if (version !== VERSION || !iv || !tag || !data) throw new Error('Unknown personal data format');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
    },
    fingerprint(plain) {
      return createHmac('sha256', macKey).update(plain).digest('base64url');
    },
  };
}

/** A development key, stable across restarts of `npm start`; production must set its own. */
export const DEVELOPMENT_KEY = Buffer.from('pro-one-development-key-not-secret!!')
  .subarray(0, 32)
  .toString('base64');
