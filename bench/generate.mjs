// Generates realistic design documents for the benchmark: every template section and every
// artifact the default plugins check (OpenAPI fragments, TypeScript types, Gherkin scenarios, a
// STRIDE threat model, performance budgets, SLO, metric, dashboard and alert tables), with an
// Outcome Contract beside them. Some documents carry seeded defects of every plugin. The same
// OpenAPI, merged into one file, is what the peers (spectral-cli, redocly-cli) check.

const NOUNS = ['refund', 'payout', 'invoice', 'dispute', 'transfer', 'mandate', 'payment', 'statement', 'webhook', 'settlement', 'chargeback', 'voucher'];

/** The names of resource `k`: `refund`, `Refund`, `refunds`, `/v1/refunds`; later rounds get `/v2/…` and a `V2` suffix. */
function resource(k) {
  const noun = NOUNS[k % NOUNS.length];
  const round = Math.floor(k / NOUNS.length);
  const suffix = round ? `V${round + 1}` : '';
  const Noun = noun[0].toUpperCase() + noun.slice(1);
  return {
    noun,
    label: `${noun}${round ? ` v${round + 1}` : ''}`,
    Name: `${Noun}${suffix}`,
    name: `${noun}${suffix}`,
    plural: `${noun}s`,
    path: `/v${round + 1}/${noun}s`,
    span: `${noun}s${round ? `.v${round + 1}` : ''}`,
    component: `${Noun}s API${round ? ` v${round + 1}` : ''}`,
    tag: `${Noun}s${suffix}`,
    scope: `${noun}s${round ? `.v${round + 1}` : ''}:write`,
  };
}

function paths(r, defect) {
  const idParam = `${r.name}Id`;
  return `  ${r.path}:
    post:
      operationId: create${r.Name}
      summary: Create a ${r.noun}
      description: >-
        Creates a ${r.noun} for the calling merchant; idempotent per Idempotency-Key for 24
        hours, so a client retry returns the original ${r.noun}.
      tags: [${r.tag}]
      security:
        - merchantOAuth: ['${r.scope}']
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/${r.Name}${defect ? 'Requst' : 'Request'}'}
            example: {amount: {amount: 1250, currency: EUR}, note: first ${r.noun} of the day}
      responses:
        '201':
          description: The ${r.noun} was accepted.
          content: {application/json: {schema: {$ref: '#/components/schemas/${r.Name}'}}}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
  ${r.path}/{${idParam}}:
    parameters:
      - {name: ${idParam}, in: path, required: true, description: 'The ${r.noun}, e.g. ${r.noun.slice(0, 2)}_8kLm2P.', schema: {type: string}}
    get:
      operationId: get${r.Name}
      summary: Retrieve a ${r.noun}
      description: Returns the current state of one ${r.noun} of the calling merchant.
      tags: [${r.tag}]
      responses:
        '200':
          description: The ${r.noun}.
          content: {application/json: {schema: {$ref: '#/components/schemas/${r.Name}'}}}
        '404': {$ref: '#/components/responses/NotFound'}
`;
}

function schemas(r) {
  return `    ${r.Name}Status: {type: string, enum: [pending, processing, succeeded, failed, canceled]}
    ${r.Name}Request:
      type: object
      required: [amount]
      properties:
        amount: {$ref: '#/components/schemas/Money'}
        note: {type: string, maxLength: 500}
    ${r.Name}:
      type: object
      required: [id, status, amount, note, createdAt]
      properties:
        id: {type: string}
        status: {$ref: '#/components/schemas/${r.Name}Status'}
        amount: {$ref: '#/components/schemas/Money'}
        note: {type: string, nullable: true}
        createdAt: {type: string, format: date-time}
`;
}

const sharedComponents = (rs) => `  securitySchemes:
    merchantOAuth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.payments.example.com/oauth2/token
          scopes:
            'payments:read': Read every resource
${rs.map((r) => `            '${r.scope}': Create ${r.plural}\n`).join('')}  parameters:
    IdempotencyKey: {name: Idempotency-Key, in: header, required: true, description: 'Client-generated retry key.', schema: {type: string, minLength: 8, maxLength: 64}}
  responses:
    NotFound:
      description: The resource does not exist or belongs to another merchant.
      content: {application/problem+json: {schema: {$ref: '#/components/schemas/Problem'}}}
    Conflict:
      description: The resource is in a state that does not allow the change.
      content: {application/problem+json: {schema: {$ref: '#/components/schemas/Problem'}}}
    UnprocessableEntity:
      description: Invalid body, or an amount above what the merchant may move.
      content: {application/problem+json: {schema: {$ref: '#/components/schemas/Problem'}}}
    TooManyRequests:
      description: Rate limit exceeded; see the Retry-After header.
      headers:
        Retry-After: {description: Seconds to wait before retrying., schema: {type: integer}}
      content: {application/problem+json: {schema: {$ref: '#/components/schemas/Problem'}}}
`;

