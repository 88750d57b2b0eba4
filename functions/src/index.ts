// Every deployed function, by its public name (DESIGN.md "Callables").
export { widgetStatus } from './callables/widget-status.ts';
