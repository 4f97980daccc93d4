/**
 * An expression of the rule language (specs/rules.md). Written either as text
 * (`"age(geburtsdatum) >= 18"`) where an expression stands on its own, or as a JSON tree:
 * literals (number, boolean, null) and operator nodes with exactly one key, e.g.
 * `{"equal": [{"identifier": "self.F60000000263"}, "009"]}`. Inside a tree a JSON string is
 * a string literal. The tree form is a superset of the FIM Portal's translated-rule
 * conditions, so imported FIM rules run unchanged.
 */
export type Expression = string | number | boolean | null | ExpressionNode;

/**
 * An operator node: `{ "<operator>": <argument or arguments> }`, exactly one key.
 * @minProperties 1
 * @maxProperties 1
 */
export interface ExpressionNode {
  [operator: string]: Expression | Expression[];
}
