/**
 * Small pieces every layer of the core uses: {@link dev.dataproduct.support.BuildError} (the build
 * cannot go on, and it is not the contract's fault), {@link dev.dataproduct.support.StableJson}
 * (JSON written the same way every time) and the fingerprints of a goal's inputs and of a judged
 * contract.
 */
package dev.dataproduct.support;
