/** The app entry chunk's file name under widget/dist, filled in by vite.config.ts at build time. */
declare const __PARLEY_APP_FILE__: string;
