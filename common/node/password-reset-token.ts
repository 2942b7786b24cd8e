import { createHash, createHmac } from 'node:crypto';

/**
 * The secret of a password-reset link is derived from the reset's id with a key of the server
 * (PERSONAL_DATA_KEY): the database keeps only its hash, and the message row only the id, so
 * neither a dump nor the workflow history holds a usable link.
 */
export function resetToken(personalDataKey: string, resetId: string): string {
  const key = createHash('sha256')
    .update(Buffer.concat([Buffer.from(personalDataKey, 'base64'), Buffer.from('password-reset')]))
    .digest();
  return createHmac('sha256', key).update(resetId).digest('base64url');
}

export function resetTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** How long a password-reset link works, from the moment it is asked for. */
export const RESET_LINK_MINUTES = 30;
