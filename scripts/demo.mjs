// `pnpm demo`: design-check over examples/, then one line that says what the findings are.
// design-check exits 1 on the errors planted in the defect examples; the demo exits 0 when it
// found them, so that a first run does not end in "Command failed" and read as a broken install.
import { main, processIO } from '../apps/cli/dist/index.js';
import { defaultPlugins } from '../packages/plugins/dist/index.js';

const io = processIO();
const code = await main(['examples/'], io);
const plugins = defaultPlugins.map((p) => p.name).join(', ');
if (code === 1) {
  io.stdout(
    `\nThese are the defects planted in examples/defects/, designs with the mistakes each plugin catches (${plugins}): design-check exits 1 on them, as it will in your CI; ` +
      'the clean designs in examples/refund-service/ and examples/search-indexing/ have no finding. Next: npx design-check docs/\n',
  );
  process.exitCode = 0;
} else {
  io.stderr(`\nThe demo expected design-check to exit 1 on the defect examples; it exited ${code}.\n`);
  process.exitCode = code === 0 ? 1 : code;
}
// An engine stopped at its time budget may still be working: leave once the report is out.
setTimeout(() => process.exit(), 1000).unref();
