/**
 * Machine-readable reports of a goal's findings, written under {@code target/dataproduct/}: JSON
 * for scripts ({@link dev.dataproduct.report.JsonReport}), JUnit XML for CI test tabs ({@link
 * dev.dataproduct.report.JUnitReport}) and SARIF for code-scanning UIs ({@link
 * dev.dataproduct.report.SarifReport}). {@link dev.dataproduct.report.ReportWriter} writes all
 * three. Maven-free.
 */
package dev.dataproduct.report;
