package dev.dataproduct.compat;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;
import org.apache.avro.Schema.Type;
import org.apache.avro.SchemaCompatibility;

/**
 * Finds where in the candidate schema an Avro incompatibility lies.
 *
 * <p>Avro reports a path in the reader schema: the candidate for BACKWARD, a previous schema for
 * FORWARD. Its steps are {@code fields/<reader position>}, {@code type}, {@code items}, {@code
 * values}, a writer union branch index, and a last {@code name}, {@code symbols} or {@code size}.
 * The locator follows that path through reader and writer together, pairing fields the way Avro
 * does (by name, then by the reader's aliases), and reads off the candidate's side. When Avro
 * reuses a result memoized under another path, the path does not lead to the reported fragment;
 * then the candidate's fragment is looked up where it first occurs in the candidate document.
 */
final class CandidateLocator {

  private final Schema candidate;

  /** Where each candidate node first occurs in document order; for a named type, its definition. */
  private Map<Schema, SchemaLocation> places;

  CandidateLocator(Schema candidate) {
    this.candidate = candidate;
  }

  SchemaLocation locate(
      Direction direction, Schema previous, SchemaCompatibility.Incompatibility found) {
    String[] steps = steps(found.getLocation());
    SchemaLocation walked = walk(direction, previous, found, steps);
    return walked != null ? walked : byFragment(direction, found, steps);
  }

  /** The steps of Avro's location, which is a JSON pointer whose root renders as "/". */
  static String[] steps(String avroLocation) {
    return avroLocation.length() <= 1 ? new String[0] : avroLocation.substring(1).split("/", -1);
  }

  /** The step as an index below {@code size}, or -1. */
  static int index(String step, int size) {
    try {
      int index = Integer.parseInt(step);
      return index >= 0 && index < size ? index : -1;
    } catch (NumberFormatException notAnIndex) {
      return -1;
    }
  }

  /** Follows Avro's path; null when it does not lead to the reader fragment Avro reported. */
  private SchemaLocation walk(
      Direction direction,
      Schema previous,
      SchemaCompatibility.Incompatibility found,
      String[] steps) {
    boolean backward = direction == Direction.BACKWARD;
    Schema reader = backward ? candidate : previous;
    Schema writer = backward ? previous : candidate;
    Field readerField = null;
    Field writerField = null;
    StringBuilder pointer = new StringBuilder();
    String recordName = null;
    String fieldName = null;
    for (int i = 0; i < steps.length; i++) {
      String step = steps[i];
      Schema candidateNode = backward ? reader : writer;
      switch (step) {
        case "fields" -> {
          int position =
              i + 1 < steps.length
                      && reader.getType() == Type.RECORD
                      && writer.getType() == Type.RECORD
                  ? index(steps[++i], reader.getFields().size())
                  : -1;
          if (position < 0) {
            return null;
          }
          readerField = reader.getFields().get(position);
          writerField = SchemaCompatibility.lookupWriterField(writer, readerField);
          Field candidateField = backward ? readerField : writerField;
          moveToDefinition(candidateNode, pointer);
          recordName = candidateNode.getFullName();
          if (candidateField == null) {
            // the field exists only in the previous (reader) schema
            pointer.append("/fields");
            fieldName = readerField.name();
          } else {
            pointer.append("/fields/").append(candidateField.pos());
            fieldName = candidateField.name();
          }
        }
        case "type" -> {
          if (readerField == null) {
            return null;
          }
          reader = readerField.schema();
          if (writerField != null) {
            writer = writerField.schema();
          } // else Avro compares a reader enum that has a default with the whole writer record
          if (backward || writerField != null) {
            pointer.append("/type");
          }
          readerField = null;
          writerField = null;
        }
        case "items" -> {
          if (reader.getType() != Type.ARRAY || writer.getType() != Type.ARRAY) {
            return null;
          }
          reader = reader.getElementType();
          writer = writer.getElementType();
          pointer.append("/items");
        }
        case "values" -> {
          if (reader.getType() != Type.MAP || writer.getType() != Type.MAP) {
            return null;
          }
          reader = reader.getValueType();
          writer = writer.getValueType();
          pointer.append("/values");
        }
        case "name", "symbols", "size" -> {
          if (i != steps.length - 1) {
            return null;
          }
          moveToDefinition(candidateNode, pointer);
          pointer.append('/').append(step);
        }
        default -> {
          // a branch of the writer's union; the reader stays where it is
          int branch = writer.getType() == Type.UNION ? index(step, writer.getTypes().size()) : -1;
          if (branch < 0) {
            return null;
          }
          writer = writer.getTypes().get(branch);
          if (!backward) {
            pointer.append('/').append(branch);
          }
        }
      }
    }
    return reader == found.getReaderFragment()
        ? new SchemaLocation(pointer.toString(), recordName, fieldName)
        : null;
  }

