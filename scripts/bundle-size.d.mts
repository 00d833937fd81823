export declare const budgets: { index: number; links: number };
export interface Measured {
  minified: number;
  gzip: number;
  /** [input path, bytes in output], largest first */
  inputs: Array<[string, number]>;
  code: string;
}
export declare function measure(entry: string, distDir?: string, names?: '*' | string[]): Promise<Measured>;
export declare function byPackage(inputs: Array<[string, number]>): Array<[string, number]>;
/** [path, bytes in output] of a browser bundle of src/<entry>.ts, largest first. */
export declare function composition(entry: string): Promise<Array<[string, number]>>;
