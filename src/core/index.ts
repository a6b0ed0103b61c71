export { analyze } from './analyze';
export * from './model';
