import { beforeAll } from 'vitest';
import { testPlugin } from '@design-check/core';
import proto from '../src/index.js';
import { warmUp, WARM_UP_MS } from './helpers.js';

beforeAll(warmUp, WARM_UP_MS);

testPlugin(proto, { docs: new URL('../../../docs/rules/', import.meta.url) });
