import type { Rule } from 'eslint';

export declare const noHardcodedUiStrings: Rule.RuleModule;
export default noHardcodedUiStrings;
