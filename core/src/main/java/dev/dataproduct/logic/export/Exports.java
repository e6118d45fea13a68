package dev.dataproduct.logic.export;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractWriter;
import dev.dataproduct.model.descriptor.model.OutputPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every export of a contract, by path relative to the contract directory ({@code exports/...}):
 * generate packs them beside {@code contract.json}, so the jar carries them and publish stores them
 * with the catalog version. The same contract and settings always give the same bytes.
 */
public final class Exports {

  /** The folder of the exports inside the contract directory. */
  public static final String DIRECTORY = "exports/";

  /**
   * The AsyncAPI document, as other targets (such as a developer portal's API definition) read it.
   */
  public static final String ASYNCAPI = DIRECTORY + "asyncapi.json";

  public static final String ODPS = DIRECTORY + "odps.yaml";
  public static final String OPENLINEAGE = DIRECTORY + "openlineage.json";

  private Exports() {}

  /** {@code exports/odcs/<port>.odcs.yaml}. */
  public static String odcs(String port) {
    return DIRECTORY + "odcs/" + port + ".odcs.yaml";
  }

  /**
   * @param upstreams the contracts of the products the input ports read, as found on the build's
   *     path
   */
  public static SortedMap<String, byte[]> files(
      Contract contract, List<Contract> upstreams, ExportSettings settings) {
    return ContractWriter.Content.inMemory(contents(contract, upstreams, settings));
  }

  /**
   * The bytes of {@link #files}, each document built only when it is written and streamed to its
   * file: an AsyncAPI document embeds every port's whole schema, 44 MB at 100 ports of the
   * benchmarks' product, and the exports together are more than the generated sources.
   */
  public static SortedMap<String, ContractWriter.Content> contents(
      Contract contract, List<Contract> upstreams, ExportSettings settings) {
    SortedMap<String, ContractWriter.Content> files = new TreeMap<>();
    List<String> odcsFiles = new ArrayList<>();
    for (OutputPort port : contract.descriptor().outputPorts()) {
      String file = odcs(port.name());
      odcsFiles.add(file.substring(DIRECTORY.length()));
      files.put(
          file, out -> out.write(ExportJson.yaml(OdcsExport.document(contract, port, settings))));
    }
    files.put(
        ODPS,
        out -> out.write(ExportJson.yaml(OdpsExport.document(contract, upstreams, odcsFiles))));
    files.put(
        ASYNCAPI,
        out -> ExportJson.json(AsyncApiExport.document(contract, upstreams, settings), out));
    files.put(
        OPENLINEAGE,
        out -> ExportJson.json(OpenLineageExport.document(contract, upstreams, settings), out));
    return files;
  }

  /**
   * Whether the contract directory holds the exports: every set of them has the AsyncAPI document.
   */
  public static boolean packedIn(Path contractDirectory) {
    return Files.isRegularFile(contractDirectory.resolve(ASYNCAPI));
  }

  /** Whether {@code path}, relative to the contract directory, is an export. */
  public static boolean isExport(String path) {
    return path.startsWith(DIRECTORY);
  }
}
