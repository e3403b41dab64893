import type { Plugin } from '@design-check/core';
import structure from '@design-check/plugin-structure';
import openapi from '@design-check/plugin-openapi';
import typescript from '@design-check/plugin-typescript';
import gherkin from '@design-check/plugin-gherkin';
import stride from '@design-check/plugin-stride';
import slo from '@design-check/plugin-slo';
import proto from '@design-check/plugin-proto';
import graphql from '@design-check/plugin-graphql';

/**
 * The plugins that `design-check` and `remark-preset-lint-design` run, in run order. A plugin
 * loads its engine only when a document has its kind of artifact, so listing one costs
 * nothing on documents without it.
 */
export const defaultPlugins: Plugin[] = [structure, openapi, typescript, gherkin, stride, slo, proto, graphql];

export default defaultPlugins;
