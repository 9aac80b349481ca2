/**
 * Ribbon function file (manifest FunctionFile → commands.html). Only UI-less ExecuteFunction handlers belong here,
 * each registered with Office.actions.associate and declared in manifest.xml. The manifest declares none yet, so this
 * file only waits for office.js to be ready.
 */
Office.onReady(() => {
  // No ExecuteFunction commands yet.
});

export {};
