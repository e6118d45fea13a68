/**
 * Schema history from before the plugin: the versions a topic's schemas had in a schema registry or
 * in a folder of earlier {@code .avsc} files, for the first release a team builds with the plugin.
 * That release is checked against it at each port's level, and its packed contract starts its
 * history from it, so later releases keep checking against those versions.
 *
 * <p>{@link dev.dataproduct.model.history.HistoryFolder} reads a folder, {@code
 * dev.dataproduct.infra.registry.RegistryHistory} a registry's subjects; both give an {@link
 * dev.dataproduct.model.history.AdoptedHistory}.
 */
package dev.dataproduct.model.history;
