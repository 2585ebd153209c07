/**
 * The marks the extract-events rules stop at when they walk from a trigger to the words around it, one
 * definition each instead of a copy in every rule file.
 */

/** A comma, a stop, a colon, a bracket or a quote mark: where the trigger's clause ends ('…, who', '…" said'). */
export const CLAUSE_MARK = /^[,;:.!?()"“”]$/;

/** The same without '!' and '?', for rules that keep to statements: a comma, a stop, a colon, a bracket or a quote mark. */
export const STATEMENT_MARK = /^[,;:.()"“”]$/;

/** A mark that ends more than a phrase: a stop, a semicolon, a colon, a bracket; not a comma, which lists parts of one clause. */
export const SENTENCE_MARK = /^[;:.!?()]$/;

/** The pronouns that open a relative clause about the party before them ('rebels who have been fighting', 'the group that'). */
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
