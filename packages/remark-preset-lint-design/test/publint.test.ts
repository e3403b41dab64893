import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { expect, test } from 'vitest';
import { publishedPackages } from './workspace.js';

// publint reads what `pnpm pack` would publish, so the packages must be built first.
test.each(publishedPackages().map((p) => [p.name, p.dir]))('publint is clean for %s', async (_name, dir) => {
  const { messages, pkg } = await publint({ pkgDir: dir, pack: 'pnpm', level: 'suggestion' });
  const problems = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`);
  expect(problems).toEqual([]);
}, 60_000);
