import type { CollectionConfig } from 'payload'

import { AccessEvents } from './AccessEvents'
import { AssistanceRequests } from './AssistanceRequests'
import { Cases } from './Cases'
import { DecisionDocuments } from './DecisionDocuments'
import { ExpertDocuments } from './ExpertDocuments'
import { Experts } from './Experts'
import { Feedback } from './Feedback'
import { Media } from './Media'
import { Organizations } from './Organizations'
import { Outcomes } from './Outcomes'
import { ProgramNews } from './ProgramNews'
import { ResourceFiles } from './ResourceFiles'
import { Resources } from './Resources'
import { ResourceSubmissions } from './ResourceSubmissions'
import { Users } from './Users'
import { vocabularyCollections } from './Vocabularies'

/**
 * The app's collections as declared, in the admin panel's order (Payload adds its own auth and
 * upload fields, and its internal collections, when it builds the config).
 */
export const declaredCollections: CollectionConfig[] = [
  Cases,
  Outcomes,
  DecisionDocuments,
  ExpertDocuments,
  Resources,
  ResourceFiles,
  ProgramNews,
  Media,
  Experts,
  AssistanceRequests,
  ResourceSubmissions,
  Feedback,
  AccessEvents,
  Users,
  Organizations,
  ...vocabularyCollections,
]