const SHARED_SCHEMAS = `    Money:
      type: object
      required: [amount, currency]
      properties:
        amount: {type: integer, minimum: 1, description: 'Amount in minor units (cents).'}
        currency: {type: string, pattern: '^[A-Z]{3}$', description: 'ISO 4217 code.'}
    Problem:
      type: object
      required: [type, title, status, traceId]
      properties: {type: {type: string}, title: {type: string}, status: {type: integer}, detail: {type: string}, traceId: {type: string}}
`;

function tagList(rs) {
  return rs.map((r) => `  - name: ${r.tag}\n    description: Create and inspect ${r.plural}.\n`).join('');
}

function typescript(rs, defect) {
  const own = rs
    .map(
      (r, i) => `export type ${r.Name}Status = 'pending' | 'processing' | 'succeeded' | 'failed' | 'canceled';
export interface ${r.Name} {
  id: string;
  status: ${r.Name}Status;
  amount: Money;
  note: string | null;
  createdAt: ${defect && i === 0 ? 'number' : 'string'}; // RFC 3339
}
`,
    )
    .join('');
  return `// packages/contracts: types shared by every stream (request DTOs are generated)
export interface Money { amount: number; currency: string } // minor units; ISO 4217
export interface Problem { type: string; title: string; status: number; detail?: string; traceId: string }

${own}`;
}

function behaviours(rs, defect) {
  return rs
    .map(
      (r, i) => `### 6.${i + 1} Behavior ${i + 1}: ${r.Name} creation is idempotent and bounded

**Relates to:** Outcome Contract acceptance criteria #1 and #2

\`\`\`gherkin
Scenario: A client retries the ${r.label} creation with the same Idempotency-Key
  Given a merchant created a ${r.label} with Idempotency-Key "k-7f3a9c21"
  When the merchant sends the same request with the same Idempotency-Key
  Then the response status is 201 and the body is the original ${r.label}
  And no second ${r.label} exists

Scenario: ${an(r.label)} above the allowed amount is refused
  Given a merchant whose ${r.label} limit is 100.00 EUR
  When the merchant requests a ${r.label} of 120.00 EUR
  Then the response status is 422
  And no ${r.label} row is written

Scenario: ${an(r.label)} of another merchant is not found
  Given a ${r.label} of merchant "m_acme"
  When merchant "m_globex" retrieves that ${r.label}
  Then the response status is 404, the same as for a ${r.label} that does not exist

Scenario: ${an(r.label)} that changed state meanwhile is a conflict
  Given a ${r.label} that is already "succeeded"
  When the merchant sends a second create for it
  Then the response status is 409

Scenario: A merchant above the ${r.label} rate limit is told to wait
  Given merchant "m_acme" sent 50 ${r.label} requests in the last second
  ${defect && i === 0 ? 'Wen' : 'When'} the merchant sends another ${r.label} request
  Then the response status is 429 with a Retry-After header
\`\`\`
`,
    )
    .join('\n');
}

/** `a refund`, `an invoice`, with a capital. */
function an(word) {
  return `${/^[aeiou]/.test(word) ? 'An' : 'A'} ${word}`;
}

function rows(rs, row) {
  return rs.map(row).join('\n');
}

/** The Outcome Contract the generated designs link to. */
export const outcomeContract = `# Outcome Contract: Merchant Money Movement

| Field | Value |
|-------|-------|
| **Mission ID** | MISSION-2026-900 |
| **Measured from** | General availability (planned 2026-05-11) |

## Acceptance Criteria

1. Merchants create and inspect every money movement themselves, through the API or the dashboard.
2. No movement ever exceeds the amount the merchant may move, also under concurrent requests and retries.

## Measurement

| Criterion | Signal | Source |
|-----------|--------|--------|
| 1 | Movements created outside support / all movements | Adoption dashboard |
| 2 | Nightly reconciliation against the ledger | Reconciliation job report |
`;

