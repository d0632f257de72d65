import { describe, expect, it } from 'vitest';
import { precacheFiles } from './build.ts';

describe('precacheFiles', () => {
  it('keeps the app a guest needs and leaves out the workspace, source maps and the worker', () => {
    const built = ['index.html', 'assets/index-a1.js', 'assets/GuestApp-b2.js', 'assets/index-c3.css', 'assets/Workspace-d4.js', 'assets/Workspace-e5.css', 'assets/index-a1.js.map', 'sw.js'];
    expect(precacheFiles(built)).toEqual(['assets/GuestApp-b2.js', 'assets/index-a1.js', 'assets/index-c3.css', 'index.html']);
  });

  it('always lists the app shell, also when Vite has not emitted it yet', () => {
    expect(precacheFiles(['assets/index-a1.js'])).toEqual(['assets/index-a1.js', 'index.html']);
  });
});
