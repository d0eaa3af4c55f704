import { QuorumDatabase } from './database.ts';
export const db = new QuorumDatabase();
