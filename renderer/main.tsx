/** Renderer entry: styles, theme and keyboard first (so nothing flashes or is missed), then the app. */
import { render } from 'preact';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/app.css';
import './styles/library-header.css';
import './styles/library-list.css';
import './styles/library-empty.css';
import './styles/toasts.css';
import './styles/dialogs.css';
import './styles/palette.css';
import './styles/popover.css';
import './styles/import.css';
import { App } from './app/app.tsx';
import { startApp } from './app/boot-store.ts';
import { installKeyboardListener } from './app/keyboard-listener.ts';
import { applyThemeContinuously } from './app/theme.ts';

applyThemeContinuously();
installKeyboardListener();
render(<App />, document.getElementById('app')!);
void startApp();
