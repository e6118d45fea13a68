package dev.dataproduct.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where Avro 1.12 itself judges a default, this check agrees with it. */
class DefaultValuesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} with default {1}: valid={2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"int\"                                   | 1                | true",
        "\"int\"                                   | \"1\"            | false",
        "\"int\"                                   | 1.0              | false",
        "\"long\"                                  | 3000000000       | true",
        "\"float\"                                 | 1                | true",
        "\"double\"                                | \"NaN\"          | true",
        "\"boolean\"                               | 0                | false",
        "\"bytes\"                                 | \"\\u00ff\"      | true",
        "\"null\"                                  | null             | true",
        "{\"type\": \"array\", \"items\": \"int\"}     | [1, 2]           | true",
        "{\"type\": \"array\", \"items\": \"int\"}     | [1, \"a\"]       | false",
        "{\"type\": \"map\", \"values\": \"string\"}   | {\"a\": \"b\"}   | true",
        "{\"type\": \"map\", \"values\": \"string\"}   | {\"a\": 1}       | false",
        "[\"null\", \"string\"]                      | null             | true",
        "[\"null\", \"string\"]                      | 5                | false",
      })
  void agreesWithAvro(String type, String value, boolean valid) throws Exception {
    String field = "{\"name\": \"f\", \"type\": " + type + ", \"default\": " + value + "}";
    String record = "{\"type\": \"record\", \"name\": \"R\", \"fields\": [" + field + "]}";
    Schema fieldType =
        new Schema.Parser().setValidateDefaults(false).parse(record).getField("f").schema();
    JsonNode defaultValue = JSON.readTree(value);

    assertEquals(valid, DefaultValues.check(fieldType, defaultValue, "/default").isEmpty());
    if (valid) {
      new Schema.Parser().parse(record);
    } else {
      assertThrows(AvroTypeException.class, () -> new Schema.Parser().parse(record));
    }
  }

  @ParameterizedTest(name = "{0} with default {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[\"string\", \"null\"]                                      | null      | /default",
        "{\"type\": \"enum\", \"name\": \"E\", \"symbols\": [\"A\"]}     | \"B\"     | /default",
        "{\"type\": \"fixed\", \"name\": \"F\", \"size\": 2}            | \"abc\"   | /default",
        "{\"type\": \"array\", \"items\": [\"int\", \"null\"]}          | [1, null] | /default/1",
      })
  void isStricterThanAvroWhereOtherReadersAre(String type, String value, String pointer)
      throws Exception {
    String record =
        "{\"type\": \"record\", \"name\": \"R\", \"fields\": [{\"name\": \"f\", \"type\": "
            + type
            + ", \"default\": "
            + value
            + "}]}";
    // Avro 1.12 accepts these; readers that follow the first-branch rule or check symbols fail.
    Schema fieldType = new Schema.Parser().parse(record).getField("f").schema();

    Optional<DefaultValues.Problem> problem =
        DefaultValues.check(fieldType, JSON.readTree(value), "/default");

    assertEquals(pointer, problem.orElseThrow().pointer());
  }
}
