/** @jest-environment jsdom */
import { act, fireEvent, render, screen, cleanup } from '@testing-library/react';
import { App } from '../../../src/surfaces/taskpane/App';
import { fakeSession, installDomStubs } from './fake-session';

beforeAll(installDomStubs);
beforeEach(() => localStorage.clear());
jest.setTimeout(30_000);

describe('first run', () => {
  it('welcomes once, saying what each button writes and where, with a help link, and can be reopened', async () => {
    render(<App connect={async () => fakeSession()} />);
    const welcome = screen.getByTestId('welcome');
    expect(welcome.textContent).toContain(
      'Fill RAG & trajectory: writes RAG, Direction and Trajectory columns',
    );
    expect(welcome.textContent).toContain('adds the sheets Table A and Table B');
    expect(screen.getByRole('link', { name: 'Help and support' }).getAttribute('href')).toBe(
      'assets/support.html',
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Got it' })));
    expect(screen.queryByTestId('welcome')).toBeNull();

    cleanup(); // the pane opened again: the welcome is not repeated
    render(<App connect={async () => fakeSession()} />);
    expect(screen.queryByTestId('welcome')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'What does each button do?' })));
    expect(screen.getByTestId('welcome')).toBeTruthy();
  });

  it('does not show the product name again as a visible title: the h1 is for screen readers', () => {
    render(<App connect={async () => fakeSession()} />);
    const h1 = screen.getByRole('heading', { level: 1, name: 'NI Targets' });
    expect(h1.className).not.toBe('');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
