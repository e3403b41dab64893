export type { TsBlock, TsDeclaration, TsDiagnostic, TsEnumMember, TsProperty, TsType, TypeScriptModel } from './types.js';
export { isCompiled, typeScriptModel, typeScriptModelOf, typeScriptDeclarations, preloadTypeScript } from './model.js';
export { blockForSpecifier, hasTypeScript, moduleNamesOf, tsBlocks, typeScriptCodeBlocks, VIRTUAL_DIR } from './blocks.js';
export { compileSettingsOf, DEFAULT_SETTINGS, type CompileSettings } from './settings.js';
