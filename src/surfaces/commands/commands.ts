import { registerCommands, type Associate } from './register';
import { runCommand, type CommandDeps } from './run-command';
import { confirmDialog, showSummaryDialog } from './summary-dialog';

// Office.actions.associate is the supported way; Office versions that predate it look the function up
// on the page's global object by its FunctionName instead.
const associate: Associate = (name, handler) => {
  if (typeof Office.actions?.associate === 'function') Office.actions.associate(name, handler);
  else (globalThis as Record<string, unknown>)[name] = handler;
};

// the engine and the Office gateway load on the first click, not with the function file
const deps: CommandDeps = {
  session: async () =>
    (await import(/* webpackChunkName: "office-session" */ '../taskpane/office-host')).createOfficeSession(),
  show: showSummaryDialog,
  confirm: confirmDialog,
};

// Associated at load, not inside onReady: Excel may invoke the button's function as soon as the page loads.
registerCommands(associate, (name) => runCommand(name, deps));
// Office only initialises the page once onReady (or Office.initialize) is hooked.
void Office.onReady();
