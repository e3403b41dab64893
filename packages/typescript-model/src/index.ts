export type { TsBlock, TsDeclaration, TsDiagnostic, TsEnumMember, TsProperty, TsType, TypeScriptModel } from './types.js';
export { typeScriptModel, typeScriptModelOf, typeScriptDeclarations, loadTypeScript, preloadTypeScript } from './model.js';
export { blockForSpecifier, hasTypeScript, moduleNamesOf, tsBlocks, typeScriptCodeBlocks, VIRTUAL_DIR } from './blocks.js';
export { compileSettingsOf, DEFAULT_SETTINGS, type CompileSettings } from './settings.js';
