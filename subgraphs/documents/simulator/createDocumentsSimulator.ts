import { createSimulatorServer, type SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { resolveSimulatorOptions, type SeededSimulatorOptions } from '../../common/simulator/resolveSimulatorOptions.js';
import { createDocumentsRoutes } from './createDocumentsRoutes.js';
import { upperBound } from '../../common/simulator/mergeRanges.js';
import { DOCUMENT_COUNTER, seedDocuments, type DocumentStore } from './seedDocuments.js';
import { seedTasks, type TaskStore } from './seedTasks.js';

/** System id of the document management and executive system, as in provenance and errors. */
export const DOCUMENTS_SYSTEM = 'document-management';

export type DocumentsSimulatorOptions = SeededSimulatorOptions;

/** Documents registered or issued by `until`, and how many of them are secret. */
function countDocuments(documents: DocumentStore, until: number): { documents: number; secret: number } {
  const counts = new Int32Array(documents.counts.counters);
  let visible = 0;
  for (let agency = 0; agency + 1 < documents.agencyStart.length; agency++) {
    const start = documents.agencyStart[agency] as number;
    const end = upperBound(documents.time, start, documents.agencyStart[agency + 1] as number, until);
    visible += end - start;
    documents.counts.addRange(start, end, counts);
  }
  return { documents: visible, secret: counts[DOCUMENT_COUNTER.secret] as number };
}

/** Tasks assigned by `until`. */
function countTasks(tasks: TaskStore, until: number): number {
  let visible = 0;
  for (let agency = 0; agency + 1 < tasks.leadStart.length; agency++) {
    const start = tasks.leadStart[agency] as number;
    visible += upperBound(tasks.assignedSorted, start, tasks.leadStart[agency + 1] as number, until) - start;
  }
  return visible;
}

/**
 * Builds an un-started simulator of the document management and executive system (API.md next
 * to this file): over two million documents from 2023 to 2026 and about one task for every four
 * documents at scale 1, seeded in about a second into typed arrays.
 */
export function createDocumentsSimulator(options: DocumentsSimulatorOptions = {}): SimulatorServer {
  const { seed, scale } = resolveSimulatorOptions(DOCUMENTS_SYSTEM, options);
  const documents = seedDocuments({ seed, scale });
  const tasks = seedTasks(documents);
  const totals = countDocuments(documents, Number.MAX_SAFE_INTEGER);
  return createSimulatorServer({
    system: DOCUMENTS_SYSTEM,
    routes: createDocumentsRoutes(documents, tasks),
    seed,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.latency === undefined ? {} : { latency: options.latency }),
    info: (now) => {
      const visible = countDocuments(documents, now);
      return {
        scale,
        counts: {
          documents: documents.count,
          secretDocuments: totals.secret,
          tasks: tasks.count,
          visibleDocuments: visible.documents,
          visibleSecretDocuments: visible.secret,
          visibleTasks: countTasks(tasks, now),
        },
      };
    },
  });
}
