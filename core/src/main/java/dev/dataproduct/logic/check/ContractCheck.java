package dev.dataproduct.logic.check;

import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.infra.catalog.CatalogQueries.Consumer;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.KafkaKeySerializers;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.contract.ReleasedSchema;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.model.Waiver;
import dev.dataproduct.model.policy.WaiverApplication;
import dev.dataproduct.rules.CompatRules;
import dev.dataproduct.rules.ContractRules;
import dev.dataproduct.rules.Goal;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleCatalog;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.rules.VersionRules;
import dev.dataproduct.rules.WaiverRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Compares a product's current contract with its previous release, Maven-free: the wire verdict of
 * every port's key and value at the port's level, the schema changes beyond the wire, breaking
 * changes in the descriptor, the semantic-version rules, waivers, and the ports it reads from other
 * products.
 *
 * <p>Breaking changes are the findings of {@link Rule#isBreaking() breaking} rules that stay errors
 * after the rule settings and waivers. A release whose major version is above the baseline's may
 * make them: they become warnings noting the major version. Otherwise they stay errors and {@code
 * VERSION-MAJOR-FOR-BREAKING} is reported once, naming both versions and the count. Waivers of the
 * rules the check owns ({@link Goal#CHECK}) that accept nothing are reported.
 */
public final class ContractCheck {

  private ContractCheck() {}

  /**
   * Checks {@code current} against {@code baseline}.
   *
   * @param baseline the previous release, or {@code null} for a first release (then only the
   *     consumer rules run, and the wire verdict against the history {@code current} starts from,
   *     when it was seeded with history from before the plugin)
   * @param current the contract being built; its descriptor is {@code sources.product()}
   * @param sources where things stand in the current project, to locate findings
   * @param upstreams the released contracts of products the input ports read; those not given are
   *     not checked
   * @param settings the rule levels in effect
   */
  public static CheckResult check(
      Contract baseline,
      Contract current,
      CurrentSources sources,
      List<Contract> upstreams,
      RuleSettings settings) {
    return check(baseline, current, sources, upstreams, Map.of(), List.of(), settings);
  }

  /**
   * Checks {@code current} against {@code baseline}, names the consumers the release affects, and
   * judges what reading a first release's adopted history found with the check's own findings.
   *
   * @param consumersByPort the consumers the catalog knows of this product, by the name of the port
   *     they read ({@link dev.dataproduct.infra.catalog.CatalogQueries#consumersOf(String,
   *     String)})
   * @param fromHistory {@link dev.dataproduct.model.history.AdoptedHistory#findingsFor}: they go
   *     through the same levels and waivers, and count among the breaking changes
   * @see #check(Contract, Contract, CurrentSources, List, RuleSettings)
   */
  public static CheckResult check(
      Contract baseline,
      Contract current,
      CurrentSources sources,
      List<Contract> upstreams,
      Map<String, List<Consumer>> consumersByPort,
      List<Finding> fromHistory,
      RuleSettings settings) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(sources, "sources");
    DataProduct product = sources.product();
    WaiverApplication waivers =
        WaiverApplication.forChangesSince(product, baseline == null ? null : baseline.descriptor());
    Findings findings = new Findings(settings, waivers);
    int portsCompared = 0;
    Map<String, String> renamed = Map.of();
    if (baseline != null) {
      Comparison comparison = new Comparison(baseline, current, sources, findings, waivers);
      portsCompared = comparison.run();
      renamed = comparison.renamed;
      versionAbove(baseline.version(), current.version(), sources, findings);
    } else {
      // A first release may start from history adopted from a registry or .avsc folder
      // (dataproduct.history).
      portsCompared = AdoptedHistoryCheck.check(current, sources, findings);
    }
    findings.addAll(fromHistory);
    ConsumerCheck.check(product, upstreams, findings);

    int breaking = (int) findings.all().stream().filter(ContractCheck::isBreaking).count();
    Optional<ReleaseVersion> is = ReleaseVersion.parse(current.version());
    boolean allowed = baseline != null && breaking > 0 && majorAbove(baseline.version(), is);
    if (baseline != null && breaking > 0 && !allowed) {
      findings.add(majorForBreaking(baseline.version(), current.version(), is, breaking, sources));
    }
    // A break of an earlier release that its waiver accepts again is not this release's: whom it
    // broke was said when it was made.
    List<Finding> changes =
        findings.all().stream().filter(f -> !waivers.acceptedAnEarlierBreak(f)).toList();
    ImpactAnalysis.analyse(changes, consumersByPort, renamed, sources, findings);
    unusedWaivers(product, waivers, baseline == null, findings);

    List<Finding> all = new ArrayList<>(findings.all());
    if (allowed) {
      String note = " (allowed by the major version " + is.get().major() + ")";
      all.replaceAll(
          f ->
              isBreaking(f)
                  ? new Finding(
                      f.rule(),
                      Severity.WARNING,
                      f.position(),
                      f.message() + note,
                      f.hint(),
                      f.target(),
                      null)
                  : f);
      all.sort(Findings.ORDER);
    }
    String name = product.name() == null ? "data product" : product.name();
    return new CheckResult(
        name,
        current.version(),
        baseline == null ? null : baseline.version(),
        all,
        portsCompared,
        breaking,
        allowed,
        findings.switchedOff());
  }

  private static boolean isBreaking(Finding finding) {
    return finding.rule().isBreaking()
        && !finding.isWaived()
        && finding.severity() == Severity.ERROR;
  }

  private static boolean majorAbove(String baselineVersion, Optional<ReleaseVersion> is) {
    Optional<ReleaseVersion> was = ReleaseVersion.parse(baselineVersion);
    return was.isPresent() && is.isPresent() && is.get().major() > was.get().major();
  }

  private static void versionAbove(
      String baselineVersion, String version, CurrentSources sources, Findings findings) {
    Optional<ReleaseVersion> was = ReleaseVersion.parse(baselineVersion);
    Optional<ReleaseVersion> is = ReleaseVersion.parse(version);
    if (was.isEmpty() || is.isEmpty() || is.get().compareTo(was.get()) > 0) {
      return;
    }
    ReleaseVersion b = was.get();
    findings.add(
        Finding.of(
                VersionRules.NOT_ABOVE_BASELINE,
                sources.version(),
                "Version %s is not above %s, the release it is compared with"
                    .formatted(version, baselineVersion))
            .withHint(
                "raise the project version: %d.%d.%d for fixes, %d.%d.0 for additions, %d.0.0 for breaking changes"
                    .formatted(
                        b.major(),
                        b.minor(),
                        b.patch() + 1,
                        b.major(),
                        b.minor() + 1,
                        b.major() + 1))
            .withTarget("product"));
  }

  private static Finding majorForBreaking(
      String baselineVersion,
      String version,
      Optional<ReleaseVersion> is,
      int breaking,
      CurrentSources sources) {
    String keeps =
        is.map(v -> "keeps major version " + v.major()).orElse("is not a new major version");
    String next =
        ReleaseVersion.parse(baselineVersion)
            .map(v -> (v.major() + 1) + ".0.0")
            .orElse("a new major version");
    return Finding.of(
            VersionRules.MAJOR_FOR_BREAKING,
            sources.version(),
            "%s makes %s to the contract of %s but %s"
                .formatted(
                    version, Counts.plural(breaking, "breaking change"), baselineVersion, keeps))
        .withHint(
            "release it as %s, or make the change compatible: %s".formatted(next, Texts.WAY_OUT))
        .withTarget("product");
  }

  /**
   * Waivers of the check's rules that accepted nothing; validate's waivers are validate's to match.
   */
  private static void unusedWaivers(
      DataProduct product, WaiverApplication waivers, boolean firstRelease, Findings findings) {
    Set<Waiver> used = waivers.used();
    for (Waiver waiver : product.waivers()) {
      if (waiver.rule() == null
          || waiver.target() == null
          || waiver.justification() == null
          || waiver.justification().isBlank()
          || !ownedByCheck(waiver.rule())
          || used.contains(waiver)) {
        continue; // validate reports waivers without rule, target or justification
      }
      if (waivers.isReleased(waiver)) {
        findings.add(
            Finding.of(
                    WaiverRules.UNUSED,
                    waiver.node().positionOf("rule"),
                    "Waiver of %s for %s is in %s already: it accepted a change of that release, and accepts none since"
                        .formatted(waiver.rule(), waiver.target(), waivers.releasedVersion()))
                .withHint(
                    "remove it; a later change of the same rule and target needs a waiver of its own, with why it is accepted"));
        continue;
      }
      findings.add(
          Finding.of(
                  WaiverRules.UNUSED,
                  waiver.node().positionOf("rule"),
                  "Waiver of %s for %s matches no finding of the check%s"
                      .formatted(
                          waiver.rule(),
                          waiver.target(),
                          firstRelease
                              ? " (this is the first release, there is nothing to compare with)"
                              : ""))
              .withHint(
                  "remove the waiver if what it accepted is gone, or correct its rule or target (e.g. outputPorts/<port>)"));
    }
  }

  private static boolean ownedByCheck(String ruleId) {
    return RuleCatalog.byId(ruleId).map(rule -> rule.goal() == Goal.CHECK).orElse(false);
  }

  /** The comparison of the two releases' ports and product. */
  private static final class Comparison {
    private final Contract baseline;
    private final Contract current;
    private final CurrentSources sources;
    private final Findings findings;
    private final WaiverApplication waivers;
    private final DescriptorComparison descriptor;

    /** The baseline's ports renamed on their topic: old name to new name. */
    final Map<String, String> renamed = new LinkedHashMap<>();

    Comparison(
        Contract baseline,
        Contract current,
        CurrentSources sources,
        Findings findings,
        WaiverApplication waivers) {
      this.baseline = baseline;
      this.current = current;
      this.sources = sources;
      this.findings = findings;
      this.waivers = waivers;
      this.descriptor = new DescriptorComparison(baseline.version(), sources, findings);
    }

    /** Compares everything; returns the number of port pairs compared. */
    int run() {
      DataProduct before = baseline.descriptor();
      DataProduct now = current.descriptor();
      descriptor.product(before, now);
      List<OutputPort> unmatched = new ArrayList<>(now.outputPorts());
      List<OutputPort> gone = new ArrayList<>();
      int compared = 0;
      for (OutputPort port : before.outputPorts()) {
        Optional<OutputPort> same =
            port.name() == null
                ? Optional.empty()
                : unmatched.stream().filter(p -> port.name().equals(p.name())).findFirst();
        if (same.isPresent()) {
          unmatched.remove(same.get());
          compare(port, same.get());
          compared++;
        } else if (port.name() != null) {
          gone.add(port);
        }
      }
      for (OutputPort port : gone) {
        Optional<OutputPort> renamed =
            port.topic() == null
                ? Optional.empty()
                : unmatched.stream()
                    .filter(p -> port.topic().equals(p.topic()) && p.name() != null)
                    .findFirst();
        if (renamed.isPresent()) {
          unmatched.remove(renamed.get());
          this.renamed.put(port.name(), renamed.get().name());
          renamed(port, renamed.get());
          compare(port, renamed.get());
          compared++;
        } else {
          removed(port);
        }
      }
      return compared;
    }

    private void removed(OutputPort port) {
      findings.add(
          Finding.of(
                  ContractRules.PORT_REMOVED,
                  sources.descriptorKey("outputPorts"),
                  "Output port \"%s\" (topic %s) of %s is gone in %s; its consumers lose their data"
                      .formatted(port.name(), port.topic(), baseline.version(), current.version()))
              .withHint("keep port \"%s\"; to replace it, %s".formatted(port.name(), Texts.WAY_OUT))
              .withTarget(Texts.target(port.name())));
    }

    private void renamed(OutputPort before, OutputPort now) {
      findings.add(
          Finding.of(
                  ContractRules.PORT_RENAMED,
                  now.node().positionOf("name"),
                  "Output port \"%s\" of %s is renamed to \"%s\" (topic %s); consumers refer to the port by its name"
                      .formatted(before.name(), baseline.version(), now.name(), now.topic()))
              .withHint(
                  "keep the name \"%s\"; to replace the port, %s"
                      .formatted(before.name(), Texts.WAY_OUT))
              .withTarget(Texts.target(now.name())));
    }

    private void compare(OutputPort before, OutputPort now) {
      descriptor.port(before, now);
      PortContract was = baseline.port(before.name()).orElse(null);
      PortContract is = current.port(now.name()).orElse(null);
      if (was == null) {
        return; // a port of the baseline's descriptor always has schemas (ContractReader)
      }
      if (is == null) {
        WireComparison.noSchemas(now, current.version(), baseline.version(), sources, findings);
        return;
      }
      Optional<CompatibilityLevel> level = CompatibilityLevel.parse(now.effectiveCompatibility());
      String name = now.name();
      if (!Objects.equals(was.key(), is.key())) {
        keyChanged(name, was.key(), is.key());
      }
      if (was.keyEncoding() != null
          && is.keyEncoding() != null
          && !was.keyEncoding().equals(is.keyEncoding())) {
        keyEncodingChanged(now, was, is, before.effectiveEncoding());
      }
      // Transitive levels compare with the releases since the port's history last started again at
      // a major.
      if (was.key() != null && is.key() != null) {
        schema(now, PortPart.KEY, was.key(), was.keyReleases(baseline.version()), is.key(), level);
      }
      if (was.value() != null && is.value() != null) {
        schema(
            now,
            PortPart.VALUE,
            was.value(),
            was.valueReleases(baseline.version()),
            is.value(),
            level);
      }
    }

    private void schema(
        OutputPort port,
        PortPart part,
        Schema before,
        List<ReleasedSchema> released,
        Schema now,
        Optional<CompatibilityLevel> level) {
      if (level.isPresent()) {
        WireComparison.compare(
            port.name(),
            part,
            now,
            released,
            level.get(),
            sources,
            findings,
            waivers.keepsAnyOfThePreviousRelease() ? waivers::previousReleaseHad : null);
      } else {
        WireComparison.unknownLevel(port, part, baseline.version(), sources, findings);
      }
      SchemaDiff.compare(port.name(), part, before, now, baseline.version(), sources, findings);
    }

    private void keyChanged(String port, Schema before, Schema now) {
      String was = describeKey(before);
      String is = describeKey(now);
      String change = was.equals(is) ? "its " + is + " differs" : "from " + was + " to " + is;
      findings.add(
          Finding.of(
                  CompatRules.KEY_CHANGED,
                  keyPosition(port, now),
                  "The key of port \"%s\" changed since %s, %s; records with the same key now serialize differently and land on other partitions"
                      .formatted(port, baseline.version(), change))
              .withHint(
                  "keep the key of %s; to key records differently, %s"
                      .formatted(baseline.version(), Texts.WAY_OUT))
              .withTarget(Texts.target(port, PortPart.KEY)));
    }

    private void keyEncodingChanged(
        OutputPort port, PortContract was, PortContract is, String encodingBefore) {
      findings.add(
          Finding.of(
                  ContractRules.KEY_ENCODING_CHANGED,
                  CurrentSources.keyEncoding(port),
                  "The keys of port \"%s\" are written %s, but %s wrote them %s; the same key now has other bytes, so it lands on another partition, compaction keeps both, and readers of the old keys cannot read the new ones"
                      .formatted(
                          port.name(),
                          keyWriter(is.keyEncoding(), is.key(), port.effectiveEncoding()),
                          baseline.version(),
                          keyWriter(was.keyEncoding(), was.key(), encodingBefore)))
              .withHint(
                  "write the keys as %s did: add encoding: %s to the key; to change them, %s"
                      .formatted(baseline.version(), was.keyEncoding(), Texts.WAY_OUT))
              .withTarget(Texts.target(port.name(), PortPart.KEY)));
    }

    /**
     * How keys of {@code encoding} are written, in words: "with Kafka's StringSerializer (encoding:
     * kafka)".
     */
    private static String keyWriter(String encoding, Schema key, String portEncoding) {
      if (OutputPort.KEY_ENCODING_KAFKA.equals(encoding)) {
        return "with Kafka's "
            + KafkaKeySerializers.of(key.getType()).orElse("serializer")
            + " (encoding: kafka)";
      }
      return "in the port's " + portEncoding + " Avro encoding (encoding: avro)";
    }

    /** The key's named type, its primitive type, or the port when it has no key any more. */
    private SourcePosition keyPosition(String port, Schema key) {
      if (key == null) {
        return sources.reference(port, PortPart.KEY);
      }
      return switch (key.getType()) {
        case RECORD, ENUM, FIXED -> sources.type(port, PortPart.KEY, key.getFullName());
        default -> sources.schemaStart(port, PortPart.KEY);
      };
    }

    private static String describeKey(Schema key) {
      if (key == null) {
        return "no key";
      }
      return switch (key.getType()) {
        case RECORD, ENUM, FIXED -> key.getType().getName() + " " + key.getFullName();
        default ->
            key.getLogicalType() == null
                ? key.getType().getName()
                : key.getType().getName() + " (" + key.getLogicalType().getName() + ")";
      };
    }
  }
}
