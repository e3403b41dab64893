/** The full id of a rule: `<plugin>/<rule>` (`openapi/unresolved-ref`). */
export function ruleId(plugin: string, rule: string): string {
  return `${plugin}/${rule}`;
}

/** The ids of the findings the runner itself reports (they have no plugin). */
export function isRunnerId(id: string): boolean {
  return /^(?:core|input|internal)\//.test(id);
}

/** True when `id` is an engine's own rule id (`spectral:operation-tags`), not a design-check rule. */
export function isSourceId(id: string): boolean {
  return id.includes(':') && !id.includes('/');
}
