package dev.dataproduct.logic.check;

import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.IsoDuration;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.model.Slo;
import dev.dataproduct.rules.CompatRules;
import dev.dataproduct.rules.ContractRules;
import dev.dataproduct.rules.Rule;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Changes to the descriptor between the baseline and the current release: for each pair of ports
 * their topic, partitions, retention, SLOs, encoding, compatibility level and cleanup policy; for
 * the product its owner, domain and classification. Values the descriptor leaves out compare as
 * their defaults where the format has one (encoding, level, cleanup policy); a retention or SLO
 * that was declared and no longer is counts as loosened, because the promise is gone.
 */
final class DescriptorComparison {

  static final List<String> CLASSIFICATIONS =
      List.of("public", "internal", "confidential", "restricted");

  private static final String DEFAULT_CLEANUP_POLICY = "delete";

  private final String baselineVersion;
  private final CurrentSources sources;
  private final Findings findings;

  DescriptorComparison(String baselineVersion, CurrentSources sources, Findings findings) {
    this.baselineVersion = baselineVersion;
    this.sources = sources;
    this.findings = findings;
  }

  void product(DataProduct before, DataProduct now) {
    String teamBefore = before.owner() == null ? null : before.owner().team();
    String teamNow = now.owner() == null ? null : now.owner().team();
    if (teamBefore != null && teamNow != null && !teamBefore.equals(teamNow)) {
      SourcePosition at =
          now.owner().node() == null
              ? sources.descriptor("owner")
              : now.owner().node().positionOf("team");
      report(
          ContractRules.OWNER_CHANGED,
          at,
          "The owner changed from team %s in %s to team %s"
              .formatted(teamBefore, baselineVersion, teamNow),
          null,
          "product");
    }
    if (before.domain() != null && now.domain() != null && !before.domain().equals(now.domain())) {
      report(
          ContractRules.DOMAIN_CHANGED,
          sources.descriptor("domain"),
          "The domain changed from %s in %s to %s; consumers refer to this product as %s/%s"
              .formatted(
                  before.domain(), baselineVersion, now.domain(), before.domain(), before.name()),
          "tell the consumers to change their input ports to product: %s/%s"
              .formatted(now.domain(), now.name()),
          "product");
    }
    int was = CLASSIFICATIONS.indexOf(before.effectiveClassification());
    int is = CLASSIFICATIONS.indexOf(now.effectiveClassification());
    if (was >= 0 && is < 0) {
      // validate reports it (DESCRIPTOR-VALUE) unless the build turned that off: then how carefully
      // consumers must handle the data is unknown, which keeps no promise.
      report(
          CompatRules.CLASSIFICATION_LOWERED,
          sources.descriptor("classification"),
          "The classification is \"%s\", which is none of %s: it cannot be compared with %s in %s"
              .formatted(
                  now.effectiveClassification(),
                  String.join(", ", CLASSIFICATIONS),
                  before.effectiveClassification(),
                  baselineVersion),
          "keep classification: %s, or one of the levels above it"
              .formatted(before.effectiveClassification()),
          "product");
    } else if (was >= 0 && is < was) {
      report(
          CompatRules.CLASSIFICATION_LOWERED,
          sources.descriptor("classification"),
          "The classification is lowered from %s in %s to %s; consumers may now handle the data with less care than its content needs"
              .formatted(
                  before.effectiveClassification(), baselineVersion, now.effectiveClassification()),
          "keep classification: %s; lower it only after a review, and waive this finding saying so"
              .formatted(before.effectiveClassification()),
          "product");
    }
  }

