package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractBuilder;
import dev.dataproduct.support.TestWording;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema file that defines several named types in one JSON array (a top-level union, as
 * avro-maven-plugin projects keep them) validates, generates a class per type and a typed client
 * per port for the type the port names, and packs that type into the contract.
 */
class TopLevelUnionFileTest {

  @TempDir Path temp;

  @Test
  void aPortCarriesTheTypeItNamesFromAFileOfSeveralTypes() throws Exception {
    CodegenFixtures.Project project = CodegenFixtures.load(CodegenFixtures.resource("union-file"));
    Path generated = temp.resolve("generated");

    new CodeGenerator(CodegenOptions.defaults(), TestWording.MAVEN_WORDS)
        .generate(project.product(), project.schemas(), "1.0.0", generated);
    Path classes = temp.resolve("classes");
    CodegenFixtures.compile(
        List.of(generated), classes, List.of(classes), false, "-Xlint:all", "-Werror");

    for (String type : List.of("Currency", "Money", "OrderKey", "OrderPlaced", "OrderCancelled")) {
      assertTrue(
          Files.isRegularFile(generated.resolve("com/example/orders/" + type + ".java")),
          type + " is generated");
    }
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> producer = loader.loadClass("dataproduct.sales.orders.OrdersPlacedProducer");
      // The producer's key and value types are the type arguments of the runtime's PortProducer it
      // extends.
      ParameterizedType port = (ParameterizedType) producer.getGenericSuperclass();
      assertEquals(
          List.of("com.example.orders.OrderKey", "com.example.orders.OrderPlaced"),
          List.of(port.getActualTypeArguments()).stream().map(Type::getTypeName).toList());
    }
  }

  @Test
  void theContractHoldsTheNamedTypeNotTheUnion() throws Exception {
    CodegenFixtures.Project project = CodegenFixtures.load(CodegenFixtures.resource("union-file"));

    Contract contract = ContractBuilder.build(project.product(), project.schemas(), "1.0.0", null);

    Schema placed = contract.ports().get("orders-placed").value();
    assertEquals(Schema.Type.RECORD, placed.getType());
    assertEquals("com.example.orders.OrderPlaced", placed.getFullName());
    assertEquals(
        "com.example.orders.OrderKey", contract.ports().get("orders-placed").key().getFullName());
    assertEquals(
        "com.example.orders.OrderCancelled",
        contract.ports().get("orders-cancelled").value().getFullName());
  }
}
