/** Where the rule pages live; a rule's page is `<base>/<plugin>/<rule>.md`. */
export const DOCS_BASE = 'https://github.com/design-check/design-check/blob/main/docs/rules';

/** The docs page of a rule id such as `openapi/unresolved-ref`. */
export function docsUrl(ruleId: string, base = DOCS_BASE): string {
  const [plugin, ...rest] = ruleId.split('/');
  return `${base}/${plugin}/${rest.join('/')}.md`;
}
