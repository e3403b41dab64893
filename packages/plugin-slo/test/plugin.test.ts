import { testPlugin } from '@design-check/core';
import slo from '../src/index.js';

testPlugin(slo, { docs: new URL('../../../docs/rules/', import.meta.url) });
