import { RuleTester } from '@design-check/core';
import { metadataDoc } from '../__fixtures__/docs.js';
import { metadata } from './metadata.js';

const FULL = ['| **Mission ID** | MISSION-2026-031 |', '| **Status** | draft |', '| **Author** | Priya Raman |', '| **Created** | 2026-03-02 |'];

new RuleTester({ plugin: 'structure' }).run(metadata, {
  valid: [
    { name: 'all required fields', code: metadataDoc(FULL) },
    {
      name: 'numbered heading, extra column, plain keys, trailing words',
      code: [
        '## 1. Metadata',
        '',
        '| Field | Value | Notes |',
        '|---|---|---|',
        '| Mission ID | MISSION-2026-031 | from the brief |',
        '| Status | in-review | |',
        '| Author | Technical Design Agent | |',
        '| Created on | 2026-03-02 | |',
      ].join('\n'),
    },
    {
      name: 'fields split over two tables under subsections',
      code: ['## 1. Metadata', '', '### 1.1 Identity', '', '| Field | Value |', '|---|---|', FULL[0], '', '### 1.2 Lifecycle', '', '| Field | Value |', '|---|---|', FULL[1], FULL[2], FULL[3]].join('\n'),
    },
    { name: 'custom field list', code: metadataDoc(FULL.slice(0, 2)), options: { fields: ['Mission ID', 'Status'] } },
    { name: 'no Metadata section: left to required-sections', code: '# Design\n\n## Context & Goals\n\nWhy.\n' },
    { name: 'a `#` title that starts like "Metadata" is not the section', code: '# Metadata Catalog: Technical Design\n\n## Context & Goals\n\nWhy.\n' },
  ],
  invalid: [
    {
      name: 'a `#` Metadata section (every section a `#` heading)',
      code: ['**Technical Design: Refunds**', '', '# 1) Metadata', '', '| Field | Value |', '|---|---|', FULL[0], FULL[1], FULL[3], '', '# 2) Context and Goals', '', 'Why.'].join('\n'),
      errors: [{ messageId: 'missingField', data: { field: 'Author' }, line: 5, column: 1 }],
    },
    {
      name: 'missing field, reported on the table',
      code: metadataDoc([FULL[0], FULL[1], FULL[3]]),
      errors: [{ messageId: 'missingField', data: { field: 'Author' }, line: 3, column: 1 }],
    },
    {
      name: 'empty value cell',
      code: metadataDoc([FULL[0], FULL[1], FULL[2], '| **Created** |  |']),
      errors: [{ messageId: 'emptyField', data: { field: 'Created' }, line: 8, column: 17 }],
    },
    {
      name: 'a dash is empty too',
      code: metadataDoc([FULL[0], '| **Status** | — |', FULL[2], FULL[3]]),
      errors: [{ messageId: 'emptyField', data: { field: 'Status' }, line: 6, column: 16 }],
    },
    {
      name: 'row without a value cell',
      code: metadataDoc([FULL[0], FULL[1], '| **Author** |', FULL[3]]),
      errors: [{ messageId: 'emptyField', data: { field: 'Author' }, line: 7, column: 13 }],
    },
    {
      name: '"Approved by" is not the Approved field',
      code: metadataDoc([...FULL, '| **Approved by** | Architecture Governor |']),
      options: { fields: ['Approved'] },
      errors: [{ messageId: 'missingField', data: { field: 'Approved' }, line: 3, column: 1 }],
    },
    {
      name: 'section without a table',
      code: '## 1. Metadata\n\nMission ID: MISSION-2026-031, status draft.\n\n## 2. Context & Goals\n\nWhy.\n',
      errors: [{ messageId: 'missingTable', data: { section: '1. Metadata' }, line: 1, column: 1 }],
    },
  ],
});
