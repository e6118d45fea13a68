package dev.dataproduct.infra.catalog;

import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.nio.file.Path;

/**
 * A publisher in its own JVM for the crash tests: {@code <catalog> <before-commit|after-commit>}
 * publishes {@code sales/orders 1.1.0}, and at that point prints {@code stopped <point>} and waits
 * to be killed ({@code kill -9}), so the crash happens exactly there and nothing runs after it.
 */
public final class PublishAndWaitToBeKilled {

  private PublishAndWaitToBeKilled() {}

  public static void main(String[] args) {
    Runnable stop =
        () -> {
          System.out.println("stopped " + args[1]);
          System.out.flush();
          while (true) {
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException e) {
              // Only the kill ends this process.
            }
          }
        };
    Runnable nothing = () -> {};
    DirectoryCatalog catalog =
        new DirectoryCatalog(
            Path.of(args[0]),
            BuildLog.silent(),
            TestWording.MAVEN_WORDS,
            args[1].equals("before-commit") ? stop : nothing,
            args[1].equals("after-commit") ? stop : nothing);
    catalog.publish(CatalogFixtures.product("sales", "orders", "1.1.0", "id"));
    throw new IllegalStateException("the publish did not stop at " + args[1]);
  }
}
