package dev.dataproduct.contract;

import org.apache.avro.Schema;

/** A schema as a port published it in one release. */
public record ReleasedSchema(String version, Schema schema) {}
