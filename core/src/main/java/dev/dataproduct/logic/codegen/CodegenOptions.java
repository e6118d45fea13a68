package dev.dataproduct.logic.codegen;

import dev.dataproduct.support.BuildError;
import java.util.Arrays;
import org.apache.avro.compiler.specific.SpecificCompiler;
import org.apache.avro.compiler.specific.SpecificCompiler.FieldVisibility;
import org.apache.avro.generic.GenericData.StringType;

/**
 * How code is generated. The Avro options are the ones users know from {@code avro-maven-plugin}
 * and keep their meaning; two defaults differ, because almost everyone overrides them: strings are
 * {@link String} and decimals are {@link java.math.BigDecimal}.
 *
 * @param javaPackage the package of the port classes, or {@code null} for {@code
 *     dataproduct.<domain>.<name>} (see {@link JavaNames#defaultPackage}); the runtime support goes
 *     into its {@code runtime} subpackage. Avro classes keep their schema's namespace.
 * @param stringType the Java type of Avro strings ({@code avro-maven-plugin}'s {@code stringType})
 * @param enableDecimalLogicalType whether {@code decimal} fields are {@link java.math.BigDecimal}
 *     rather than {@link java.nio.ByteBuffer}
 * @param createOptionalGetters whether to add {@code getOptional<Field>()} beside every getter
 * @param gettersReturnOptional whether getters return {@link java.util.Optional}
 * @param optionalGettersForNullableFieldsOnly whether the two options above apply to nullable
 *     fields only
 * @param createSetters whether records have setters
 * @param fieldVisibility the visibility of record fields
 */
public record CodegenOptions(
    String javaPackage,
    StringType stringType,
    boolean enableDecimalLogicalType,
    boolean createOptionalGetters,
    boolean gettersReturnOptional,
    boolean optionalGettersForNullableFieldsOnly,
    boolean createSetters,
    FieldVisibility fieldVisibility) {

  public CodegenOptions {
    stringType = stringType == null ? StringType.String : stringType;
    fieldVisibility = fieldVisibility == null ? FieldVisibility.PRIVATE : fieldVisibility;
  }

  /**
   * Derived package, {@code String}, {@code BigDecimal}, plain getters, setters, private fields.
   */
  public static CodegenOptions defaults() {
    return new CodegenOptions(
        null, StringType.String, true, false, false, false, true, FieldVisibility.PRIVATE);
  }

  public CodegenOptions withJavaPackage(String value) {
    return new CodegenOptions(
        value,
        stringType,
        enableDecimalLogicalType,
        createOptionalGetters,
        gettersReturnOptional,
        optionalGettersForNullableFieldsOnly,
        createSetters,
        fieldVisibility);
  }

  public CodegenOptions withStringType(StringType value) {
    return new CodegenOptions(
        javaPackage,
        value,
        enableDecimalLogicalType,
        createOptionalGetters,
        gettersReturnOptional,
        optionalGettersForNullableFieldsOnly,
        createSetters,
        fieldVisibility);
  }

  public CodegenOptions withDecimalLogicalType(boolean value) {
    return new CodegenOptions(
        javaPackage,
        stringType,
        value,
        createOptionalGetters,
        gettersReturnOptional,
        optionalGettersForNullableFieldsOnly,
        createSetters,
        fieldVisibility);
  }

  public CodegenOptions withOptionalGetters(
      boolean create, boolean gettersReturn, boolean nullableFieldsOnly) {
    return new CodegenOptions(
        javaPackage,
        stringType,
        enableDecimalLogicalType,
        create,
        gettersReturn,
        nullableFieldsOnly,
        createSetters,
        fieldVisibility);
  }

  public CodegenOptions withSetters(boolean value) {
    return new CodegenOptions(
        javaPackage,
        stringType,
        enableDecimalLogicalType,
        createOptionalGetters,
        gettersReturnOptional,
        optionalGettersForNullableFieldsOnly,
        value,
        fieldVisibility);
  }

  public CodegenOptions withFieldVisibility(FieldVisibility value) {
    return new CodegenOptions(
        javaPackage,
        stringType,
        enableDecimalLogicalType,
        createOptionalGetters,
        gettersReturnOptional,
        optionalGettersForNullableFieldsOnly,
        createSetters,
        value);
  }

  /**
   * The string type named {@code value} ({@code String}, {@code CharSequence} or {@code Utf8}, in
   * any case), as {@code avro-maven-plugin}'s {@code stringType} takes it.
   *
   * @param option how messages name the option, such as {@code <stringType>}
   * @throws BuildError naming the allowed values when there is no such type
   */
  public static StringType stringType(String value, String option) {
    return parse(StringType.class, value, option);
  }

  /** The field visibility named {@code value} ({@code private} or {@code public}, in any case). */
  public static FieldVisibility fieldVisibility(String value, String option) {
    return parse(FieldVisibility.class, value, option);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return constant;
      }
    }
    throw new BuildError(
        option
            + " is \""
            + value
            + "\", which is none of "
            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
            + "; use one of them");
  }

  /** The options that change Avro classes, as text that goes into their input fingerprints. */
  String avroFingerprint() {
    return "stringType="
        + stringType
        + ";decimal="
        + enableDecimalLogicalType
        + ";optionalGetters="
        + createOptionalGetters
        + ";gettersReturnOptional="
        + gettersReturnOptional
        + ";nullableOnly="
        + optionalGettersForNullableFieldsOnly
        + ";setters="
        + createSetters
        + ";fields="
        + fieldVisibility;
  }

  /** Sets these options on {@code compiler}. */
  void configure(SpecificCompiler compiler) {
    compiler.setStringType(stringType);
    compiler.setEnableDecimalLogicalType(enableDecimalLogicalType);
    compiler.setCreateOptionalGetters(createOptionalGetters);
    compiler.setGettersReturnOptional(gettersReturnOptional);
    compiler.setOptionalGettersForNullableFieldsOnly(optionalGettersForNullableFieldsOnly);
    compiler.setCreateSetters(createSetters);
    compiler.setFieldVisibility(fieldVisibility);
    compiler.setOutputCharacterEncoding("UTF-8");
  }
}
