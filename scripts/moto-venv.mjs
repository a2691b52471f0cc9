// Installs the pinned moto server into .cache/moto-venv (once per requirements change) and prints its python.
// The integration tests need a real AWS-compatible endpoint; they never skip for lack of it.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
export const motoVenv = path.join(root, '.cache', 'moto-venv')
export const motoPython = path.join(motoVenv, 'bin', 'python')

export function ensureMotoVenv() {
  const requirements = path.join(root, 'scripts', 'moto-requirements.txt')
  const digest = createHash('sha256').update(readFileSync(requirements)).digest('hex')
  const stamp = path.join(motoVenv, '.requirements-sha256')
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(motoPython)) return motoPython
  mkdirSync(path.dirname(motoVenv), { recursive: true })
  const python = process.env.PYTHON ?? 'python3'
  console.log(`Installing the moto server into ${path.relative(root, motoVenv)} ...`)
  execFileSync(python, ['-m', 'venv', '--clear', motoVenv], { stdio: 'inherit' })
  execFileSync(motoPython, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirements], {
    stdio: 'inherit'
  })
  writeFileSync(stamp, digest)
  return motoPython
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(ensureMotoVenv())
