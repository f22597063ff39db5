/** The package `sourcelight`: the engine, and a reader of saved pages for Node. */
export * from '../engine';
export { type PageReading, readPage } from './read-page';
