module.exports = async function globalTeardown() {
  const child = globalThis.__BIRGE_TEST_PG__;
  if (!child) return;
  globalThis.__BIRGE_TEST_PG__ = undefined;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
};
