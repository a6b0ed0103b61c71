// mocha's spec reporter plus one machine-readable line with the totals,
// read by scripts/test.mjs.
const Mocha = require('mocha');
const { EVENT_RUN_END } = Mocha.Runner.constants;

class SpecWithResult extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      console.log(`@@RESULT ${runner.stats.passes} ${runner.stats.failures}`);
    });
  }
}
module.exports = SpecWithResult;
