/**
 * The renderer's only door to the main process: exactly `JourneyboardApi`, one
 * named method per channel. Runs sandboxed, so it may only require 'electron':
 * the contract's zod schemas are built in a pure call that this bundle drops.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  API_GLOBAL,
  type AudienceUpdate,
  type DiskChange,
  EVENT_CHANNELS,
  invokeChannel,
  type JourneyboardApi,
  type Language,
  type MenuCommand,
  type OpenedFile,
  type PresentLayout,
} from './ipc-contract';

/**
 * Main sends events once the page has loaded, but React subscribes in effects
 * that may run later; events that arrive with nobody listening wait for the
 * first listener instead of being lost (a file double-clicked to start the app).
 */
function eventStream<T>(channel: string): (listener: (payload: T) => void) => () => void {
  const listeners = new Set<(payload: T) => void>();
  const unclaimed: T[] = [];
  ipcRenderer.on(channel, (_event: IpcRendererEvent, payload: T) => {
    if (listeners.size === 0) unclaimed.push(payload);
    for (const listener of listeners) listener(payload);
  });
  return (listener) => {
    listeners.add(listener);
    for (const payload of unclaimed.splice(0)) listener(payload);
    return () => {
      listeners.delete(listener);
    };
  };
}

const onMenuCommand = eventStream<MenuCommand>(EVENT_CHANNELS.menuCommand);
const onOpenedFile = eventStream<OpenedFile>(EVENT_CHANNELS.openedFile);
const onCloseRequested = eventStream<void>(EVENT_CHANNELS.closeRequested);
const onLanguageChanged = eventStream<Language>(EVENT_CHANNELS.languageChanged);
const onDiskChanged = eventStream<DiskChange>(EVENT_CHANNELS.diskChanged);
const onPresentLayout = eventStream<PresentLayout>(EVENT_CHANNELS.presentLayout);
const onAudienceUpdate = eventStream<AudienceUpdate>(EVENT_CHANNELS.audienceUpdate);

const api: JourneyboardApi = {
  openFile: () => ipcRenderer.invoke(invokeChannel('openFile')),
  saveFile: (args) => ipcRenderer.invoke(invokeChannel('saveFile'), args),
  saveFileAs: (args) => ipcRenderer.invoke(invokeChannel('saveFileAs'), args),
  askUnsavedChanges: (args) => ipcRenderer.invoke(invokeChannel('askUnsavedChanges'), args),
  askConflict: (args) => ipcRenderer.invoke(invokeChannel('askConflict'), args),
  importImage: () => ipcRenderer.invoke(invokeChannel('importImage')),
  setDocumentState: (args) => ipcRenderer.invoke(invokeChannel('setDocumentState'), args),
  closeWindow: () => ipcRenderer.invoke(invokeChannel('closeWindow')),
  exportFile: (args) => ipcRenderer.invoke(invokeChannel('exportFile'), args),
  exportBinary: (args) => ipcRenderer.invoke(invokeChannel('exportBinary'), args),
  print: (args) => ipcRenderer.invoke(invokeChannel('print'), args),
  openCsv: () => ipcRenderer.invoke(invokeChannel('openCsv')),
  listUserTemplates: () => ipcRenderer.invoke(invokeChannel('listUserTemplates')),
  saveUserTemplate: (args) => ipcRenderer.invoke(invokeChannel('saveUserTemplate'), args),
  getLanguage: () => ipcRenderer.invoke(invokeChannel('getLanguage')),
  setLanguage: (args) => ipcRenderer.invoke(invokeChannel('setLanguage'), args),
  writeDraft: (args) => ipcRenderer.invoke(invokeChannel('writeDraft'), args),
  listDrafts: () => ipcRenderer.invoke(invokeChannel('listDrafts')),
  resolveDraft: (args) => ipcRenderer.invoke(invokeChannel('resolveDraft'), args),
  watchFile: (args) => ipcRenderer.invoke(invokeChannel('watchFile'), args),
  listRecent: () => ipcRenderer.invoke(invokeChannel('listRecent')),
  openRecent: (args) => ipcRenderer.invoke(invokeChannel('openRecent'), args),
  clearRecent: () => ipcRenderer.invoke(invokeChannel('clearRecent')),
  startPresenting: () => ipcRenderer.invoke(invokeChannel('startPresenting')),
  stopPresenting: () => ipcRenderer.invoke(invokeChannel('stopPresenting')),
  publishToAudience: (update) => ipcRenderer.invoke(invokeChannel('publishToAudience'), update),
  audienceReady: () => ipcRenderer.invoke(invokeChannel('audienceReady')),
  setFullScreen: (args) => ipcRenderer.invoke(invokeChannel('setFullScreen'), args),
  onMenuCommand,
  onOpenedFile,
  onCloseRequested: (listener) => onCloseRequested(() => listener()),
  onLanguageChanged,
  onDiskChanged,
  onPresentLayout,
  onAudienceUpdate,
};

contextBridge.exposeInMainWorld(API_GLOBAL, api);
