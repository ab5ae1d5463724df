/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../src/surfaces/taskpane/App';
import type { PaneMessage } from '../../../src/surfaces/taskpane/messages';

// Fluent's MessageBar watches its width to reflow; jsdom has no layout, so a do-nothing observer is enough.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

type Executor<T> = ConstructorParameters<typeof Promise<T>>[0];
interface Deferred<T> {
  promise: Promise<T>;
  resolve: Parameters<Executor<T>>[0];
  reject: Parameters<Executor<T>>[1];
}

/** A validation run the test finishes by hand, to look at the pane while it is still running. */
function deferred<T>(): Deferred<T> {
  const d = {} as Deferred<T>;
  d.promise = new Promise<T>((resolve, reject) => Object.assign(d, { resolve, reject }));
  return d;
}

describe('task pane', () => {
  it('shows the product name, the validate button and an empty results area', () => {
    render(<App />);
    expect(screen.getByRole('heading', { name: 'NI Targets' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Validate workbook' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Results' }).textContent).toBe('Results will appear here.');
  });

  it('shows progress while checking, then each message, and disables the button meanwhile', async () => {
    const run = deferred<PaneMessage[]>();
    render(<App validate={() => run.promise} />);
    const button = screen.getByRole('button', { name: 'Validate workbook' }) as HTMLButtonElement;
    fireEvent.click(button);
    expect(screen.getByText('Checking the workbook…')).toBeTruthy();
    expect(button.disabled).toBe(true);
    await act(async () =>
      run.resolve([
        { intent: 'warning', text: 'NI 111: target for 2010/11 is missing' },
        { intent: 'error', text: 'NI 999 is not a National Indicator' },
      ]),
    );
    const results = screen.getByRole('region', { name: 'Results' });
    expect(results.textContent).toContain('NI 111: target for 2010/11 is missing');
    expect(results.textContent).toContain('NI 999 is not a National Indicator');
    expect(button.disabled).toBe(false);
  });

  it('says so when nothing is wrong', async () => {
    render(<App validate={async () => []} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Validate workbook' })));
    expect(screen.getByRole('region', { name: 'Results' }).textContent).toBe('No problems found.');
  });

  it('turns a failure into a message rather than a blank pane', async () => {
    const run = deferred<PaneMessage[]>();
    render(<App validate={() => run.promise} />);
    fireEvent.click(screen.getByRole('button', { name: 'Validate workbook' }));
    await act(async () => run.reject(new Error('The workbook is busy')));
    expect(screen.getByRole('region', { name: 'Results' }).textContent).toContain(
      'Could not check the workbook: The workbook is busy',
    );
  });

  it('loads the validation code on demand by default (placeholder until the engine is wired)', async () => {
    render(<App />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Validate workbook' })));
    expect(await screen.findByText('NI Targets: Validate workbook is not wired yet.')).toBeTruthy();
  });
});
