import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const ROLES = ['facilitator', 'projector', 'participant'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenClaims {
  readonly room: string;
  readonly role: Role;
  /** Seconds since the epoch. */
  readonly expires: number;
}

/** 128 random bits, URL-safe: a room id nobody guesses. */
export function newRoomId(): string {
  return randomBytes(16).toString('base64url');
}

/** One letter per role keeps the participants' QR code small. */
const CODES: Readonly<Record<Role, string>> = { facilitator: 'f', projector: 'p', participant: 'a' };

// 128 bits of HMAC-SHA256: forging one is as hard as guessing a room id.
const sign = (secret: string, room: string, code: string, expires: string) =>
  createHmac('sha256', secret).update(`${room}.${code}.${expires}`).digest().subarray(0, 16).toString('base64url');

/** `role.expiry.signature`, signed over the room too: any process holding the secret checks it, no shared state. */
export function signToken(secret: string, claims: TokenClaims): string {
  const code = CODES[claims.role];
  const expires = claims.expires.toString(36);
  return `${code}.${expires}.${sign(secret, claims.room, code, expires)}`;
}

/** The claims of a well-signed, unexpired token for this room; undefined for anything else. */
export function verifyToken(secret: string, room: string, token: string, now = Date.now()): TokenClaims | undefined {
  const [code, expires, signature, extra] = token.split('.');
  const role = ROLES.find((r) => CODES[r] === code);
  if (!role || !expires || !signature || extra !== undefined || !/^[0-9a-z]{1,12}$/.test(expires)) return undefined;
  const expected = Buffer.from(sign(secret, room, code as string, expires));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const seconds = parseInt(expires, 36);
  return seconds * 1000 > now ? { room, role, expires: seconds } : undefined;
}
