import type { ElementNode } from '@fimforms/expressions';
import type { EffectBinding } from './form-model.js';
import type { FormRules } from './form-rules.js';

/**
 * The rule results of a form whose definition has no rule effect to run: everything visible, nothing required or
 * locked by a rule, the bounds of the definition. What the engine runs without the rules part (specs/runtime.md §6).
 */
export class WithoutRules implements FormRules {
  recomputeAll(): void {}
  propagate(): void {}
  forget(): void {}
  isVisible(): boolean {
    return true;
  }
  resultOf(): undefined {
    return undefined;
  }
  holds(): boolean {
    return false;
  }
  holding(): EffectBinding | undefined {
    return undefined;
  }
  instanceBounds(node: ElementNode): { min: number; max: number } {
    return { min: node.min, max: node.max };
  }
}
