package dev.dataproduct.maven;

import dev.dataproduct.contract.Contract;
import dev.dataproduct.contract.ContractReader;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The contracts of the products a project depends on, as validate and check hold its input ports
 * against them: jars that carry META-INF/dataproduct or, in a reactor built only up to {@code
 * compile} or {@code test}, the upstream module's classes directory, where its generate packed it.
 * The goal that asks must resolve the project's dependencies.
 */
final class UpstreamContracts {

  private UpstreamContracts() {}

  static List<Contract> of(MavenProject project, Log log) {
    List<Contract> upstreams = new ArrayList<>();
    for (Artifact artifact : project.getArtifacts()) {
      File file = artifact.getFile();
      if (file != null && ContractReader.hasContract(file.toPath())) {
        upstreams.add(ContractReader.read(file.toPath()));
        log.debug("Upstream contract: " + artifact);
      }
    }
    return upstreams;
  }
}
