/**
 * Real services for the integration tests, each started in its own JVM on free ports of 127.0.0.1
 * and stopped by the test that started it: {@link dev.dataproduct.testkit.KafkaBroker} (Kafka in
 * KRaft mode, from dataproduct-testkit, which products use too) and {@link
 * dev.dataproduct.testing.SchemaRegistryServer} (the test kit's Apicurio Registry, which speaks the
 * Confluent Schema Registry REST API); and {@link dev.dataproduct.testing.HeadlessChromium}, the
 * machine's own headless Chromium driven over the DevTools protocol. Nothing here is a mock.
 */
package dev.dataproduct.testing;
