// Adds lock entries for optional platform packages the registry mirror lacks, so `npm ci` accepts the lock.
import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const platform = (name) => {
  const os = /android/.test(name)
    ? 'android'
    : /darwin/.test(name)
      ? 'darwin'
      : /freebsd/.test(name)
        ? 'freebsd'
        : /win/.test(name)
          ? 'win32'
          : /linux/.test(name)
            ? 'linux'
            : undefined;
  const cpu = /arm64/.test(name) ? 'arm64' : /x64/.test(name) ? 'x64' : /wasm32/.test(name) ? 'wasm32' : undefined;
  const libc = /musl/.test(name) ? 'musl' : /gnu/.test(name) ? 'glibc' : undefined;
  return { ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }), ...(libc && { libc: [libc] }) };
};
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[`${path}/node_modules/${dep}`]) continue;
    lock.packages[key] = { version, optional: true, ...platform(dep) };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} optional platform entries`);
