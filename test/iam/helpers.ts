import { jsonValue } from '../../src/iam/json-value.ts';
import type { Value } from '../../src/model/value.ts';
import type { Clause } from '../../src/iam/clause.ts';
import { clausesOf } from '../../src/iam/clause.ts';

/** Clauses of a policy given as plain JSON statements. */
export const clauses = (...statements: unknown[]): Clause[] => clausesOf(jsonValue({ Version: '2012-10-17', Statement: statements }, []), 'test');

/** A condition block as a value. */
export const condition = (c: unknown): Value => jsonValue(c, ['Condition']);
