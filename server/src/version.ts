import { version } from '../../package.json';

/** The version users see in `vitae --version` and the server's `serverInfo`. */
export const VERSION: string = version;
