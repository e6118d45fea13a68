package dev.dataproduct.logic.publish;

import dev.dataproduct.infra.catalog.PublishRequest;
import dev.dataproduct.model.contract.Contract;

/**
 * One product version to publish, as every {@link PublishTarget} reads it.
 *
 * @param request the packed contract's files, the check report and whether this is a dry run
 * @param contract the same contract, read: the product (descriptor) and every port's schemas and
 *     history
 * @param label the release as the front end names it in messages, e.g. {@code orders 1.2.0}
 */
public record Release(PublishRequest request, Contract contract, String label) {

  /**
   * Whether nothing may be written: a target's {@link PublishTarget#write} then only says what it
   * would write.
   */
  public boolean dryRun() {
    return request.dryRun();
  }
}
