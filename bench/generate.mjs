// Generates realistic design documents of growing size for the benchmark, and the same
// OpenAPI description as one file, so that the peers (spectral-cli, redocly-cli) check
// exactly what design-check checks.

/** One resource's paths, as an OpenAPI fragment body (indented under `paths:`). */
function resourcePaths(name) {
  const Name = name[0].toUpperCase() + name.slice(1);
  return `  /${name}s:
    get:
      operationId: list${Name}s
      summary: List ${name}s
      description: Lists the ${name}s of the caller's tenant, newest first.
      tags: [${name}s]
      parameters:
        - name: limit
          in: query
          required: false
          description: Page size.
          schema: { type: integer, minimum: 1, maximum: 100 }
      responses:
        '200':
          description: A page of ${name}s.
          content:
            application/json:
              schema:
                type: array
                items: { $ref: '#/components/schemas/${Name}' }
        '401':
          description: Missing or invalid token.
    post:
      operationId: create${Name}
      summary: Create a ${name}
      description: Creates a ${name}; idempotent on the Idempotency-Key header.
      tags: [${name}s]
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/${Name}' }
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/${Name}' }
        '400':
          description: Validation error.
  /${name}s/{${name}Id}:
    get:
      operationId: get${Name}
      summary: Get a ${name}
      description: Returns one ${name}.
      tags: [${name}s]
      parameters:
        - name: ${name}Id
          in: path
          required: true
          description: The ${name}'s id.
          schema: { type: string, format: uuid }
      responses:
        '200':
          description: The ${name}.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/${Name}' }
        '404':
          description: No such ${name}.
`;
}

function schema(name) {
  const Name = name[0].toUpperCase() + name.slice(1);
  return `    ${Name}:
      type: object
      required: [id, amount]
      properties:
        id: { type: string, format: uuid }
        amount: { $ref: '#/components/schemas/Money' }
        note: { type: string, maxLength: 500 }
`;
}

const money = `    Money:
      type: object
      required: [value, currency]
      properties:
        value: { type: integer, description: Minor units. }
        currency: { type: string, pattern: '^[A-Z]{3}$' }
`;

/** Build a design with `resources` resources split over `fragments` fragments. */
export function generate(resources, fragments) {
  const names = Array.from({ length: resources }, (_, i) => `item${i}`);
  const per = Math.ceil(resources / fragments);
  const tagList = names.map((n) => `  - name: ${n}s\n    description: The ${n} resource.\n`).join('');
  const security = `security:\n  - bearer: []\n`;
  const schemes = `  securitySchemes:\n    bearer:\n      type: http\n      scheme: bearer\n`;
  let md = `# Technical Design: Benchmark Service (${resources} resources)\n\n## 1. Metadata\n\n| Field | Value |\n|-------|-------|\n| **Mission ID** | MISSION-2026-900 |\n| **Status** | draft |\n| **Author** | Platform team |\n| **Created** | 2026-11-02 |\n\n## 2. Context & Goals\n\nA service with ${resources} resources, to measure design-check.\n\n## 3. API Contracts\n\n`;
  for (let f = 0; f < fragments; f++) {
    const mine = names.slice(f * per, (f + 1) * per);
    if (!mine.length) break;
    md += `### 3.${f + 1} Resources ${f + 1}\n\n\`\`\`yaml\n${f === 0 ? `openapi: 3.0.3\n${security}tags:\n${tagList}` : ''}paths:\n${mine.map(resourcePaths).join('')}components:\n  schemas:\n${mine.map(schema).join('')}${f === 0 ? money + schemes : ''}\`\`\`\n\n`;
  }
  const rest = ['Data Model', 'Interface Contracts Between Streams', 'Behavioral Specifications', 'Security Threat Model', 'Performance Budgets', 'Observability Design', 'Architecture Decisions'];
  rest.forEach((title, i) => {
    md += `## ${4 + i}. ${title}\n\nThe ${title.toLowerCase()} of the benchmark service follow the platform defaults.\n\n`;
  });
  md += `## 11. Open Questions\n\n| # | Question | Impact if Unresolved | Owner | Target Date | Resolution |\n|---|---|---|---|---|---|\n| 1 | Which region first? | blocks rollout | Tech Lead | 2027-01-15 | EU first |\n\n## 12. Design Review Checklist\n\n- [x] API contracts defined for all new/modified endpoints\n`;
  const spec = `openapi: 3.0.3\ninfo:\n  title: Benchmark Service\n  version: 1.0.0\n  description: Benchmark.\n  license: { name: MIT, url: https://opensource.org/licenses/MIT }\n  contact: { name: Platform, email: platform@acme-payments.io }\nservers:\n  - url: https://api.acme-payments.io\n${security}tags:\n${tagList}paths:\n${names.map(resourcePaths).join('')}components:\n  schemas:\n${names.map(schema).join('')}${money}${schemes}`;
  return { md, spec };
}
