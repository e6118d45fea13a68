/**
 * Publishing into a Backstage software catalog ({@link
 * dev.dataproduct.backstage.BackstagePublication}): a product version as Backstage entities ({@link
 * dev.dataproduct.backstage.BackstageEntities}), written as YAML that Backstage reads from url
 * locations, checked before it is written.
 */
package dev.dataproduct.backstage;
