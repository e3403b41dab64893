import { testPlugin } from '@design-check/core';
import typescript from '../src/index.js';

testPlugin(typescript, { docs: new URL('../../../docs/rules/', import.meta.url) });
