import { COMMAND_NAMES, type CommandName } from '../../../src/surfaces/commands/command-names';
import { registerCommands, type CommandHandler } from '../../../src/surfaces/commands/register';

function register(run: (name: CommandName) => Promise<void>): Map<string, CommandHandler> {
  const handlers = new Map<string, CommandHandler>();
  registerCommands((name, handler) => handlers.set(name, handler), run);
  return handlers;
}

const fakeEvent = () => ({ completed: jest.fn() });

describe('ribbon command registration', () => {
  afterEach(() => jest.restoreAllMocks());

  it('associates the four ribbon functions by their manifest names', () => {
    expect([...register(async () => undefined).keys()]).toEqual([
      'validateTargets',
      'fillRag',
      'buildReports',
      'removeOutput',
    ]);
  });

  it('runs the command the button names and then tells Excel it has finished', async () => {
    const ran: string[] = [];
    const handlers = register(async (name) => {
      ran.push(name);
    });
    const event = fakeEvent();
    await handlers.get('fillRag')!(event);
    expect(ran).toEqual(['fillRag']);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('still completes the event when the command throws or rejects, and logs why', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = register(async (name) => {
      if (name === 'buildReports') throw new Error('sheet is protected');
      return Promise.reject(new Error('sync failed'));
    });
    for (const name of COMMAND_NAMES) {
      const event = fakeEvent();
      await expect(handlers.get(name)!(event)).resolves.toBeUndefined();
      expect(event.completed).toHaveBeenCalledTimes(1);
    }
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([
      'NI Targets: validateTargets failed',
      'NI Targets: fillRag failed',
      'NI Targets: buildReports failed',
      'NI Targets: removeOutput failed',
    ]);
  });

  it('completes only after the command has finished, not before', async () => {
    const order: string[] = [];
    const handlers = register(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('ran');
    });
    await handlers.get('validateTargets')!({ completed: () => order.push('completed') });
    expect(order).toEqual(['ran', 'completed']);
  });
});