  void port(OutputPort before, OutputPort now) {
    String name = now.name();
    String target = Texts.target(name);
    String subject = "Output port \"" + name + "\"";
    if (before.topic() != null && now.topic() != null && !before.topic().equals(now.topic())) {
      report(
          ContractRules.TOPIC_RENAMED,
          sources.portEntry(now, "topic"),
          "%s moved from topic %s in %s to topic %s; its consumers keep reading %s"
              .formatted(subject, before.topic(), baselineVersion, now.topic(), before.topic()),
          "keep topic %s; to move the data, %s".formatted(before.topic(), Texts.WAY_OUT),
          target);
    }
    partitions(before, now, subject, target);
    retention(before, now, subject, target);
    slo(before, now, subject, target);
    String encodingBefore = before.effectiveEncoding();
    String encodingNow = now.effectiveEncoding();
    if (!encodingBefore.equals(encodingNow)) {
      report(
          ContractRules.ENCODING_CHANGED,
          sources.portEntry(now, "encoding"),
          "%s changes its encoding from %s in %s to %s; its consumers' deserializers cannot read the new records"
              .formatted(subject, encodingBefore, baselineVersion, encodingNow),
          "keep encoding: %s; to change it, %s".formatted(encodingBefore, Texts.WAY_OUT),
          target);
    }
    compatibility(before, now, subject, target);
    Set<String> cleanupBefore = cleanupPolicy(before.cleanupPolicy());
    Set<String> cleanupNow = cleanupPolicy(now.cleanupPolicy());
    if (!cleanupBefore.equals(cleanupNow)) {
      report(
          ContractRules.CLEANUP_POLICY_CHANGED,
          sources.portEntry(now, "cleanupPolicy"),
          "%s changes its cleanup policy from %s in %s to %s; consumers that replay the topic see other records than before"
              .formatted(
                  subject,
                  String.join(",", cleanupBefore),
                  baselineVersion,
                  String.join(",", cleanupNow)),
          "keep cleanupPolicy: %s; to change it, %s"
              .formatted(String.join(",", cleanupBefore), Texts.WAY_OUT),
          target);
    }
  }

  private void partitions(OutputPort before, OutputPort now, String subject, String target) {
    if (before.partitions() == null
        || now.partitions() == null
        || before.partitions().equals(now.partitions())) {
      return;
    }
    SourcePosition at = sources.portEntry(now, "partitions");
    if (now.partitions() < before.partitions()) {
      report(
          ContractRules.PARTITIONS_REDUCED,
          at,
          "%s has %d partitions, fewer than the %d of %s; Kafka cannot remove partitions from a topic, and keys would move to other partitions"
              .formatted(subject, now.partitions(), before.partitions(), baselineVersion),
          "keep partitions: %d; to publish on fewer partitions, %s"
              .formatted(before.partitions(), Texts.WAY_OUT),
          target);
    } else {
      report(
          ContractRules.PARTITIONS_INCREASED,
          at,
          "%s raises its partitions from %d in %s to %d; records with the same key go to another partition from then on, so per-key order breaks at the switch"
              .formatted(subject, before.partitions(), baselineVersion, now.partitions()),
          "tell the consumers that rely on per-key order before the topic is changed, or keep partitions: "
              + before.partitions(),
          target);
    }
  }

  private void retention(OutputPort before, OutputPort now, String subject, String target) {
    Optional<Duration> was = IsoDuration.parseRetention(before.retention());
    if (was.isEmpty()) {
      return;
    }
    String hint =
        "keep retention: %s or longer; consumers that replay or catch up rely on it"
            .formatted(before.retention());
    if (now.retention() == null) {
      report(
          ContractRules.RETENTION_SHORTENED,
          sources.portEntry(now, "retention"),
          "%s no longer declares a retention (it was %s in %s); the topic falls back to the broker's default"
              .formatted(subject, before.retention(), baselineVersion),
          hint,
          target);
      return;
    }
    Optional<Duration> is = IsoDuration.parseRetention(now.retention());
    if (is.isEmpty()) {
      // validate reports it (PORT-DURATION) unless the build turned that off: then what the
      // topic keeps is unknown, which is no promise kept.
      report(
          ContractRules.RETENTION_SHORTENED,
          sources.portEntry(now, "retention"),
          "%s declares retention \"%s\", which is no duration: it cannot be compared with %s in %s"
              .formatted(subject, now.retention(), before.retention(), baselineVersion),
          hint,
          target);
    } else if (is.get().compareTo(was.get()) < 0) {
      report(
          ContractRules.RETENTION_SHORTENED,
          sources.portEntry(now, "retention"),
          "%s keeps data for %s, shorter than %s in %s"
              .formatted(subject, now.retention(), before.retention(), baselineVersion),
          hint,
          target);
    }
  }