  /**
   * Before stepping into a named type reached through a reference ({@code "type": "Address"}),
   * moves the pointer to where the type is defined, since that is where its parts are written.
   */
  private void moveToDefinition(Schema node, StringBuilder pointer) {
    SchemaLocation definition = places().get(node);
    if (definition != null && !definition.pointer().contentEquals(pointer)) {
      pointer.setLength(0);
      pointer.append(definition.pointer());
    }
  }

  /** The location of the candidate's fragment, completed by the last step of Avro's path. */
  private SchemaLocation byFragment(
      Direction direction, SchemaCompatibility.Incompatibility found, String[] steps) {
    Schema fragment =
        direction == Direction.BACKWARD ? found.getReaderFragment() : found.getWriterFragment();
    SchemaLocation place = places().getOrDefault(fragment, SchemaLocation.ROOT);
    String last = steps.length == 0 ? "" : steps[steps.length - 1];
    switch (found.getType()) {
      case READER_FIELD_MISSING_DEFAULT_VALUE -> {
        String fieldName = found.getMessage(); // Avro's message is the reader field's name
        Field field = direction == Direction.BACKWARD ? fragment.getField(fieldName) : null;
        String pointer = place.pointer() + (field == null ? "/fields" : "/fields/" + field.pos());
        return new SchemaLocation(pointer, fragment.getFullName(), fieldName);
      }
      case NAME_MISMATCH, FIXED_SIZE_MISMATCH, MISSING_ENUM_SYMBOLS -> {
        return new SchemaLocation(
            place.pointer() + "/" + last, place.recordName(), place.fieldName());
      }
      case MISSING_UNION_BRANCH -> {
        boolean candidateBranch =
            direction == Direction.FORWARD
                && fragment.getType() == Type.UNION
                && index(last, fragment.getTypes().size()) >= 0;
        return candidateBranch
            ? new SchemaLocation(
                place.pointer() + "/" + last, place.recordName(), place.fieldName())
            : place;
      }
      default -> {
        return place;
      }
    }
  }

  private Map<Schema, SchemaLocation> places() {
    if (places == null) {
      places = new IdentityHashMap<>();
      index(candidate, "", null, null);
    }
    return places;
  }

  private void index(Schema node, String pointer, String recordName, String fieldName) {
    if (places.putIfAbsent(node, new SchemaLocation(pointer, recordName, fieldName)) != null) {
      return; // a named type used again, or a recursive reference
    }
    switch (node.getType()) {
      case RECORD -> {
        for (Field field : node.getFields()) {
          index(
              field.schema(),
              pointer + "/fields/" + field.pos() + "/type",
              node.getFullName(),
              field.name());
        }
      }
      case ARRAY -> index(node.getElementType(), pointer + "/items", recordName, fieldName);
      case MAP -> index(node.getValueType(), pointer + "/values", recordName, fieldName);
      case UNION -> {
        List<Schema> branches = node.getTypes();
        for (int i = 0; i < branches.size(); i++) {
          index(branches.get(i), pointer + "/" + i, recordName, fieldName);
        }
      }
      default -> {}
    }
  }
}
