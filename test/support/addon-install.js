/**
 * Runs a suite's runtimes as a Marketplace add-on unless a test names the mode (see jest.config.js). Set for every
 * file, since a Jest worker keeps its environment from one test file to the next.
 */
process.env.PASSCOMPASS_INSTALL_MODE = 'add-on';