  private void slo(OutputPort before, OutputPort now, String subject, String target) {
    Slo was = before.slo();
    if (was == null) {
      return;
    }
    Slo is = now.slo();
    Optional<Duration> freshnessBefore = IsoDuration.parse(was.freshness());
    if (freshnessBefore.isPresent()) {
      String hint = "keep freshness: %s or stricter".formatted(was.freshness());
      if (is == null || is.freshness() == null) {
        report(
            ContractRules.SLO_LOOSENED,
            sloPosition(now, "freshness"),
            "%s no longer promises a freshness (it was %s in %s)"
                .formatted(subject, was.freshness(), baselineVersion),
            hint,
            target);
      } else {
        Optional<Duration> freshnessNow = IsoDuration.parse(is.freshness());
        if (freshnessNow.isEmpty()) {
          // As for retention: unreadable only when the build turned PORT-DURATION off.
          report(
              ContractRules.SLO_LOOSENED,
              sloPosition(now, "freshness"),
              "%s promises freshness \"%s\", which is no duration: it cannot be compared with %s in %s"
                  .formatted(subject, is.freshness(), was.freshness(), baselineVersion),
              hint,
              target);
        } else if (freshnessNow.get().compareTo(freshnessBefore.get()) > 0) {
          report(
              ContractRules.SLO_LOOSENED,
              sloPosition(now, "freshness"),
              "%s promises freshness %s, looser than %s in %s"
                  .formatted(subject, is.freshness(), was.freshness(), baselineVersion),
              hint,
              target);
        }
      }
    }
    BigDecimal availabilityBefore = was.availability();
    if (availabilityBefore != null) {
      String hint = "keep availability: %s or higher".formatted(availabilityBefore.toPlainString());
      if (is == null || is.availability() == null) {
        report(
            ContractRules.SLO_LOOSENED,
            sloPosition(now, "availability"),
            "%s no longer promises an availability (it was %s in %s)"
                .formatted(subject, availabilityBefore.toPlainString(), baselineVersion),
            hint,
            target);
      } else if (is.availability().compareTo(availabilityBefore) < 0) {
        report(
            ContractRules.SLO_LOOSENED,
            sloPosition(now, "availability"),
            "%s promises availability %s, lower than %s in %s"
                .formatted(
                    subject,
                    is.availability().toPlainString(),
                    availabilityBefore.toPlainString(),
                    baselineVersion),
            hint,
            target);
      }
    }
  }

  private SourcePosition sloPosition(OutputPort port, String key) {
    if (port.slo() == null) {
      return sources.portEntry(port, "slo");
    }
    return port.slo().node().positionOf(key);
  }

  private void compatibility(OutputPort before, OutputPort now, String subject, String target) {
    Optional<CompatibilityLevel> was = CompatibilityLevel.parse(before.effectiveCompatibility());
    Optional<CompatibilityLevel> is = CompatibilityLevel.parse(now.effectiveCompatibility());
    if (was.isEmpty() || is.isEmpty() || was.get() == is.get()) {
      return;
    }
    // Levels are ordered by what they check (CompatibilityLevel.keepsPromisesOf): a level that
    // keeps the earlier one's promises is no finding.
    if (is.get().keepsPromisesOf(was.get())) {
      return;
    }
    String change =
        was.get().keepsPromisesOf(is.get())
            ? "weakens its compatibility from %s in %s to %s"
                .formatted(was.get(), baselineVersion, is.get())
            : "changes its compatibility from %s in %s to %s, which promises something else"
                .formatted(was.get(), baselineVersion, is.get());
    List<String> stronger =
        Arrays.stream(CompatibilityLevel.values())
            .filter(level -> level != was.get() && level.keepsPromisesOf(was.get()))
            .map(CompatibilityLevel::name)
            .toList();
    report(
        ContractRules.COMPATIBILITY_WEAKENED,
        sources.portEntry(now, "compatibility"),
        "%s %s; consumers relying on %s lose that guarantee".formatted(subject, change, was.get()),
        "keep compatibility: %s%s"
            .formatted(
                was.get(),
                stronger.isEmpty()
                    ? ""
                    : ", or a level that checks at least as much: " + String.join(", ", stronger)),
        target);
  }

  /**
   * {@code compact,delete} and {@code delete, compact} are the same policy; absent is Kafka's
   * default, delete.
   */
  private static Set<String> cleanupPolicy(String policy) {
    String text = policy == null ? DEFAULT_CLEANUP_POLICY : policy;
    Set<String> parts = new TreeSet<>();
    Arrays.stream(text.split(","))
        .map(p -> p.trim().toLowerCase(Locale.ROOT))
        .filter(p -> !p.isEmpty())
        .forEach(parts::add);
    return parts;
  }

  private void report(Rule rule, SourcePosition at, String message, String hint, String target) {
    findings.add(Finding.of(rule, at, message).withHint(hint).withTarget(target));
  }
}
