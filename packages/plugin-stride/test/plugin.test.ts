import { testPlugin } from '@design-check/core';
import stride from '../src/index.js';

testPlugin(stride, { docs: new URL('../../../docs/rules/', import.meta.url) });
