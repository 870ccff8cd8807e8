// jsdom with Node's TextEncoder and TextDecoder, which react-router uses when it loads (browsers
// have them; jsdom does not).
const { TestEnvironment } = require('jest-environment-jsdom');

class DashboardEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, { TextEncoder, TextDecoder });
  }
}

module.exports = DashboardEnvironment;
