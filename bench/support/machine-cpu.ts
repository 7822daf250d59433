import { readFileSync } from 'node:fs';

/**
 * CPU seconds the whole machine has spent busy (every process and the kernel: the Temporal server, PostgreSQL,
 * writeback), from /proc/stat. What one system costs per call on two shared cores, where its own processes'
 * figures leave out the server and the database both systems share.
 */
export function machineBusySeconds(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal …: everything but idle and iowait is work.
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}
