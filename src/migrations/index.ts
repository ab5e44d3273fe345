import * as migration_20261127_135248_initial from './20261127_135248_initial'
import * as migration_20261127_164315_resource_file_uploader from './20261127_164315_resource_file_uploader'

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
]
