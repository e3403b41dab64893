import { testPlugin } from '@design-check/core';
import openapi from '../src/index.js';

testPlugin(openapi, { docs: new URL('../../../docs/rules/', import.meta.url) });
