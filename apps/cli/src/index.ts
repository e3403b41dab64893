export { main, processIO, version, type CliIO } from './main.js';
export { defaultPlugins } from './plugins.js';
export { expandTargets, looksLikeDesign, type Target } from './files.js';
export { projectRootFor } from './project-root.js';
