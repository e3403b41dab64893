export { main, processIO, version, type CliIO } from './main.js';
export { defaultPlugins } from '@design-check/plugins';
export { expandTargets, type Target } from './files.js';
