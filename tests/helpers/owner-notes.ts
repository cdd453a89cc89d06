import { resolve } from 'node:path';

/**
 * The owner's published notes and the seed note are data kept outside the repository.
 * Their tests run only when a folder (REFERENCE_NOTES) or file (SEED_NOTE) is named;
 * `.ci/run` names them when the shared data folder is beside the project. Otherwise the tests are skipped, saying why.
 */
export const referenceNotes = process.env.REFERENCE_NOTES ? resolve(process.env.REFERENCE_NOTES) : undefined;
export const seedNote = process.env.SEED_NOTE ? resolve(process.env.SEED_NOTE) : undefined;
/** The owner's workflow files (`../shared/reference/workflows`), when named. */
export const referenceWorkflows = process.env.REFERENCE_WORKFLOWS ? resolve(process.env.REFERENCE_WORKFLOWS) : undefined;
export const ownerSourceRepo = 'https://github.com/wanx-troopers/wanx-troopers.github.io/blob/main/loras/';

export const skipReason = {
  reference: 'skipped: set REFERENCE_NOTES to a folder of the owner’s notes to run',
  seed: 'skipped: set SEED_NOTE to the seed note to run',
  workflows: 'skipped: set REFERENCE_WORKFLOWS to a folder of the owner’s workflow files to run',
};
