import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Redocly and Spectral as `scripts/bundle-engines.mjs` bundles them into `dist/engines/vendor.cjs`:
 * the same packages at the same versions, loaded from one file instead of about 850 (see
 * docs/performance.md). `fromFunctions` holds the modules of Spectral's functions package that
 * spectral-ajv.ts patches, by the ids it asks for.
 */
export interface VendorEngines {
  redocly: unknown;
  spectralCore: unknown;
  oas: unknown;
  parsers: unknown;
  resolver: unknown;
  functions: Record<string, unknown>;
  formats: Record<string, unknown>;
  /** Spectral's ruleset assertions module (see spectral-trust.ts). */
  assertions: unknown;
  /** `nimma/legacy` as Spectral's runner requires it (see spectral-nimma.ts). */
  nimma: unknown;
  fromFunctions: Record<string, unknown>;
}

let vendor: VendorEngines | null | undefined;

/** The bundled engines, or undefined where there is no bundle (TypeScript sources): then the packages are loaded. */
export function vendorEngines(): VendorEngines | undefined {
  if (vendor === undefined) {
    const file = fileURLToPath(new URL('./vendor.cjs', import.meta.url));
    vendor = existsSync(file) ? (createRequire(import.meta.url)(file) as VendorEngines) : null;
  }
  return vendor ?? undefined;
}
