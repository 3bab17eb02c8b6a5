/**
 * AST of a STIX 2.1 pattern (§9). Chains of one operator are flattened into one node with n operands
 * (`a AND b AND c`), so a long pattern never makes a deep tree. Evaluation lives elsewhere (hunting).
 */

/** A constant as written; `value` keeps the decoded form (escapes removed, numbers parsed). */
export type Constant =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  /** `t'…'`: RFC 3339 timestamp text, validated. */
  | { readonly kind: 'timestamp'; readonly value: string }
  /** `h'…'`: lower-case hex digits, even count. */
  | { readonly kind: 'hex'; readonly value: string }
  /** `b'…'`: base64 text, validated. */
  | { readonly kind: 'binary'; readonly value: string };

/** One step after the first property: `.name`, `.'quoted name'`, `[3]`, `[-1]` or `[*]`. */
export type PathStep =
  | { readonly kind: 'property'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number | '*' };

/**
 * `file:hashes.'SHA-256'` → objectType `file`, steps [hashes, SHA-256]. Reference traversal
 * (`network-traffic:dst_ref.value`) is a property step whose name ends in `_ref`/`_refs`.
 */
export interface ObjectPath {
  readonly objectType: string;
  readonly steps: readonly PathStep[];
}

export type ComparisonOperator =
  | '='
  | '!='
  | '>'
  | '<'
  | '>='
  | '<='
  | 'IN'
  | 'LIKE'
  | 'MATCHES'
  | 'ISSUBSET'
  | 'ISSUPERSET'
  | 'EXISTS';

export interface Comparison {
  readonly kind: 'comparison';
  readonly path: ObjectPath;
  readonly operator: ComparisonOperator;
  /** `NOT` before the operator (§9.5). */
  readonly negated: boolean;
  /** One constant; a list for IN; absent for EXISTS. */
  readonly value?: Constant | readonly Constant[];
  /** 1-based column of the comparison in the pattern text. */
  readonly column: number;
}

/** Inside brackets: AND binds tighter than OR (§9.4); every AND operand applies to the same object. */
export interface ComparisonGroup {
  readonly kind: 'comparison-group';
  readonly operator: 'AND' | 'OR';
  readonly operands: readonly ComparisonExpression[];
}

export type ComparisonExpression = Comparison | ComparisonGroup;

export type Qualifier =
  | { readonly kind: 'WITHIN'; readonly seconds: number }
  | { readonly kind: 'REPEATS'; readonly times: number }
  | { readonly kind: 'START-STOP'; readonly start: string; readonly stop: string };

/** `[ … ]`: one observation expression. */
export interface Observation {
  readonly kind: 'observation';
  readonly expression: ComparisonExpression;
}

/** Between brackets: FOLLOWEDBY < OR < AND in precedence (§9.4). */
export interface ObservationGroup {
  readonly kind: 'observation-group';
  readonly operator: 'AND' | 'OR' | 'FOLLOWEDBY';
  readonly operands: readonly ObservationExpression[];
}

export interface QualifiedObservation {
  readonly kind: 'qualified';
  readonly expression: ObservationExpression;
  readonly qualifier: Qualifier;
}

export type ObservationExpression = Observation | ObservationGroup | QualifiedObservation;

export interface Pattern {
  readonly expression: ObservationExpression;
}
