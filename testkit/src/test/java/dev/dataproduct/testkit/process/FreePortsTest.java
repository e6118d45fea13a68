package dev.dataproduct.testkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

  @Test
  void portsTakenInARowAreNeverTheSame() {
    Set<Integer> ports = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      assertEquals(true, ports.add(FreePorts.take()), "a port was handed out twice: " + ports);
    }
  }

  @Test
  void aServerWhosePortWasTakenMeanwhileStartsAgainOnNewPorts() {
    List<Integer> attempts = new ArrayList<>();

    String started =
        FreePorts.startRetryingOnPortClash(
            attempt -> {
              attempts.add(attempt);
              if (attempt < 3) {
                throw new IllegalStateException("Port 4711 seems to be in use by another process");
              }
              return "started";
            });

    assertEquals("started", started);
    assertEquals(List.of(1, 2, 3), attempts);
  }

  @Test
  void nodesEaddrinuseIsAPortClashToo() {
    List<Integer> attempts = new ArrayList<>();

    String started =
        FreePorts.startRetryingOnPortClash(
            attempt -> {
              attempts.add(attempt);
              if (attempt == 1) {
                throw new IllegalStateException("listen EADDRINUSE 127.0.0.1:4711");
              }
              return "started";
            });

    assertEquals("started", started);
    assertEquals(List.of(1, 2), attempts);
  }

  @Test
  void anyOtherFailureIsThrownAtOnce() {
    IllegalStateException failure = new IllegalStateException("ended with 1 before it was ready");
    List<Integer> attempts = new ArrayList<>();

    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                FreePorts.startRetryingOnPortClash(
                    attempt -> {
                      attempts.add(attempt);
                      throw failure;
                    }));

    assertSame(failure, thrown);
    assertEquals(List.of(1), attempts);
  }

  @Test
  void aPortClashEveryTimeIsThrownAfterThreeAttempts() {
    List<Integer> attempts = new ArrayList<>();

    assertThrows(
        IllegalStateException.class,
        () ->
            FreePorts.startRetryingOnPortClash(
                attempt -> {
                  attempts.add(attempt);
                  throw new IllegalStateException("Address already in use");
                }));

    assertEquals(List.of(1, 2, 3), attempts);
  }
}
