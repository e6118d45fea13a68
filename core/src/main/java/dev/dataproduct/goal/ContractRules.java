package dev.dataproduct.goal;

import dev.dataproduct.model.policy.EffectiveRules;
import dev.dataproduct.model.policy.Policy;

/**
 * How {@code validate} and {@code check} judge the contract.
 *
 * @param policy the mesh policy, {@link Policy#NONE} when none applies
 * @param rules the rule levels with the product's overrides applied to the policy's
 * @param fieldRules which fields the field-level rules hold: {@code all} or {@code changed} (since
 *     the baseline)
 * @param baseline the baseline option, as {@link BaselineResolver#resolve} reads it
 */
public record ContractRules(
    Policy policy, EffectiveRules rules, String fieldRules, String baseline) {}
