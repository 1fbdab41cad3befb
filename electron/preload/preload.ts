/**
 * The sandboxed preload. Bundled by esbuild into one CommonJS file (sandboxed preloads can
 * only require 'electron' and cannot be ES modules). It exposes the bridge and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/bridge.ts';
import { createBridge } from './create-bridge.ts';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer));
