/** Where the build leaves the fingerprint of the sources it compiled (in dist/). */
export declare const STAMP: string
/** The fingerprint (hex SHA-1) of the files under a folder: their relative paths and contents. */
export declare function sourceHash(folder: string): string
/** Whether a checkout's dist/ was built from its sources (src/) as they are now. */
export declare function builtFromSources(root: string): boolean
