/** A realistic Security Threat Model, and helpers to vary it and find where things are. */

/** The assets of a payout-scheduling design, as its team wrote them. */
export const ASSETS = [
  '| Seller payout settings (bank account, schedule) | confidential (PII) | Payout Schedule API, seller portal |',
  '| Payout batches | restricted | payout-engine, bank-transfer queue |',
];

/** Its threats, one of each STRIDE category. */
export const THREATS = [
  '| Stolen seller session changes the payout schedule | Spoofing | med | high | Step-up authentication for schedule changes; email to the account owner |',
  "| Seller edits sellerId to change another seller's settings | Tampering | low | high | sellerId must belong to the token's account; 404 otherwise |",
  '| Seller disputes having changed the schedule | Repudiation | low | low | Audit log of every change with actor and time |',
  '| Bank account numbers visible to other sellers | Information Disclosure | low | high | Account numbers masked in responses and logs |',
  '| Daily payout batches overload the bank-transfer queue | Denial of Service | low | med | One batch per seller per day; queue depth alert |',
  '| Support role used to change payout settings silently | Elevation of Privilege | low | med | Support can view only; changes go through the seller |',
];

/** Its six controls, ticked. */
export const CONTROLS = [
  '- [x] Authentication: seller OAuth2, step-up authentication for schedule changes.',
  '- [x] Authorization: `payouts:write` scope; the seller must belong to the token\'s account.',
  '- [x] Input validation: request bodies validated against the schema.',
  '- [x] Data encryption: TLS 1.2+ in transit; database and queue encrypted at rest (KMS).',
  '- [x] Audit logging: every schedule change with actor, old and new schedule.',
  '- [x] Rate limiting: 10 schedule changes per seller per day.',
];

/** The pieces of a design around its threat model. */
export interface DesignParts {
  status?: string;
  assetHeader?: string;
  assets?: string[];
  threatHeader?: string;
  threats?: string[];
  controls?: string[];
  /** Lines between Metadata and the threat model (an API Contracts section, say). */
  api?: string[];
}

/** A design with Metadata and a Security Threat Model built from `parts`. */
export function design(parts: DesignParts = {}): string {
  const assetHeader = parts.assetHeader ?? '| Asset | Classification | Exposure |';
  const threatHeader = parts.threatHeader ?? '| Threat | Category (STRIDE) | Likelihood | Impact | Mitigation |';
  const sep = (header: string) => header.replace(/[^|]+/g, (m) => '-'.repeat(Math.max(3, m.length)));
  return [
    '# Technical Design: Weekly and Daily Seller Payouts',
    '',
    '## Metadata',
    '',
    '| Field | Value |',
    '|-------|-------|',
    '| **Mission ID** | MISSION-2026-051 |',
    `| **Status** | ${parts.status ?? 'in-review'} |`,
    '',
    ...(parts.api ?? []),
    '## Security Threat Model',
    '',
    '### Assets at Risk',
    '',
    assetHeader,
    sep(assetHeader),
    ...(parts.assets ?? ASSETS),
    '',
    '### Threat Analysis',
    '',
    threatHeader,
    sep(threatHeader),
    ...(parts.threats ?? THREATS),
    '',
    '### Security Controls',
    '',
    ...(parts.controls ?? CONTROLS),
    '',
    '## Performance Budgets',
    '',
    'Unchanged.',
    '',
  ].join('\n');
}

/** 1-based line and column of the `n`th occurrence (1-based) of `text` in `code`. */
export function where(code: string, text: string, n = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = code.indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" is not in the document ${n} times`);
  }
  const before = code.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Replace the row of `list` that contains `text` with `row`. */
export function replaceRow(list: string[], text: string, row: string): string[] {
  const i = list.findIndex((r) => r.includes(text));
  if (i < 0) throw new Error(`no row contains "${text}"`);
  return list.map((r, j) => (j === i ? row : r));
}

/**
 * An API Contracts section (lines 10–…) with the payout schedule operations; `get429` and
 * `put429` add a 429 response, `security` the root requirement, `schemes` the components.
 */
export function api(opts: { get429?: boolean; put429?: boolean; security?: boolean; schemes?: boolean } = {}): string[] {
  const { security = true, schemes = true } = opts;
  return [
    '## API Contracts',
    '',
    '```yaml',
    'openapi: 3.0.3',
    ...(security ? ['security:', "  - sellerOAuth: ['payouts:read']"] : []),
    'paths:',
    '  /v1/sellers/{sellerId}/payout-schedule:',
    '    parameters:',
    '      - {name: sellerId, in: path, required: true, schema: {type: string}}',
    '    get:',
    '      operationId: getPayoutSchedule',
    '      summary: Get the payout schedule',
    '      responses:',
    "        '200': {description: The schedule.}",
    ...(opts.get429 ? ["        '429': {description: Too many requests.}"] : []),
    '    put:',
    '      operationId: updatePayoutSchedule',
    '      summary: Change the payout schedule',
    '      responses:',
    "        '200': {description: Change accepted.}",
    ...(opts.put429 ? ["        '429': {description: Too many requests.}"] : []),
    ...(schemes
      ? ['components:', '  securitySchemes:', '    sellerOAuth:', '      type: oauth2', '      flows:', '        clientCredentials:', '          tokenUrl: https://auth.example.com/token', "          scopes: {'payouts:read': Read, 'payouts:write': Write}"]
      : []),
    '```',
    '',
  ];
}
