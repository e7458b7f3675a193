/** Both commands run the built add-on (dist/Code.js), and say so plainly when it has not been built. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, EXIT } from './cli-errors';

/** @throws CliError (exit code 3) when `distDir` holds no built add-on. */
export function requireBuild(distDir: string): void {
  if (!existsSync(join(distDir, 'Code.js'))) {
    throw new CliError(
      `The built add-on is missing (${join(distDir, 'Code.js')}): run npm run build.`,
      EXIT.unexpected,
    );
  }
}
