package dev.dataproduct.model.schema;

import dev.dataproduct.finding.SourcePosition;

/**
 * A record field tagged as personal data: its field property {@code "tags"} contains {@code "pii"}
 * (in any case; a single string {@code "pii"} counts too).
 *
 * @param recordFullName the full name of the record that declares the field
 * @param fieldName the field's name
 * @param schemaFile the file that defines the record, relative to the schema root
 * @param position where the field's name is written
 */
public record PiiField(
    String recordFullName, String fieldName, String schemaFile, SourcePosition position) {}
