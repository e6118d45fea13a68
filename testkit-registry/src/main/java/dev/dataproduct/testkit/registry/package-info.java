/**
 * For the tests of a data product that uses a schema registry: a real one without Docker ({@link
 * dev.dataproduct.testkit.registry.SchemaRegistry}, Apicurio Registry speaking the Confluent Schema
 * Registry REST API), and a JUnit 5 extension that shares one among a run's tests ({@link
 * dev.dataproduct.testkit.registry.SchemaRegistryExtension}). Nothing here is a mock.
 */
package dev.dataproduct.testkit.registry;
