/**
 * Ribbon function file (manifest FunctionFile → commands.html). Only UI-less ExecuteFunction handlers belong here,
 * each registered with Office.actions.associate and declared in manifest.xml:
 * - runQuickCheck (一键校验): the full check without opening the pane; the pane shows the counts when it opens.
 */
import { createOfficeGateway } from "../taskpane/office-gateway";
import { quickCheck } from "./quick-check";

/** 一键校验. Always completes the event, or Office keeps the button busy; failures are recorded by quickCheck. */
export async function runQuickCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await quickCheck(createOfficeGateway());
  } catch {
    // Not even a gateway (office.js without Excel): nothing to record the failure in.
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // Handlers are associated below, at load, as the function file requires.
});

Office.actions.associate("runQuickCheck", runQuickCheck);
