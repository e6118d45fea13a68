/**
 * What {@code dataproduct:publish} does, Maven-free: a product version into the {@linkplain
 * dev.dataproduct.infra.catalog catalog} and, where one is configured, its schemas into a
 * {@linkplain dev.dataproduct.infra.registry schema registry}, in an order that never leaves a
 * half-published version behind ({@link dev.dataproduct.logic.publish.Publication}). Each place is
 * a {@link dev.dataproduct.logic.publish.PublishTarget}, checked first and written only when every
 * one accepts.
 */
package dev.dataproduct.logic.publish;
