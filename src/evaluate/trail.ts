// Does a trail record the two KMS calls into CloudWatch Logs? Pure judgement over the trail's selectors and status.
import type { AdvancedEventSelector, AdvancedFieldSelector, EventSelectors } from '../model/state.js'

const KMS = 'kms.amazonaws.com'
const TARGET_CALLS = ['DisableKey', 'ScheduleKeyDeletion']

/** The fields CloudTrail's advanced selectors can test, for one management event. */
type EventFields = Record<string, string>

function kmsWriteEvent(eventName: string): EventFields {
  return { eventCategory: 'Management', readOnly: 'false', eventSource: KMS, eventName, eventType: 'AwsApiCall' }
}

// Advanced selectors: Equals/StartsWith/EndsWith values are ORed, the Not* operators are ANDed, and the operators of
// one field selector and the field selectors of one event selector are all ANDed (CloudTrail API reference,
// AdvancedFieldSelector).
function fieldMatches(selector: AdvancedFieldSelector, fields: EventFields): boolean {
  const value = fields[selector.field]
  if (value === undefined) return true // a field the event does not carry cannot be used to drop it
  const positives = [
    ...(selector.equals ?? []).map((v) => value === v),
    ...(selector.startsWith ?? []).map((v) => value.startsWith(v)),
    ...(selector.endsWith ?? []).map((v) => value.endsWith(v))
  ]
  if (positives.length > 0 && !positives.some(Boolean)) return false
  if ((selector.notEquals ?? []).some((v) => value === v)) return false
  if ((selector.notStartsWith ?? []).some((v) => value.startsWith(v))) return false
  if ((selector.notEndsWith ?? []).some((v) => value.endsWith(v))) return false
  return true
}

function advancedSelects(selector: AdvancedEventSelector, fields: EventFields): boolean {
  const isManagement = selector.fieldSelectors.some(
    (f) => f.field === 'eventCategory' && (f.equals ?? []).includes('Management')
  )
  return isManagement && selector.fieldSelectors.every((f) => fieldMatches(f, fields))
}

export interface SelectorJudgement {
  managementWrite: boolean
  kmsIncluded: boolean
  why: string
}

/** Judges the selectors: are management write events recorded, and among them the two KMS calls? */
export function judgeSelectors(selectors: EventSelectors): SelectorJudgement {
  if (selectors.advanced.length > 0) {
    const probes = [kmsWriteEvent('CreateKey'), { ...kmsWriteEvent('RunInstances'), eventSource: 'ec2.amazonaws.com' }]
    const writes = selectors.advanced.some((s) => probes.some((event) => advancedSelects(s, event)))
    const kms = TARGET_CALLS.every((call) => selectors.advanced.some((s) => advancedSelects(s, kmsWriteEvent(call))))
    return {
      managementWrite: writes,
      kmsIncluded: kms,
      why: !writes
        ? 'No advanced event selector records management write events (eventCategory = Management, readOnly not limited to true).'
        : !kms
          ? 'The advanced event selectors filter out kms.amazonaws.com DisableKey/ScheduleKeyDeletion events.'
          : 'An advanced event selector records management write events, KMS included.'
    }
  }
  if (selectors.basic.length === 0) {
    // CloudTrail's default for a trail with no selectors set is all management events, read and write.
    return {
      managementWrite: true,
      kmsIncluded: true,
      why: 'No event selectors: CloudTrail logs all management events by default.'
    }
  }
  const managementWrite = selectors.basic.filter(
    (s) => s.includeManagementEvents !== false && (s.readWriteType ?? 'All') !== 'ReadOnly'
  )
  const kms = managementWrite.some((s) => !s.excludeManagementEventSources.includes(KMS))
  return {
    managementWrite: managementWrite.length > 0,
    kmsIncluded: kms,
    why:
      managementWrite.length === 0
        ? 'No event selector records management write events (IncludeManagementEvents true with ReadWriteType All or WriteOnly).'
        : !kms
          ? 'ExcludeManagementEventSources contains kms.amazonaws.com: KMS events are not logged.'
          : 'Management write events are recorded, KMS included.'
  }
}
