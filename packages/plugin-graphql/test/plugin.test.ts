import { beforeAll } from 'vitest';
import { testPlugin } from '@design-check/core';
import graphql from '../src/index.js';
import { warmUp, WARM_UP_MS } from './helpers.js';

beforeAll(warmUp, WARM_UP_MS);

testPlugin(graphql, { docs: new URL('../../../docs/rules/', import.meta.url) });
