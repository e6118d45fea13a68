package dev.dataproduct.compat;

/** Which way data flows in a failed reader/writer check. */
public enum Direction {
  /** The new (candidate) schema reads data written with a previous schema. */
  BACKWARD,
  /** A previous schema reads data written with the new (candidate) schema. */
  FORWARD
}
