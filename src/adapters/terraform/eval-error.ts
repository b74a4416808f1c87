/**
 * An expression that would fail in Terraform itself (a missing key of a known object, an index out of range, a
 * function given the wrong type). `try` and `can` catch it; elsewhere the value becomes unknown.
 */
export class EvalError extends Error {}
