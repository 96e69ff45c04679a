/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:content-edition' {
  import type { Edition } from './domain/edition';
  export const edition: Edition;
}