/**
 * A design of `resources` resources (two operations each), its OpenAPI split over up to
 * `fragments` fragments; `defects` seeds one defect of every plugin. Returns the markdown and
 * the same OpenAPI merged into one file for the peers.
 */
export function generate(resources, fragments = 3, { defects = false, id = 0 } = {}) {
  const rs = Array.from({ length: resources }, (_, k) => resource(k));
  const per = Math.ceil(rs.length / Math.max(1, fragments - 1));
  const groups = [];
  for (let i = 0; i < rs.length; i += per) groups.push(rs.slice(i, i + per));
  const status = defects ? 'in-reveiw' : 'in-review';
  let md = `# Technical Design: Merchant Money Movement ${id} (${resources} resources)

## 1. Metadata

| Field | Value |
|-------|-------|
| **Mission ID** | MISSION-2026-${String(900 + id)} |
| **Outcome contract** | [OUTCOME-CONTRACT.md](./OUTCOME-CONTRACT.md) |
| **Status** | ${status} |
| **Author** | Technical Design Agent, with Priya Raman (Tech Lead, Payments Core) |
| **Reviewers** | Architecture Governor; Tomás Álvarez (Security Lead); Dana Whitfield (SRE) |
| **Created** | 2026-03-02 |

## 2. Context & Goals

Today merchants move money through the support queue: in February that was 41,800 tickets, a
median turnaround of 2.7 days, and 0.4% of movements issued for the wrong amount. The mission
brief asks that merchants create ${rs.map((r) => r.plural).slice(0, 4).join(', ')} and the rest
themselves, through the public API and the merchant dashboard, without support involvement.

Acquirers answer in 200 ms to 40 s and sometimes time out without saying whether a movement
went through; the ledger must get exactly one entry per movement. So the design accepts a
request synchronously, enforces the merchant's limits in the database, and calls the acquirer
asynchronously through a transactional outbox.

## 3. API Contracts

Public Payments API; errors are \`application/problem+json\`. The gateway answers 401/403 on every
route, so operations list only the errors the services produce.

### 3.1 Conventions

\`\`\`yaml
openapi: 3.0.3
tags:
${tagList(rs)}security: [{merchantOAuth: ['payments:read']}]
\`\`\`

`;
  groups.forEach((g, i) => {
    md += `### 3.${i + 2} ${g.map((r) => r.Name).join(', ')}\n\n\`\`\`yaml\npaths:\n${g.map((r, j) => paths(r, defects && i === 0 && j === 0)).join('')}components:\n  schemas:\n${g.map(schemas).join('')}\`\`\`\n\n`;
  });
  md += `### 3.${groups.length + 2} Shared Components

\`\`\`yaml
components:
${sharedComponents(rs)}  schemas:
${SHARED_SCHEMAS}\`\`\`

## 4. Data Model

### 4.1 New / Modified Entities

| Entity | Change | Fields | Notes |
|--------|--------|--------|-------|
${rows(rs, (r) => `| ${r.Name} | new | id, merchantId, amountMinor, currency, note, status, createdAt | \`${r.plural}\` table, partitioned by month on createdAt |`)}
| IdempotencyRecord | new | merchantId, key, requestHash, responseStatus, responseBody, expiresAt | Primary key (merchantId, key); purged after 24 h |

### 4.2 Migration Strategy

- [x] Backward-compatible schema change (additive only): new tables only.
- [x] Feature-flag gated schema change: endpoints ship behind \`money.self_service.enabled\`.

## 5. Interface Contracts Between Streams

| From Stream | To Stream | Interface | Contract |
|-------------|-----------|-----------|----------|
${rows(rs, (r) => `| ${r.noun}-core | merchant-dashboard | REST API, section 3 | \`${r.Name}\` and \`Problem\` exactly as specified |`)}

### 5.1 Shared Type Definitions

