import { describe, expect, it } from 'vitest'

import { checkPassword, passwordPolicyMessages as messages } from '@/lib/auth/password-policy'

const email = 'ana.rivera@example.org'

describe('checkPassword', () => {
  it('should accept a long passphrase without digits, capitals or symbols', () => {
    expect(checkPassword({ password: 'quiet harbor lantern morning', email })).toEqual([])
  })

  it('should accept exactly 12 characters', () => {
    expect(checkPassword({ password: 'Tq7#mZ2$vL9p', email })).toEqual([])
  })

  it('should refuse 11 characters', () => {
    expect(checkPassword({ password: 'Tq7#mZ2$vL9', email })).toEqual([messages.tooShort])
  })

  it('should count characters, not UTF-16 units, towards the minimum', () => {
    // 11 emoji are 22 UTF-16 units but 11 characters.
    expect(checkPassword({ password: '🦊🐢🦉🐙🦀🐝🦋🐞🦔🐬🦒', email })).toEqual([
      messages.tooShort,
    ])
  })

  it('should accept 256 characters', () => {
    const password = 'harbor lantern quiet morning '.repeat(9).slice(0, 256)
    expect(checkPassword({ password, email })).toEqual([])
  })

  it('should refuse 257 characters', () => {
    const password = 'harbor lantern quiet morning '.repeat(9).slice(0, 257)
    expect(checkPassword({ password, email })).toEqual([messages.tooLong])
  })

  it('should refuse a missing password', () => {
    expect(checkPassword({ password: undefined, email })).toEqual([messages.missing])
  })

  it('should refuse an empty password', () => {
    expect(checkPassword({ password: '', email })).toEqual([messages.missing])
  })

  it('should refuse a common password of 12 characters or more', () => {
    expect(checkPassword({ password: 'leavemealone', email })).toEqual([messages.common])
  })

  it('should refuse a common password whatever its letter case', () => {
    expect(checkPassword({ password: 'LeaveMeAlone', email })).toEqual([messages.common])
  })

  it('should refuse a common word padded with digits and symbols to reach the length', () => {
    expect(checkPassword({ password: 'Password2024!!', email })).toEqual([messages.common])
  })

  it('should accept a phrase that merely contains a common word', () => {
    expect(checkPassword({ password: 'love letters from the coast', email })).toEqual([])
  })

  it('should refuse a password of one repeated character', () => {
    expect(checkPassword({ password: 'zzzzzzzzzzzzzzzz', email })).toEqual([messages.repetitive])
  })

  it('should refuse a password that repeats a few characters', () => {
    expect(checkPassword({ password: 'xoxoxoxoxoxoxoxo', email })).toEqual([messages.repetitive])
  })

  it('should refuse a run of consecutive letters', () => {
    expect(checkPassword({ password: 'bcdefghijklmn', email })).toEqual([messages.repetitive])
  })

  it('should refuse a password containing the email local part', () => {
    expect(checkPassword({ password: 'hello ana.rivera friends', email })).toEqual([
      messages.containsEmail,
    ])
  })

  it('should refuse a password containing the email local part in other letter case', () => {
    expect(checkPassword({ password: 'Ana.Rivera is my name', email })).toEqual([
      messages.containsEmail,
    ])
  })

  it('should refuse a password containing the local part without its separators', () => {
    expect(checkPassword({ password: 'anarivera was here', email })).toEqual([
      messages.containsEmail,
    ])
  })

  it('should ignore a local part shorter than three characters', () => {
    expect(checkPassword({ password: 'jolly otters swim far', email: 'jo@example.org' })).toEqual(
      [],
    )
  })

  it('should check the email only when one is given', () => {
    expect(checkPassword({ password: 'hello ana.rivera friends' })).toEqual([])
  })

  it('should refuse a password containing the name of the service', () => {
    expect(checkPassword({ password: 'my TA-Library login', email })).toEqual([
      messages.containsServiceName,
    ])
  })

  it('should list every rule a password breaks', () => {
    expect(checkPassword({ password: 'abababababababab', email: 'abab@example.org' })).toEqual([
      messages.repetitive,
      messages.containsEmail,
    ])
  })
})
