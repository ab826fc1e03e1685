/**
 * Mutation suite: every real case file, damaged in every way an author could damage it, must be
 * rejected by the loader with the file, the node (where there is one) and the kind of problem named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { type IssueCode, ScenarioValidationError } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { RULES } from '../support/rules';

type Doc = Record<string, any>;

interface Mutation {
  name: string;
  /** Returns the damaged file text and the node id the message must name (if any). */
  apply: (doc: Doc, text: string) => { text: string; nodeId?: string };
  /** Any of these issue codes is a precise rejection of this damage. */
  codes: IssueCode[];
}

const clone = (doc: Doc): Doc => structuredClone(doc);
const optionNodes = (doc: Doc) => (doc['nodes'] as Doc[]).filter((n) => Array.isArray(n['options']));
const firstOptionNode = (doc: Doc) => optionNodes(doc)[0]!;
const firstAfweging = (doc: Doc) => (doc['nodes'] as Doc[]).find((n) => n['type'] === 'afweging')!;

const MUTATIONS: Mutation[] = [
  {
    name: 'dangling target',
    codes: ['unknown-target'],
    apply: (d) => {
      const doc = clone(d);
      const node = firstOptionNode(doc);
      node['options'][0].next = 'bestaat-niet';
      return { text: stringify(doc), nodeId: node['id'] };
    },
  },
  {
    name: 'duplicate node id',
    codes: ['duplicate-id'],
    apply: (d) => {
      const doc = clone(d);
      const nodes = doc['nodes'] as Doc[];
      const copy = { ...nodes[nodes.length - 1]! };
      nodes.push(copy);
      return { text: stringify(doc), nodeId: copy['id'] };
    },
  },
  {
    name: 'unreachable node',
    codes: ['unreachable-node'],
    apply: (d) => {
      const doc = clone(d);
      const target = (doc['nodes'] as Doc[]).find((n) => n['type'] === 'ending')!['id'];
      (doc['nodes'] as Doc[]).push({ id: 'los-eiland', type: 'situation', title: 'Los', text: 'Niemand komt hier ooit.', step: 1, next: target });
      return { text: stringify(doc), nodeId: 'los-eiland' };
    },
  },
  {
    name: 'dead end (a loop without exit)',
    codes: ['no-ending', 'expert-path-no-ending'],
    apply: (d) => {
      const doc = clone(d);
      const node = firstOptionNode(doc);
      for (const option of node['options']) option.next = node['id'];
      return { text: stringify(doc), nodeId: node['id'] };
    },
  },
  {
    name: 'unknown state variable in a condition',
    codes: ['unknown-variable'],
    apply: (d) => {
      const doc = clone(d);
      const node = firstOptionNode(doc);
      node['options'][1].showIf = 'bestaatNiet >= 2';
      return { text: stringify(doc), nodeId: node['id'] };
    },
  },
  {
    name: 'unknown state variable in an effect',
    codes: ['unknown-variable'],
    apply: (d) => {
      const doc = clone(d);
      const node = firstOptionNode(doc);
      node['options'][0].effects = { set: { bestaatNiet: true } };
      return { text: stringify(doc), nodeId: node['id'] };
    },
  },
  {
    name: 'afweging on an unknown question',
    codes: ['unknown-question', 'schema'],
    apply: (d) => {
      const doc = clone(d);
      const node = firstAfweging(doc);
      node['question'] = 'isHetErg';
      return { text: stringify(doc), nodeId: node['id'] };
    },
  },
  {
    name: 'inconsistent expert key',
    codes: ['expert-key-mismatch', 'expert-answer-mismatch'],
    apply: (d) => {
      const doc = clone(d);
      const key = doc['expertKey'] as Doc[];
      const last = key[key.length - 1]!['answers'] as Doc;
      const q = last['acuutOfStructureel'] !== undefined ? 'acuutOfStructureel' : 'vermoeden';
      last[q] = last[q] === 'ja' ? 'nee' : 'ja';
      return { text: stringify(doc) };
    },
  },
  {
    name: 'score out of range',
    codes: ['score-out-of-range', 'schema'],
    apply: (d) => {
      const doc = clone(d);
      const node = firstOptionNode(doc);
      node['options'][0].score = 99;
      return { text: stringify(doc), nodeId: node['id'] };
    },
  },
  {
    name: 'wrong type',
    codes: ['schema'],
    apply: (d) => {
      const doc = clone(d);
      const node = firstOptionNode(doc);
      node['step'] = 'twee';
      return { text: stringify(doc), nodeId: node['id'] };
    },
  },
  {
    name: 'Object member (valueOf) read in a showIf',
    codes: ['reserved-variable-name'],
    apply: (d) => {
      const doc = clone(d);
      const node = firstOptionNode(doc);
      node['options'][0].showIf = 'valueOf';
      return { text: stringify(doc), nodeId: node['id'] };
    },
  },
  {
    name: 'Object member (constructor) set by an effect',
    codes: ['reserved-variable-name'],
    apply: (d) => {
      const doc = clone(d);
      const node = firstOptionNode(doc);
      node['options'][0].effects = { set: { constructor: true } };
      return { text: stringify(doc), nodeId: node['id'] };
    },
  },
  {
    name: 'Object member (__proto__) added to by an effect',
    codes: ['reserved-variable-name'],
    apply: (d) => {
      const doc = clone(d);
      const node = firstOptionNode(doc);
      const add = {};
      Object.defineProperty(add, '__proto__', { value: 1, enumerable: true });
      node['options'][0].effects = { add };
      return { text: stringify(doc), nodeId: node['id'] };
    },
  },
  { name: 'empty file', codes: ['empty-file'], apply: () => ({ text: '   \n' }) },
  { name: 'invalid YAML', codes: ['yaml-syntax'], apply: (_d, text) => ({ text: `${text}\n  title: [niet afgesloten\n` }) },
];

const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort();
let tried = 0;
let precise = 0;

afterAll(() => {
  console.log(`scenario mutation suite: ${tried} mutations tried, ${precise} rejected with a precise message`);
});

describe.each(files)('scenarios/%s', (name) => {
  const file = `scenarios/${name}`;
  const text = readFileSync(file, 'utf8');
  const doc = parse(text) as Doc;

  test('the unmutated case is valid', () => {
    expect(() => parseScenarioFile(text, file, RULES)).not.toThrow();
  });

  test.each(MUTATIONS.map((m) => [m.name, m] as const))('rejects: %s', (_name, mutation) => {
    tried++;
    const { text: damaged, nodeId } = mutation.apply(doc, text);
    let error: unknown;
    try {
      parseScenarioFile(damaged, file, RULES);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioValidationError);
    const issues = (error as ScenarioValidationError).issues;
    const match = issues.find((i) => mutation.codes.includes(i.code) && (nodeId === undefined || i.nodeId === nodeId));
    expect(match, `expected ${mutation.codes.join('|')} on node ${nodeId ?? '-'}; got ${(error as Error).message}`).toBeDefined();
    expect((error as Error).message).toContain(file);
    if (nodeId) expect((error as Error).message).toContain(`node "${nodeId}"`);
    precise++;
  });
});
