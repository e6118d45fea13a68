package dev.dataproduct.logic.check;

/** The two schemas of a port. */
enum PortPart {
  KEY,
  VALUE;

  /** {@code key} or {@code value}, as the descriptor and waiver targets write it. */
  String word() {
    return this == KEY ? "key" : "value";
  }

  /** {@code Key} or {@code Value}, to start a message with. */
  String title() {
    return this == KEY ? "Key" : "Value";
  }
}
