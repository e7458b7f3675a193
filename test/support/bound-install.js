/** Runs a suite's runtimes as a script bound to the spreadsheet unless a test names the mode (see jest.config.js). */
process.env.PASSCOMPASS_INSTALL_MODE = 'bound';
