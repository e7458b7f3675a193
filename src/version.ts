/**
 * PassCompass's version: package.json's "version", written into the bundle by scripts/build.ts (esbuild's
 * `define`). Code run from source (tests through ts-jest, the offline runner through tsx) has no build step, so
 * it reads 'development' there rather than a number that might not match what is deployed.
 */
declare const __PASSCOMPASS_VERSION__: string | undefined;

export const PASSCOMPASS_VERSION: string =
  typeof __PASSCOMPASS_VERSION__ === 'string' ? __PASSCOMPASS_VERSION__ : 'development';
