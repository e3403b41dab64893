/** The rule ids of the installed engines, from their own tables (loads both engines). */
export function engineRuleIds(): Promise<{ redocly: string[]; spectral: string[] }>;
