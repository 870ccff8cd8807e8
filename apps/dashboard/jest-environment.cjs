// jsdom with the Fetch API's classes of Node (Request, Response, Headers) and Node's AbortController,
// which react-router's data router uses to describe each navigation; jsdom has none of them, and
// Node's Request accepts only Node's AbortSignal.
const { TestEnvironment } = require('jest-environment-jsdom');

class DashboardEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const fromNode = { Request, Response, Headers, AbortController, AbortSignal, TextEncoder, TextDecoder, ReadableStream };
    Object.assign(this.global, fromNode);
  }
}

module.exports = DashboardEnvironment;
