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
import { installKeyboardListener } from './app/keyboard-listener.ts';
import { applyThemeContinuously } from './app/theme.ts';

applyThemeContinuously();
installKeyboardListener();
render(<App />, document.getElementById('app')!);
void startApp();
