// Entry point the harness loads in the extension host: runs every
// *.test.js beside this file with mocha and reports the totals in a line the
// project's test runner reads ("@@RESULT passed failed").
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  // KILDE_TEST_GREP (a regular expression, inherited by code-server's extension host)
  // runs only the tests whose full titles match it.
  const grep = process.env.KILDE_TEST_GREP;
  if (grep) mocha.grep(new RegExp(grep));
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures };
      console.log(`@@RESULT ${stats.passes} ${stats.failures}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
