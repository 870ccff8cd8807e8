import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// What the deployment files are checked against: the repository, its Node apps and their default
// ports as the code states them, and the Dockerfile's stages.

export const ROOT = path.resolve(__dirname, '../../../..');
export const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

export type NodeApp = { name: string; kind: 'subgraph' | 'gateway'; port: number };

export function defaultPortOf(app: string): NodeApp | { name: string; problem: string } {
  const subgraphFile = `apps/${app}/src/${app}.subgraph.ts`;
  const gatewayFile = `apps/${app}/src/gateway.config.ts`;
  if (existsSync(path.join(ROOT, subgraphFile))) {
    const match = /defaultPort:\s*(\d+)/.exec(read(subgraphFile));
    return match ? { name: app, kind: 'subgraph', port: Number(match[1]) } : { name: app, problem: `no "defaultPort: <number>" in ${subgraphFile}` };
  }
  if (existsSync(path.join(ROOT, gatewayFile))) {
    const match = /\bPORT:\s*(?:z\.[^\n]*\.default|portSchema)\((\d+)\)/.exec(read(gatewayFile));
    return match ? { name: app, kind: 'gateway', port: Number(match[1]) } : { name: app, problem: `no PORT default in ${gatewayFile}` };
  }
  return { name: app, problem: `apps/${app} has src/main.ts but neither ${subgraphFile} nor ${gatewayFile}: teach this test what it is` };
}

export const appNames = readdirSync(path.join(ROOT, 'apps')).filter((name) => existsSync(path.join(ROOT, 'apps', name, 'src/main.ts')));
export const described = appNames.map(defaultPortOf);
export const nodeApps = described.filter((app): app is NodeApp => 'port' in app);

const dockerfileText = read('Dockerfile');
export const dockerfile = dockerfileText.replace(/\\\n/g, ' ');
const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)].map((match) => ({ image: match[1], name: match[2] }));
export const stageNames = new Set(stages.map((stage) => stage.name).filter(Boolean));
