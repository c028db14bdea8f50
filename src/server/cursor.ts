import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Where a page ended: the keyset of its last item. */
export interface CursorPosition {
  createdMs: number;
  id: string;
}

/** A cursor the store did not write (forged, altered, from another secret, or not a cursor). */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  constructor() {
    super('The cursor is not one this server wrote.');
  }
}

const MAX_CURSOR_LENGTH = 1024;

/**
 * Signs and reads page cursors: `base64url(JSON [createdMs, id]).base64url(HMAC-SHA256)`. Only a
 * cursor signed with the same secret reads back; anything else throws `InvalidCursorError` (the
 * handler's 400), so no client-made value ever reaches a query. Without `secret` a random one is
 * made per process: cursors then do not survive a restart or move between processes (pass the
 * same secret to every process of a deployment).
 *
 * @example
 * const cursors = createCursorCodec('a long random secret');
 * cursors.read(cursors.write({ createdMs: 1, id: 'run_1' })) // { createdMs: 1, id: 'run_1' }
 */
export function createCursorCodec(secret?: string | Uint8Array) {
  const key = secret === undefined ? randomBytes(32) : Buffer.from(secret);
  if (key.length < 16) throw new Error('agentboard: the cursor secret must be at least 16 bytes long');
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest();
  return {
    write(position: CursorPosition): string {
      const payload = Buffer.from(JSON.stringify([position.createdMs, position.id])).toString('base64url');
      return `${payload}.${sign(payload).toString('base64url')}`;
    },
    read(cursor: string): CursorPosition {
      if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH) throw new InvalidCursorError();
      const [payload = '', mac = '', extra] = cursor.split('.');
      const given = Buffer.from(mac, 'base64url');
      const expected = sign(payload);
      if (extra !== undefined || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new InvalidCursorError();
      }
      const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      if (!Array.isArray(value) || !Number.isSafeInteger(value[0]) || typeof value[1] !== 'string') {
        throw new InvalidCursorError();
      }
      return { createdMs: value[0] as number, id: value[1] };
    },
  };
}

export type CursorCodec = ReturnType<typeof createCursorCodec>;
