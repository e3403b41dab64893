export { main, processIO, version, type CliIO } from './main.js';
export { defaultPlugins } from './plugins.js';
export { expandTargets, type Target } from './files.js';
