import * as migration_20261127_130707_initial from './20261127_130707_initial'

export const migrations = [
  {
    up: migration_20261127_130707_initial.up,
    down: migration_20261127_130707_initial.down,
    name: '20261127_130707_initial',
  },
]