\`\`\`typescript
${typescript(rs, defects)}\`\`\`

## 6. Behavioral Specifications

${behaviours(rs, defects)}
## 7. Security Threat Model

### 7.1 Assets at Risk

| Asset | Classification | Exposure |
|-------|---------------|----------|
| Merchant funds | restricted | Every create endpoint, acquirer adapter |
| Movement notes (may hold customer names) | confidential | API responses, webhooks, logs |

### 7.2 Threat Analysis

| Threat | Category (STRIDE) | Likelihood | Impact | Mitigation |
|--------|--------------------|------------|--------|------------|
| Stolen merchant token used to drain merchant funds | Spoofing | med | high | Separate write scopes; per-merchant volume anomaly alert |
${rows(rs, (r, i) => `| Merchant edits the ${r.label} id to read another merchant's ${r.label} | ${defects && i === 0 ? 'Tampring' : 'Tampering'} | med | high | merchantId taken from the token, never from input; 404 for foreign ids |`)}
| Merchant denies having created a movement | Repudiation | low | med | Immutable audit entry with client id, source IP and trace id |
| Movement notes leak through logs or webhooks | Information Disclosure | med | med | Notes redacted in logs; webhooks only to verified HTTPS endpoints |
| Request flood exhausts acquirer rate limits for all merchants | Denial of Service | med | high | Per-merchant rate limit; per-acquirer token bucket in the adapter |
| Dashboard user without finance role moves money | Elevation of Privilege | med | high | Only \`finance_admin\` users obtain a write token |

### 7.3 Security Controls

- [x] Authentication: existing OAuth2 client credentials; 15-minute JWTs validated at the gateway.
- [x] Authorization: read and write scopes per resource; ownership checked on every query.
- [x] Input validation: bodies validated against the OpenAPI schema at the gateway.
- [x] Data encryption: TLS 1.2+ in transit; every new table encrypted at rest (AES-256, KMS).
- [x] Audit logging: every create and status change, with actor, merchantId, amount and trace id.
- [x] Rate limiting: 20 creates/s per merchant (burst 50), 100 reads/s per merchant.

## 8. Performance Budgets

| Component | Metric | Budget | Measurement Method | Owner |
|-----------|--------|--------|--------------------|-------|
${rows(rs, (r) => `| ${r.component} (create${r.Name}) | p95 latency | < 250ms | k6 load test, APM | Payments Core |\n| ${r.component} (get${r.Name}) | p95 latency | < 120ms | k6 load test, APM | Payments Core |`)}

### 8.1 Load Test Plan

| Scenario | Concurrent users | Duration | Success criteria |
|----------|-----------------|----------|-----------------|
| Steady state (2x February peak) | 400 | 30 min | p99 < 600ms, error rate < 0.1% |
| Burst (marketplace bulk creates) | 2,000 | 5 min | 429s returned, no lost outbox events |

## 9. Observability Design

### 9.1 Production Baseline (Existing Components)

| Component | Metric | Current Value | Source Dashboard | Risk if Degraded |
|-----------|--------|---------------|------------------|------------------|
| Payments API | p95 latency | 138ms | [Payments API Health](https://grafana.example.com/d/payments-api) | Medium, 62% error budget remaining |

- [x] Production baselines queried from observability platform for all modified components
- [x] Error budget status reviewed — no proposed change targets a component with <20% error budget remaining without explicit risk mitigation
- [x] Dependency map reviewed — downstream impact of proposed changes assessed

### 9.2 Instrumentation Plan

| Component | Span Name | Type | Attributes | Notes |
|-----------|-----------|------|------------|-------|
${rows(rs, (r) => `| ${r.component} | \`${r.span}.create\` | server span | \`${r.noun}.id\`, \`merchant.id\` | create${r.Name}: validation, lock, insert |\n| ${r.component} | \`${r.span}.get\` | server span | \`${r.noun}.id\` | get${r.Name} |`)}

- [x] All new endpoints produce traces (HTTP, gRPC, messaging)
- [x] Custom spans defined for business-critical operations (not just framework-level)
- [x] Trace context propagation designed across all new service boundaries (W3C Trace Context)

### 9.3 Metrics Design

| Metric Name | Type | Labels/Dimensions | Description |
|-------------|------|-------------------|-------------|
${rows(rs, (r) => `| \`${r.span}.requests.duration\` | histogram | operation, status_code | Latency per endpoint; its count gives rate and errors |\n| \`${r.span}.created\` | counter | merchant_tier, channel | ${r.Name} created, API vs dashboard |`)}

