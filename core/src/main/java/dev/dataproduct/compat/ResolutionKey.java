package dev.dataproduct.compat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;

/**
 * A schema as a hash key, equal only to schemas that resolve exactly alike. {@link Schema#equals}
 * ignores aliases and enum defaults, but schema resolution uses both, so they are compared too. The
 * hash is the schema's own, which Avro caches.
 */
record ResolutionKey(Schema schema) {

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ResolutionKey that)) {
      return false;
    }
    return schema == that.schema
        || (schema.equals(that.schema)
            && sameAliasesAndDefaults(
                schema, that.schema, Collections.newSetFromMap(new IdentityHashMap<>())));
  }

  @Override
  public int hashCode() {
    return schema.hashCode();
  }

  /**
   * For two schemas that {@link Schema#equals} calls equal, whether aliases and enum defaults
   * agree.
   */
  private static boolean sameAliasesAndDefaults(Schema a, Schema b, Set<Schema> seen) {
    switch (a.getType()) {
      case RECORD:
        if (!seen.add(a)) {
          return true; // recursive reference: already being compared
        }
        if (!a.getAliases().equals(b.getAliases())) {
          return false;
        }
        List<Field> fieldsA = a.getFields();
        List<Field> fieldsB = b.getFields();
        for (int i = 0; i < fieldsA.size(); i++) {
          if (!fieldsA.get(i).aliases().equals(fieldsB.get(i).aliases())
              || !sameAliasesAndDefaults(fieldsA.get(i).schema(), fieldsB.get(i).schema(), seen)) {
            return false;
          }
        }
        return true;
      case ENUM:
        return a.getAliases().equals(b.getAliases())
            && Objects.equals(a.getEnumDefault(), b.getEnumDefault());
      case FIXED:
        return a.getAliases().equals(b.getAliases());
      case ARRAY:
        return sameAliasesAndDefaults(a.getElementType(), b.getElementType(), seen);
      case MAP:
        return sameAliasesAndDefaults(a.getValueType(), b.getValueType(), seen);
      case UNION:
        List<Schema> branchesA = a.getTypes();
        List<Schema> branchesB = b.getTypes();
        for (int i = 0; i < branchesA.size(); i++) {
          if (!sameAliasesAndDefaults(branchesA.get(i), branchesB.get(i), seen)) {
            return false;
          }
        }
        return true;
      default:
        return true;
    }
  }
}
