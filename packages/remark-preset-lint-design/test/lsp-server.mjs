#!/usr/bin/env node
// remark-language-server is exactly this call on unified-language-server (the package itself is
// not on this machine's registry); editors start it with `--stdio`.
import process from 'node:process';
import { remark } from 'remark';
import { createUnifiedLanguageServer } from 'unified-language-server';

process.title = 'remark-language-server';

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
});
