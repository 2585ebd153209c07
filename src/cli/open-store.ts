import type { Store } from '../store/store.js';
import { openStore } from '../store/open-store.js';
import { CommandError } from './exit-codes.js';

/** The database every command uses unless --db says otherwise. */
export const DEFAULT_DB = './sitrep.db';

/** Opens the store named by --db, turning a failure into a message that names the file. */
export async function openCliStore(path: string | undefined): Promise<Store> {
  const file = path ?? DEFAULT_DB;
  try {
    return await openStore(file);
  } catch (error) {
    throw new CommandError((error as Error).message.includes(file) ? (error as Error).message : `cannot open the database ${file}: ${(error as Error).message}`);
  }
}
