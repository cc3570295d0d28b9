import {
  allowResultWhen,
  anyInScope,
  both,
  inAgencyScope,
  officials,
  OUT_OF_SCOPE,
  parentAgency,
  SHARED_POLICY,
  type FieldPolicy,
} from '../common/auth/fieldPolicy.js';
import type { RequestAccess } from '../common/auth/RequestAccess.js';
import type { DocumentRecord, TaskRecord } from './adapter/documentRecords.js';

/** A document is an official's when its register's agency or its issuer is in their scope. */
export function canSeeDocument(access: RequestAccess, document: DocumentRecord): Promise<boolean> {
  return anyInScope(access, [document.agencyCode, document.issuerCode]);
}

/** A task is an official's when its lead agency or a co-operating one is in their scope. */
export function canSeeTask(access: RequestAccess, task: TaskRecord): Promise<boolean> {
  return anyInScope(access, [task.leadAgencyCode, ...task.coAgencyCodes]);
}

/**
 * Who may read what in the documents subgraph (fieldPolicy.ts): officials only, each within
 * their agency scope. Scope is checked where a document or task enters an answer — on the agency
 * whose lists and figures are asked for, on the record `document`/`task` and `_entities` load —
 * and a task's source document comes with the task. Secret documents never reach the graph at all
 * (the adapter asks for non-secret ones only).
 */
const IN_ANSWERS_IN_SCOPE = {
  ...officials(),
  description: 'officials; the agency scope is checked where the record enters the answer (`document`, `task`, an agency\'s lists, `_entities`)',
};

export const documentsPolicy: FieldPolicy = {
  ...SHARED_POLICY,
  'Agency.documents': inAgencyScope('the agency', parentAgency),
  'Agency.tasks': inAgencyScope('the agency', parentAgency),
  'Agency.documentSummary': inAgencyScope('the agency', parentAgency),
  'Agency.taskSummary': inAgencyScope('the agency', parentAgency),
  'Query.document': both(
    officials(),
    allowResultWhen('officials whose scope holds the document\'s register or issuer', OUT_OF_SCOPE, (document, { access }) => canSeeDocument(access, document as DocumentRecord)),
  ),
  'Query.task': both(
    officials(),
    allowResultWhen('officials whose scope holds the task\'s lead or a co-operating agency', OUT_OF_SCOPE, (task, { access }) => canSeeTask(access, task as TaskRecord)),
  ),
  'Document.*': IN_ANSWERS_IN_SCOPE,
  'Signer.*': IN_ANSWERS_IN_SCOPE,
  'Task.*': IN_ANSWERS_IN_SCOPE,
  'DocumentConnection.*': officials(),
  'TaskConnection.*': officials(),
  'DocumentSummary.*': officials(),
  'TaskSummary.*': officials(),
};
