import * as migration_20261127_135248_initial from './20261127_135248_initial'
import * as migration_20261127_164315_resource_file_uploader from './20261127_164315_resource_file_uploader'
import * as migration_20261127_165910_experts_vetting from './20261127_165910_experts_vetting'
import * as migration_20261127_170809_case_expert_shortlist from './20261127_170809_case_expert_shortlist'
import * as migration_20261127_172624_library_speed from './20261127_172624_library_speed'
import * as migration_20261203_114702_email_deliveries from './20261203_114702_email_deliveries'
import * as migration_20261204_190819_decision_resources from './20261204_190819_decision_resources'
import * as migration_20261204_193524_legacy_import from './20261204_193524_legacy_import'
import * as migration_20261204_194545_staff_queues from './20261204_194545_staff_queues'
import * as migration_20261204_194809_adjudicators from './20261204_194809_adjudicators'
import * as migration_20261204_203623_staff_replies_feedback_submissions from './20261204_203623_staff_replies_feedback_submissions'

export const migrations = [
  {
    up: migration_20261127_135248_initial.up,
    down: migration_20261127_135248_initial.down,
    name: '20261127_135248_initial',
  },
  {
    up: migration_20261127_164315_resource_file_uploader.up,
    down: migration_20261127_164315_resource_file_uploader.down,
    name: '20261127_164315_resource_file_uploader',
  },
  {
    up: migration_20261127_165910_experts_vetting.up,
    down: migration_20261127_165910_experts_vetting.down,
    name: '20261127_165910_experts_vetting',
  },
  {
    up: migration_20261127_170809_case_expert_shortlist.up,
    down: migration_20261127_170809_case_expert_shortlist.down,
    name: '20261127_170809_case_expert_shortlist',
  },
  {
    up: migration_20261127_172624_library_speed.up,
    down: migration_20261127_172624_library_speed.down,
    name: '20261127_172624_library_speed',
  },
  {
    up: migration_20261203_114702_email_deliveries.up,
    down: migration_20261203_114702_email_deliveries.down,
    name: '20261203_114702_email_deliveries',
  },
  {
    up: migration_20261204_190819_decision_resources.up,
    down: migration_20261204_190819_decision_resources.down,
    name: '20261204_190819_decision_resources',
  },
  {
    up: migration_20261204_193524_legacy_import.up,
    down: migration_20261204_193524_legacy_import.down,
    name: '20261204_193524_legacy_import',
  },
  {
    up: migration_20261204_194545_staff_queues.up,
    down: migration_20261204_194545_staff_queues.down,
    name: '20261204_194545_staff_queues',
  },
  {
    up: migration_20261204_194809_adjudicators.up,
    down: migration_20261204_194809_adjudicators.down,
    name: '20261204_194809_adjudicators',
  },
  {
    up: migration_20261204_203623_staff_replies_feedback_submissions.up,
    down: migration_20261204_203623_staff_replies_feedback_submissions.down,
    name: '20261204_203623_staff_replies_feedback_submissions',
  },
]
