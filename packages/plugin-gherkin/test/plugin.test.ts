import { testPlugin } from '@design-check/core';
import gherkin from '../src/index.js';

testPlugin(gherkin, { docs: new URL('../../../docs/rules/', import.meta.url) });
