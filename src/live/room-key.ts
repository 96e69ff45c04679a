/**
 * End-to-end encryption of a live room's values (as Excalidraw's rooms do): the key is 32 random bytes
 * carried after `#` in every link (k=), so it reaches no server; the server stores and relays ciphertext.
 * AES-GCM with a fresh 12-byte IV per value; a sealed value is base64url(iv ‖ ciphertext) of its JSON.
 */

const IV_BYTES = 12;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A new room's key, or none where the page has no WebCrypto (plain http on a LAN): that room is not sealed. */
export function newRoomKey(): string | undefined {
  if (!globalThis.crypto?.subtle) return undefined;
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export interface RoomSealer {
  readonly seal: (value: unknown) => Promise<string>;
  /** Throws on a value sealed with another key, or altered. */
  readonly open: (sealed: string) => Promise<unknown>;
}

/** Rejects where the page has no WebCrypto or the key is not one of ours. */
export async function roomSealer(key: string): Promise<RoomSealer> {
  const raw = fromBase64Url(key);
  if (raw.length !== 32) throw new Error('not a room key');
  const cryptoKey = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  return {
    seal: async (value) => {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const data = new TextEncoder().encode(JSON.stringify(value));
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, cryptoKey, data));
      const out = new Uint8Array(IV_BYTES + sealed.length);
      out.set(iv);
      out.set(sealed, IV_BYTES);
      return toBase64Url(out);
    },
    open: async (sealed) => {
      const bytes = fromBase64Url(sealed);
      const iv = bytes.subarray(0, IV_BYTES);
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, cryptoKey, bytes.subarray(IV_BYTES));
      return JSON.parse(new TextDecoder().decode(plain)) as unknown;
    },
  };
}
