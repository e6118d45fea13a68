/**
 * Publishing into a Backstage software catalog ({@link
 * dev.dataproduct.infra.backstage.BackstagePublication}): a product version as Backstage entities
 * ({@link dev.dataproduct.infra.backstage.BackstageEntities}), written as YAML that Backstage reads
 * from url locations, checked before it is written.
 */
package dev.dataproduct.infra.backstage;
