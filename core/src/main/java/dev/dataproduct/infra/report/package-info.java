/**
 * Machine-readable reports of a goal's findings, written under {@code target/dataproduct/}: JSON
 * for scripts ({@link dev.dataproduct.infra.report.JsonReport}), JUnit XML for CI test tabs ({@link
 * dev.dataproduct.infra.report.JUnitReport}) and SARIF for code-scanning UIs ({@link
 * dev.dataproduct.infra.report.SarifReport}). {@link dev.dataproduct.infra.report.ReportWriter}
 * writes all three. Maven-free.
 */
package dev.dataproduct.infra.report;
