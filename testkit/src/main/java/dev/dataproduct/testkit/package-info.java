/**
 * For a data product's own tests: a real Kafka broker without Docker ({@link
 * dev.dataproduct.testkit.KafkaBroker}), and a JUnit 5 extension that shares one among a run's
 * tests ({@link dev.dataproduct.testkit.KafkaBrokerExtension}). Nothing here is a mock. {@code
 * dev.dataproduct.testkit.process} is shared with the project's own test services and is not part
 * of the kit's supported API.
 */
package dev.dataproduct.testkit;
