/**
 * Registering a product version's schemas in any schema registry with the Confluent-compatible REST
 * API, over {@code java.net.http}: {@link dev.dataproduct.infra.registry.RegistryClient} speaks the
 * API (bounded retries, credentials never shown), {@link
 * dev.dataproduct.infra.registry.RegistryPublication} sets levels, asks the registry's own check
 * and registers, and says exactly what was registered when the registry stops halfway.
 */
package dev.dataproduct.infra.registry;