- [x] **RED metrics** defined for every new endpoint (Rate, Errors, Duration)
- [x] **Business metrics** defined for user-facing features (adoption, conversion, volume)
- [x] Metric naming follows standard conventions (dot-separated, lowercase)
- [x] Required dimensions include: \`service.name\`, \`service.version\`, \`division\`

### 9.4 Health Targets / SLOs

| Component | SLO Type | Target | Error Budget | Burn Rate Alert Threshold |
|-----------|----------|--------|-------------|---------------------------|
${rows(rs, (r, i) => `| ${r.component} | availability | 99.95% | ${defects && i === 0 ? '0.5%' : '0.05%'} over 30d rolling | 2x burn rate for 1h window |\n| ${r.component} | latency p95 | < 250ms | 5% of requests may exceed | 3x burn rate for 15m window |`)}

- [x] At least one health target defined per new production component
- [x] Targets aligned with Performance Budgets section above

### 9.5 Dashboard Specification

| Dashboard | Key Visualizations | Audience | Auto-Created |
|-----------|--------------------|----------|--------------|
${rows(rs, (r) => `| ${r.component} Health | RED per endpoint, SLO burn-down, deploy markers | on-call, Payments Core | yes |`)}

### 9.6 Alerting Plan

| Alert | Condition | Severity | Runbook | Routing |
|-------|-----------|----------|---------|---------|
${rows(rs, (r) => `| ${r.Name} SLO burn rate critical | burn_rate > 2x for 1h | P1 | [RB-${r.Name}](https://runbooks.example.com/${r.name}#slo-burn) | on-call paging |`)}

- [x] Every alert has a documented runbook action
- [x] Alert routing defined (P1/P2 → paging, P3/P4 → team channel)

## 10. Architecture Decisions

### 10.1 Decision 1: Asynchronous acquirer submission via transactional outbox

| Field | Value |
|-------|-------|
| **Context** | Acquirer latency (0.2–40 s) cannot fit a 250 ms API budget, and a crash between "saved" and "submitted" must neither lose nor duplicate a movement. |
| **Options considered** | Synchronous call in the request; publish to Kafka after commit; transactional outbox with relay |
| **Decision** | Transactional outbox: each row and its event commit in one transaction; the existing relay publishes to Kafka. |
| **Rationale** | Reuses the outbox already operated for captures; no dual-write window. |
| **Consequences** | Merchants see \`pending\` first and poll or use webhooks; the adapter deduplicates on id. |
| **ADR** | inline — standard pattern |

## 11. Open Questions

| # | Question | Impact if Unresolved | Owner | Target Date | Resolution |
|---|----------|---------------------|-------|-------------|------------|
| 1 | Which acquirers support a status inquiry for timed-out movements? | Blocks adapter retry design | ${defects ? '' : 'Acquirer Integrations lead'} | 2026-03-10 | All three; Worldpay only through the batch report |

## 12. Design Review Checklist

- [x] API contracts defined for all new/modified endpoints
- [x] Data model changes documented with migration strategy
- [x] All inter-stream interface contracts specified
- [x] Behavioral specs cover ambiguous or cross-stream behaviors
- [x] Security threat model completed for new attack surfaces
- [ ] Performance budgets set with measurement methods

## 13. Revision History

| Rev | Date | Author | Summary |
|---|---|---|---|
| 1 | 2026-03-02 | Technical Design Agent | Initial draft from mission brief and outcome contract |
| 2 | 2026-03-06 | Priya Raman | Security review: split scopes, note redaction, rate limits |
`;
  const spec = `openapi: 3.0.3
info:
  title: Merchant Money Movement ${id}
  version: 1.0.0
  description: The merged API contracts of the design.
  license: {name: MIT, url: 'https://opensource.org/licenses/MIT'}
  contact: {name: Payments Core, email: payments@example.com}
servers:
  - url: https://api.payments.example.com
tags:
${tagList(rs)}security: [{merchantOAuth: ['payments:read']}]
paths:
${rs.map((r, k) => paths(r, defects && k === 0)).join('')}components:
${sharedComponents(rs)}  schemas:
${rs.map(schemas).join('')}${SHARED_SCHEMAS}`;
  return { md, spec };
}

/** The number of resources that makes a document of about `bytes` bytes. */
export function resourcesFor(bytes) {
  const one = generate(1).md.length;
  const step = generate(2).md.length - one;
  return Math.max(1, Math.round((bytes - one) / step) + 1);
}
