import { create } from 'zustand';
import type { DatasetFile } from '../lib/data/dataset';
import type { SkippedEvent } from '../lib/data/parse-dataset';

export type DatasetState =
  | { status: 'loading'; progress: number | null }
  | { status: 'ready'; dataset: DatasetFile; skipped: SkippedEvent[] }
  | { status: 'error'; message: string; detail: string };

export interface AppState {
  data: DatasetState;
}

/** The app's one store. Actions are plain functions beside it, so that non-React code can call them. */
export const useAppStore = create<AppState>(() => ({
  data: { status: 'loading', progress: null },
}));

export const setDataLoading = (progress: number | null) =>
  useAppStore.setState({ data: { status: 'loading', progress } });

export const setDataReady = (dataset: DatasetFile, skipped: SkippedEvent[]) =>
  useAppStore.setState({ data: { status: 'ready', dataset, skipped } });

export const setDataError = (message: string, detail: string) =>
  useAppStore.setState({ data: { status: 'error', message, detail } });
