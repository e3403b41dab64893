import type { Plugin } from '@design-check/core';
import structure from '@design-check/plugin-structure';
import openapi from '@design-check/plugin-openapi';

/** The plugins the `design-check` command runs. */
export const defaultPlugins: Plugin[] = [structure, openapi];
