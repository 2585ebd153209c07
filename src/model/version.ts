/** The pipeline's version: bump it when a stage changes what it outputs, so stored articles can be reprocessed. */
export const PIPELINE_VERSION = '0.1.0';
