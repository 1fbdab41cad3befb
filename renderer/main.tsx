/**
 * Renderer entry: the global styles (fonts, tokens, base elements), theme and keyboard first (so nothing flashes
 * or is missed), then the app. Each feature imports its own stylesheet beside its entry component.
 */
import { render } from 'preact';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import { App } from './app/app.tsx';
import { startApp } from './app/boot-store.ts';
import { installCoreEvents } from './app/core-events.ts';
import { installKeyboardListener } from './app/keyboard-listener.ts';
import { applyThemeContinuously } from './app/theme.ts';

applyThemeContinuously();
installKeyboardListener();
// Before the page has loaded: main imports the files Lectern was opened with once it has, and their
// import events must find a listener even while start-up is still asking core for the library.
installCoreEvents();
render(<App />, document.getElementById('app')!);
void startApp();
