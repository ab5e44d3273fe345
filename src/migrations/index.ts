import * as migration_20261127_135248_initial from './20261127_135248_initial'

export const migrations = [
  {
    up: migration_20261127_135248_initial.up,
    down: migration_20261127_135248_initial.down,
    name: '20261127_135248_initial',
  },
]
